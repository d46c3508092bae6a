import { stringify } from 'yaml';
import { fractionText, meetsThreshold, votesNeeded, type VoteRuleSpec } from '../decisions/vote-rule.ts';

/**
 * `.gitvote.yml` for GitVote (cncf/gitvote, its configuration read in src/cfg_repo.rs): one profile per
 * vote rule GitVote can hold exactly, its voters listed by handle. GitVote passes a vote when the votes in
 * favour, over all allowed voters, times 100, are at or above `pass_threshold` (abstentions are not in
 * favour); so a profile's threshold is chosen for today's body to pass at exactly the charter's count.
 */

export const GITVOTE_FILE = '.gitvote.yml';

/**
 * Does GitVote pass `inFavour` of `allowed` voters at `threshold`? Both ways GitVote has computed it: its
 * releases divided first (in_favor / allowed * 100 >= threshold), the newer ones multiply
 * (in_favor * 100 >= threshold * allowed). A threshold chosen here gives the same answer under both.
 */
export function gitVotePasses(inFavour: number, allowed: number, threshold: number): boolean {
  const divided = allowed === 0 ? 0 : (inFavour / allowed) * 100.0;
  const dividedFirst = divided >= threshold;
  const multiplied = allowed === 0 ? divided >= threshold : inFavour * 100.0 >= threshold * allowed;
  if (dividedFirst !== multiplied) throw new Error(`GitVote's two ways disagree at ${inFavour} of ${allowed} for ${threshold}`);
  return multiplied;
}

/** A margin far wider than a double's rounding of a percentage, far narrower than one vote's share (100/allowed). */
const MARGIN = 1e-6;

/**
 * The pass_threshold under which GitVote passes exactly when at least `needed` of `allowed` voters are in
 * favour: the shortest decimal above (needed - 1) / allowed × 100 and at most needed / allowed × 100, kept
 * clear of both ends so that no rounding puts a count on the wrong side.
 */
export function passThresholdFor(needed: number, allowed: number): number {
  if (!Number.isInteger(allowed) || allowed < 1 || !Number.isInteger(needed) || needed < 1 || needed > allowed)
    throw new RangeError(`needs 1 to ${allowed} votes of ${allowed}, got ${needed}`);
  const low = ((needed - 1) / allowed) * 100;
  const high = (needed / allowed) * 100;
  for (let places = 0; places <= 10; places++) {
    const scale = 10 ** places;
    const candidate = Math.ceil((low + MARGIN) * scale) / scale;
    if (candidate <= high - MARGIN || (candidate === high && Number.isInteger(high))) return candidate;
  }
  throw new RangeError(`no threshold separates ${needed - 1} from ${needed} of ${allowed}`);
}

export type GitVoteProfile = { rule: VoteRuleSpec; needed: number; passThreshold: number };
export type GitVoteRefusal = { rule: VoteRuleSpec; reason: string };

/** The profile that holds `rule` for today's body, or why GitVote cannot hold it exactly. */
export function gitVoteProfile(rule: VoteRuleSpec): GitVoteProfile | GitVoteRefusal {
  const refuse = (reason: string): GitVoteRefusal => ({ rule, reason });
  if (rule.quorum) return refuse(`it has a quorum (${fractionText(rule.quorum)} of the body), which GitVote does not count`);
  if (rule.base === 'votes-cast') return refuse('it is a fraction of the votes cast, and GitVote counts over every allowed voter');
  if (rule.base === 'body-without-subject')
    return refuse("it sets the subject aside, and GitVote's allowed voters are fixed in the file, the subject among them");
  if (rule.subject === 'leaving')
    return refuse("its subject, a member who is leaving, does not vote, and GitVote's allowed voters are fixed in the file, the subject among them");
  if (rule.abstentions === 'not-counted') return refuse('it leaves abstentions out, and GitVote counts them as not in favour');
  const allowed = rule.voters.length;
  if (allowed === 0) return refuse('its body has no member today');
  const needed = votesNeeded(rule.threshold, allowed);
  if (needed === undefined || needed === 0) return refuse(`no count of ${allowed} voters ${needed === 0 ? 'fails' : 'meets'} its threshold`);
  const passThreshold = passThresholdFor(needed, allowed);
  // The promise of this file, checked for every count before it is written.
  for (let inFavour = 0; inFavour <= allowed; inFavour++) {
    if (gitVotePasses(inFavour, allowed, passThreshold) !== meetsThreshold(rule.threshold, inFavour, allowed))
      throw new Error(`pass_threshold ${passThreshold} disagrees with ${rule.id} at ${inFavour} of ${allowed}`);
  }
  return { rule, needed, passThreshold };
}

export const isRefusal = (p: GitVoteProfile | GitVoteRefusal): p is GitVoteRefusal => 'reason' in p;

export interface GitVoteSettings {
  /** How long a vote stays open, as GitVote reads it (humantime: "7d", "2w", "72h"). */
  duration: string;
}

/** The whole text of .gitvote.yml: a header saying where it comes from, then a profile per rule GitVote can hold. */
export function gitVoteConfigText(rules: readonly VoteRuleSpec[], settings: GitVoteSettings, source: { generateCommand: string }): string {
  const results = rules.map(gitVoteProfile);
  const profiles: Record<string, unknown> = {};
  const lines = [
    `# Generated from content/ by \`${source.generateCommand}\`: edit content/, not this file.`,
    "# One profile per vote rule GitVote can count exactly, with the rule's voters today; pass_threshold",
    '# passes a vote at exactly the votes in favour the charter needs from that many voters.',
  ];
  for (const result of results) {
    if (isRefusal(result)) {
      lines.push(`# No profile for "${result.rule.name}" (${result.rule.id}): ${result.reason}.`);
      continue;
    }
    const { rule, needed, passThreshold } = result;
    lines.push(`# ${rule.id}: ${rule.name}: ${needed} of ${rule.voters.length} in favour (${fractionText(rule.threshold)}).`);
    profiles[rule.id] = {
      duration: settings.duration,
      pass_threshold: passThreshold,
      allowed_voters: { users: [...rule.voters] },
    };
  }
  return `${lines.join('\n')}\n${stringify({ profiles }, { lineWidth: 0 })}`;
}

/** One line per rule that gets no profile, for the check's notices. */
export function gitVoteRefusals(rules: readonly VoteRuleSpec[]): string[] {
  return rules
    .map(gitVoteProfile)
    .filter(isRefusal)
    .map((r) => `${GITVOTE_FILE}: no profile for "${r.rule.name}" (${r.rule.id}): ${r.reason}`);
}
