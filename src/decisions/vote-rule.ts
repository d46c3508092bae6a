import type { Bodies, Governance, VoteRule } from '../schemas/governance.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { currentBodyHandles } from '../roster/roles.ts';
import { subjectSetAside } from './count.ts';

/**
 * A vote rule as the tools outside the site need it (GitVote's profiles, CODEOWNERS, the import of
 * GitVote's results): who votes today, by how much, of what. Plain data, so that every generator
 * is a pure function of it; `rulesOfToday` reads it from content/governance.yaml and the roster.
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
  /** A person joining (never in the body) or leaving (in the body, and does not vote), or what changes (a person joining or leaving another role included). */
  subject: 'text' | 'joining' | 'leaving';
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

const BASES: Record<VoteRule['base'], VoteRuleSpec['base']> = {
  members: 'body',
  'remaining-members': 'body-without-subject',
  'votes-cast': 'votes-cast',
};

/** A rule of content/governance.yaml with its body's members, by handle. */
export function ruleSpecOf(rule: VoteRule, voters: readonly string[]): VoteRuleSpec {
  return {
    id: rule.id,
    name: rule.name,
    threshold: { numerator: rule.threshold.numerator, denominator: rule.threshold.denominator, comparison: rule.threshold.comparison },
    base: BASES[rule.base],
    ...(rule.quorum ? { quorum: { numerator: rule.quorum.numerator, denominator: rule.quorum.denominator } } : {}),
    // Over the body's members an abstention is never in favour; over the votes cast it is one only when it counts against.
    abstentions: rule.base !== 'votes-cast' || rule.abstentions === 'against' ? 'not-in-favour' : 'not-counted',
    // A person joining or leaving another role than the body's is no member of it set aside: they vote as any member.
    subject: subjectSetAside(rule) ? rule.subject : 'text',
    voters,
  };
}

/**
 * Every rule of content/governance.yaml with its body's active members, by status (as MAINTAINERS.md
 * lists them), or its group's members whose place has no until: the same files on any day until the
 * roster or the group's file changes; an emeritus member never votes.
 */
export function rulesOfToday(governance: Pick<Governance, 'rules'> & Bodies, roster: readonly Maintainer[]): VoteRuleSpec[] {
  return governance.rules.map((rule) => ruleSpecOf(rule, currentBodyHandles(rule, roster, governance)));
}
