import type { Maintainer } from '../schemas/maintainer.ts';
import { activeMaintainers, VOTE_RULE_LABELS, VOTE_RULES, type VoteRule } from '../roster/roster.ts';

/**
 * A vote rule as the tools outside the site need it (GitVote's profiles, CODEOWNERS, the import of
 * GitVote's results): who votes today, by how much, of what. Plain data, so that every generator
 * is a pure function of it; `rulesOfToday` reads it from today's roster and rules.
 */

export interface Fraction {
  numerator: number;
  denominator: number;
}

export interface VoteRuleSpec {
  id: string;
  name: string;
  /** In favour, over the base: at least (">=") or more than (">") the fraction. */
  threshold: Fraction & { comparison: 'at-least' | 'more-than' };
  /** What the threshold is a fraction of: the body's members, the members left once the subject is set aside, or the votes cast. */
  base: 'body' | 'body-without-subject' | 'votes-cast';
  /** The share of the body that must cast a vote (abstaining included) for the vote to count. */
  quorum?: Fraction;
  /** Whether an abstention is a vote cast that is not in favour, or is left out of the votes cast. */
  abstentions: 'not-in-favour' | 'not-counted';
  /** The handles of the body's members today (active, never emeritus). */
  voters: readonly string[];
}

export interface VoteCounts {
  for: number;
  against: number;
  abstain: number;
}

/** What a rule's base counts for a body of `bodySize` members and these votes. */
export function baseCount(rule: Pick<VoteRuleSpec, 'base' | 'abstentions'>, bodySize: number, votes: VoteCounts): number {
  if (rule.base === 'body') return bodySize;
  if (rule.base === 'body-without-subject') return Math.max(0, bodySize - 1);
  return votes.for + votes.against + (rule.abstentions === 'not-in-favour' ? votes.abstain : 0);
}

/** Whether `inFavour` votes out of `base` meet the threshold, in integers (no rounding can move it). */
export function meetsThreshold(threshold: VoteRuleSpec['threshold'], inFavour: number, base: number): boolean {
  if (base <= 0) return false;
  const left = inFavour * threshold.denominator;
  const right = threshold.numerator * base;
  return threshold.comparison === 'at-least' ? left >= right : left > right;
}

/** The fewest votes in favour that meet the threshold over `base`; undefined when none can (more than the base). */
export function votesNeeded(threshold: VoteRuleSpec['threshold'], base: number): number | undefined {
  for (let k = 0; k <= base; k++) if (meetsThreshold(threshold, k, base)) return k;
  return undefined;
}

export type CharterVerdict = { passed: true } | { passed: false; reason: 'no quorum' | 'threshold not met' | 'no voter' };

/** What the charter's rule gives for these votes, in a body of `bodySize` members (for a removal, the subject included). */
export function charterVerdict(rule: Omit<VoteRuleSpec, 'voters' | 'id' | 'name'>, bodySize: number, votes: VoteCounts): CharterVerdict {
  const base = baseCount(rule, bodySize, votes);
  if (rule.quorum) {
    const cast = votes.for + votes.against + votes.abstain;
    if (cast * rule.quorum.denominator < rule.quorum.numerator * bodySize) return { passed: false, reason: 'no quorum' };
  }
  if (base <= 0) return { passed: false, reason: 'no voter' };
  return meetsThreshold(rule.threshold, votes.for, base) ? { passed: true } : { passed: false, reason: 'threshold not met' };
}

/** "2/3", "1/2", "1/1". */
export const fractionText = (f: Fraction) => `${f.numerator}/${f.denominator}`;

// The charter's three 2/3 votes as src/roster/roster.ts states them today (twoThirdsOf), until the rules are
// content (the governance-rules issue): each counted among the active maintainers, a removal among those who remain.
const TODAYS_BASE: Record<VoteRule, VoteRuleSpec['base']> = {
  'approve-new-maintainer': 'body',
  'remove-maintainer': 'body-without-subject',
  'change-charter': 'body',
};

/** Today's rules with today's body: the active maintainers, by handle. */
export const rulesOfToday = (roster: readonly Maintainer[]): VoteRuleSpec[] => rulesWithVoters(activeMaintainers(roster).map((m) => m.handle));

/** The rules with the body of a day (activeMaintainersOn): the same voters for each of today's rules. */
export function rulesWithVoters(voters: readonly string[]): VoteRuleSpec[] {
  return VOTE_RULES.map((id) => ({
    id,
    name: VOTE_RULE_LABELS[id],
    threshold: { numerator: 2, denominator: 3, comparison: 'at-least' },
    base: TODAYS_BASE[id],
    abstentions: 'not-in-favour',
    voters,
  }));
}
