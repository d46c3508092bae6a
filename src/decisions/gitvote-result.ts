import type { VoteChoice } from '../schemas/decision.ts';
import { baseCount, charterVerdict, fractionText, votesNeeded, type VoteCounts, type VoteRuleSpec } from './vote-rule.ts';
import { handleKey } from './count.ts';

/**
 * GitVote's "Vote closed" comment (cncf/gitvote, templates/vote-closed.md) read back, and counted again
 * under the charter: GitVote counts in-favour votes over the voters its configuration allowed, at or
 * above a percentage; the charter counts the body of the closing day under its own rule. Every place
 * where the two disagree is said in one line.
 */

export interface GitVoteBindingVote {
  user: string;
  vote: VoteChoice;
  /** YYYY-MM-DD of the vote, when the table gives its timestamp. */
  day?: string;
}

export interface GitVoteResult {
  passed: boolean;
  /** The pass_threshold, in percent. */
  passThreshold: number;
  inFavour: number;
  against: number;
  abstain: number;
  notVoted: number;
  binding: GitVoteBindingVote[];
}

const CHOICES: Record<string, VoteChoice> = { 'in favor': 'for', 'in favour': 'for', against: 'against', abstain: 'abstain' };

/** Why a text is not a GitVote closing comment: what is missing, with the line to look for. */
export class GitVoteCommentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitVoteCommentError';
  }
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

/** Reads a GitVote "Vote closed" comment, as saved from the issue (its Markdown). */
export function parseGitVoteClosed(markdown: string): GitVoteResult {
  const text = markdown.replace(/\r\n?/g, '\n');
  if (!/^##\s+Vote closed\s*$/m.test(text)) throw new GitVoteCommentError('no "## Vote closed" heading: save the comment GitVote posts when the vote closes');
  const verdict = /The vote \*\*(passed|did not pass)\*\*/.exec(text);
  if (!verdict) throw new GitVoteCommentError('no "The vote **passed**" or "The vote **did not pass**" line');
  const threshold = /passing threshold: `([0-9.]+)%`/.exec(text);
  if (!threshold) throw new GitVoteCommentError('no "(passing threshold: `N%`)" in the comment');
  const lines = text.split('\n');
  const summaryHeader = lines.findIndex((l) => /\|\s*In favor\s*\|\s*Against\s*\|\s*Abstain\s*\|\s*Not voted\s*\|/i.test(l));
  const summary = summaryHeader >= 0 ? cells(lines[summaryHeader + 2] ?? '').map(Number) : [];
  if (summary.length !== 4 || summary.some((n) => !Number.isInteger(n) || n < 0))
    throw new GitVoteCommentError('no summary table (| In favor | Against | Abstain | Not voted |) with four counts under it');
  const [inFavour, against, abstain, notVoted] = summary as [number, number, number, number];

  const binding: GitVoteBindingVote[] = [];
  const bindingHeading = lines.findIndex((l) => /^###\s+Binding votes/.test(l));
  if (bindingHeading >= 0) {
    // The table under the heading: a header row, a separator, then one row per vote, until the first line that is no row.
    let header = bindingHeading + 1;
    while (header < lines.length && !lines[header]!.trim().startsWith('|')) header++;
    for (let i = header + 2; i < lines.length && lines[i]!.trim().startsWith('|'); i++) {
      const [user, vote, timestamp] = cells(lines[i]!);
      const choice = CHOICES[(vote ?? '').toLowerCase()];
      if (!user?.startsWith('@') || !choice)
        throw new GitVoteCommentError(`binding votes, line ${i + 1}: expected "| @user | In favor, Against or Abstain | timestamp |", got ${lines[i]}`);
      const day = /\b(\d{4}-\d{2}-\d{2})\b/.exec(timestamp ?? '')?.[1];
      binding.push({ user: user.slice(1), vote: choice, ...(day ? { day } : {}) });
    }
  }
  const counted = { for: 0, against: 0, abstain: 0 };
  for (const b of binding) counted[b.vote]++;
  if (counted.for !== inFavour || counted.against !== against || counted.abstain !== abstain)
    throw new GitVoteCommentError(
      `the binding votes (${counted.for} in favor, ${counted.against} against, ${counted.abstain} abstain) do not add up to the summary (${inFavour}, ${against}, ${abstain}): save the whole comment`,
    );
  return { passed: verdict[1] === 'passed', passThreshold: Number(threshold[1]), inFavour, against, abstain, notVoted, binding };
}

/** The fewest in-favour votes GitVote passes out of `allowed` at `threshold` percent (as it compares: in_favor × 100 >= threshold × allowed). */
export function gitVoteNeeds(threshold: number, allowed: number): number | undefined {
  for (let f = 0; f <= allowed; f++) if (f * 100 >= threshold * allowed) return f;
  return undefined;
}

export interface CharterCount {
  /** The charter's rule, with the body of the closing day as its voters. */
  rule: VoteRuleSpec;
  /** The closing day, for the messages. */
  day: string;
  /** The subject of a removal (set aside from the body), by handle. */
  subject?: string;
  /** What the charter gives for the votes of those entitled to vote. */
  passed: boolean;
  votes: VoteCounts;
  /** The base the threshold is a fraction of, and the in-favour votes it needs. */
  base: number;
  needed: number | undefined;
}

/**
 * Counts GitVote's binding votes under the charter's rule: only the body's members vote (`rule.voters`, the
 * members of the closing day, a leaving subject included), and a subject who is leaving does not. Former
 * members whose leaving day is not recorded (`undatedFormer`) are in the base, never voters, as the
 * decisions' check counts them: the side that cannot carry a vote wrongly.
 */
export function countUnderCharter(result: GitVoteResult, rule: VoteRuleSpec, day: string, subject?: string, undatedFormer = 0): CharterCount {
  const body = new Set(rule.voters.map(handleKey));
  const subjectKey = rule.subject === 'leaving' && subject ? handleKey(subject) : undefined;
  const votes: VoteCounts = { for: 0, against: 0, abstain: 0 };
  for (const b of result.binding) if (body.has(handleKey(b.user)) && handleKey(b.user) !== subjectKey) votes[b.vote]++;
  const bodySize = rule.voters.length + undatedFormer;
  const base = baseCount(rule, bodySize, votes);
  return {
    rule,
    day,
    ...(subjectKey ? { subject } : {}),
    passed: charterVerdict(rule, bodySize, votes).passed,
    votes,
    base,
    needed: votesNeeded(rule.threshold, base),
  };
}

/** Every place where GitVote's verdict and the charter's differ, one line each; none when they agree on everything. */
export function gitVoteDifferences(result: GitVoteResult, charter: CharterCount): string[] {
  const lines: string[] = [];
  const { rule, day } = charter;
  const body = new Set(rule.voters.map(handleKey));
  for (const b of result.binding) {
    if (!body.has(handleKey(b.user)))
      lines.push(
        `@${b.user} voted ${b.vote} and GitVote counted it, but was not a member of the body of "${rule.name}" on ${day}: the charter does not count it`,
      );
    else if (charter.subject && handleKey(b.user) === handleKey(charter.subject))
      lines.push(`@${b.user} voted ${b.vote} on their own removal and GitVote counted it: the charter sets the subject aside`);
  }
  const allowed = result.inFavour + result.against + result.abstain + result.notVoted;
  if (allowed !== charter.base && rule.base !== 'votes-cast')
    lines.push(`GitVote counted over ${allowed} allowed voters; the charter's base on ${day} is ${charter.base}`);
  const gitVoteNeeded = gitVoteNeeds(result.passThreshold, allowed);
  if (rule.base !== 'votes-cast' && !rule.quorum && gitVoteNeeded !== charter.needed) {
    const theirs = gitVoteNeeded === undefined ? 'can pass with no count' : `needs ${gitVoteNeeded} of ${allowed} in favour`;
    const ours = charter.needed === undefined ? 'cannot be met' : `needs ${charter.needed} of ${charter.base}`;
    lines.push(
      `GitVote's pass_threshold of ${result.passThreshold}% ${theirs}; the charter's ${fractionText(rule.threshold)} ${ours}: the threshold does not fit the body's size`,
    );
  }
  if (result.passed !== charter.passed) {
    const tie = result.inFavour * 2 === allowed && rule.threshold.comparison === 'more-than' && rule.threshold.numerator * 2 === rule.threshold.denominator;
    const why = tie ? `: a tie (${result.inFavour} of ${allowed}) passes GitVote's "at or above ${result.passThreshold}%" but is not more than half` : '';
    lines.push(
      `GitVote says the vote ${result.passed ? 'passed' : 'did not pass'}; under the charter's rule it ${charter.passed ? 'passes' : 'does not pass'} (${charter.votes.for} in favour of ${charter.base})${why}`,
    );
  }
  return lines;
}
