import type { Fraction, Role, VoteRule } from '../schemas/governance.ts';
import { inSentence } from './roles.ts';

/**
 * The arithmetic of a vote rule of content/governance.yaml, in integers so no floating-point
 * rounding can move a threshold: how many votes for carry it out of how many, whether the
 * quorum is met, what the votes give. The roster page, the charter's figures, MAINTAINERS.md
 * and the decisions' count all use these, so every page states the same number.
 *
 * Edge cases a charter rarely foresees, defined here so every page says the same thing: with no
 * member who may vote (a removal of the only member, an empty body) no vote can be held, and
 * nothing carries; a vote counted on the votes cast carries nothing while none is cast.
 */

/** The least whole number of `n` that reaches the fraction: at least 2/3 of 11 is 8, more than 1/2 of 10 is 6. */
export function reach(fraction: Pick<Fraction, 'comparison' | 'numerator' | 'denominator'>, n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`a number of votes is a whole number >= 0, got ${n}`);
  const scaled = fraction.numerator * n;
  return fraction.comparison === 'at-least' ? Math.ceil(scaled / fraction.denominator) : Math.floor(scaled / fraction.denominator) + 1;
}

/** A rule's threshold for a body of a given size: what the roster page and the decisions show. */
export interface VoteThreshold {
  rule: VoteRule;
  /** Who may vote: the body's members, less the subject when it is set aside. 0: no vote can be held. */
  voters: number;
  /**
   * What the threshold is a fraction of, for a rule counted on members: the voters and any former
   * member whose leaving date is not recorded (a larger number only asks for more votes).
   * Undefined for a rule counted on the votes cast, where it depends on the votes.
   */
  baseSize: number | undefined;
  /** Votes for that carry it (members bases); 0 when no vote can be held or the base is the votes cast. */
  votesNeeded: number;
  /** Voters who must take part for the vote to count; 0 without a quorum. */
  quorumNeeded: number;
  /** What the quorum is a fraction of: the voters and any undated former member. */
  quorumOf: number;
}

/** The threshold of `rule` for `voters` who may vote, and `undatedFormer` who may still have been members. */
export function thresholdOf(rule: VoteRule, voters: number, undatedFormer = 0): VoteThreshold {
  const quorumOf = voters + undatedFormer;
  const quorumNeeded = rule.quorum && voters > 0 ? reach(rule.quorum, quorumOf) : 0;
  if (rule.base === 'votes-cast') return { rule, voters, baseSize: undefined, votesNeeded: 0, quorumNeeded, quorumOf };
  return { rule, voters, baseSize: quorumOf, votesNeeded: voters === 0 ? 0 : reach(rule.threshold, quorumOf), quorumNeeded, quorumOf };
}

export interface Tally {
  for: number;
  against: number;
  abstain: number;
}

/** Voters who took part, for the quorum: abstentions count unless the rule says they are as if absent. */
export const tookPart = (rule: VoteRule, t: Tally) => t.for + t.against + (rule.abstentions === 'absent' ? 0 : t.abstain);

/** The votes cast a votes-cast threshold is a fraction of: for and against, and abstentions when they count against. */
export const votesCast = (rule: VoteRule, t: Tally) => t.for + t.against + (rule.abstentions === 'against' ? t.abstain : 0);

/** Whether the quorum is met (always, without one). */
export const quorumMet = (threshold: VoteThreshold, t: Tally) => tookPart(threshold.rule, t) >= threshold.quorumNeeded;

/** Votes for needed given the votes: fixed for members bases, a fraction of the votes cast otherwise. */
export function votesNeededFor(threshold: VoteThreshold, t: Tally): number {
  if (threshold.voters === 0) return 0;
  if (threshold.rule.base !== 'votes-cast') return threshold.votesNeeded;
  return Math.max(1, reach(threshold.rule.threshold, votesCast(threshold.rule, t)));
}

/** Whether the votes carry it: a vote could be held, the quorum is met and enough voted for. */
export function carries(threshold: VoteThreshold, t: Tally): boolean {
  return threshold.voters > 0 && quorumMet(threshold, t) && t.for >= votesNeededFor(threshold, t);
}

/**
 * Votes for that, added to `t`, would carry it (0 once carried, or when no vote can be held).
 * On the votes cast, each vote for added is one more cast and one more taking part; Infinity
 * when no number of votes for can carry it.
 */
export function moreVotesNeeded(threshold: VoteThreshold, t: Tally): number {
  if (threshold.voters === 0) return 0;
  if (threshold.rule.base !== 'votes-cast') return Math.max(0, threshold.votesNeeded - t.for, threshold.quorumNeeded - tookPart(threshold.rule, t));
  // Unanimity of the votes cast is out of reach once anyone voted against: then no number of votes carries it.
  for (let k = 0; k <= threshold.voters; k++) if (carries(threshold, { ...t, for: t.for + k })) return k;
  return Number.POSITIVE_INFINITY;
}

/** "1 maintainer", "11 maintainers". */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A fraction in words: "2/3", "more than half", "all". */
export function fractionInWords(f: Fraction): string {
  if (f.comparison === 'at-least' && f.numerator === f.denominator) return 'all';
  if (f.comparison === 'more-than' && f.numerator * 2 === f.denominator) return 'more than half';
  return `${f.comparison === 'at-least' ? 'at least ' : 'more than '}${f.numerator}/${f.denominator}`;
}

/**
 * The threshold in words, with the body's names: "8 of 11 committers", "7 of the 10
 * remaining committers", "more than half of the votes cast, with at least 4 of 7 committee
 * members taking part", "more than 2/3 of the votes cast among 9 committee members", or why
 * no vote can be held.
 */
export function describeThreshold(t: VoteThreshold, body: Pick<Role, 'singular' | 'plural'>): string {
  const one = inSentence(body.singular);
  const many = inSentence(body.plural);
  const remaining = t.rule.base === 'remaining-members';
  if (t.voters === 0) return remaining ? `no vote can be held: no other ${one} is active to vote` : `no vote can be held: no ${one} is active`;
  const quorum = t.quorumNeeded > 0 ? `, with at least ${t.quorumNeeded} of ${plural(t.quorumOf, one, many)} taking part` : '';
  // Without a quorum the body is named all the same: a project with two bodies must see whose votes count.
  if (t.rule.base === 'votes-cast') return `${fractionInWords(t.rule.threshold)} of the votes cast${quorum || ` among ${plural(t.voters, one, many)}`}`;
  const of = remaining ? plural(t.baseSize!, `remaining ${one}`, `remaining ${many}`) : plural(t.baseSize!, one, many);
  return `${t.votesNeeded} of ${remaining ? 'the ' : ''}${of}${quorum}`;
}
