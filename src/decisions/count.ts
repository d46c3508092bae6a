import type { Decision, DecisionKind, Outcome, VoteChoice } from '../schemas/decision.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { activeMaintainersOn } from '../roster/on-date.ts';
import { voteThresholds, type VoteRule, type VoteThreshold } from '../roster/roster.ts';

/**
 * How a vote counts under the charter: the rule it was held under, the roster of the
 * day it closed (today's, while it is open), the threshold that roster gives (the
 * same votesNeeded the roster page shows) and the outcome the votes give.
 */

/** The charter rule each kind of decision is counted under; `general` names its own. */
export const RULE_OF_KIND: Record<Exclude<DecisionKind, 'general'>, VoteRule> = {
  'new-maintainer': 'approve-new-maintainer',
  'remove-maintainer': 'remove-maintainer',
  'change-charter': 'change-charter',
};

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  'new-maintainer': 'New maintainer',
  'remove-maintainer': 'Removal of a maintainer',
  'change-charter': 'Change of the charter',
  general: 'Decision',
};

/** Kinds whose subject is a maintainer's handle. */
export const isMaintainerKind = (kind: DecisionKind) => kind === 'new-maintainer' || kind === 'remove-maintainer';

export function ruleOf(d: Pick<Decision, 'kind' | 'rule'>): VoteRule | undefined {
  return d.kind === 'general' ? d.rule : RULE_OF_KIND[d.kind];
}

/** A handle as GitHub compares it, ignoring case: the key of a set or map of handles. */
export const handleKey = (handle: string) => handle.toLowerCase();

export const sameHandle = (a: string, b: string) => handleKey(a) === handleKey(b);

export interface Tally {
  for: number;
  against: number;
  abstain: number;
}

export function tally(votes: Readonly<Record<string, VoteChoice>>): Tally {
  const t: Tally = { for: 0, against: 0, abstain: 0 };
  for (const choice of Object.values(votes)) t[choice]++;
  return t;
}

/** What votes give under a threshold: approved when at least votesNeeded voted for (and a vote could be held). */
export const outcomeOf = (threshold: VoteThreshold, votes: Tally): Outcome =>
  threshold.votesNeeded > 0 && votes.for >= threshold.votesNeeded ? 'approved' : 'rejected';

export interface VoteCount {
  rule: VoteRule;
  /** The day whose roster the vote is counted against: the closing day, or today while open. */
  countedOn: string;
  /** Maintainers active that day (for a removal, the person removed included). */
  rosterSize: number;
  /** Who may vote: the active maintainers of that day, less the person removed in a removal; by handle. */
  voters: string[];
  threshold: VoteThreshold;
  tally: Tally;
  /** What the votes give: approved when at least votesNeeded voted for (and a vote could be held). */
  outcome: Outcome;
  /** Votes for still needed to carry it (0 once carried). */
  moreNeeded: number;
  /** Voters who have not voted. */
  notVoted: string[];
  /** Voters whose file records no joining day: counted as maintainers from before any recorded decision. */
  undatedVoters: number;
}

// Lower-casing every handle of the day's roster for every count was most of what a count still
// cost: the day's list is the same array for every decision of that day (activeMaintainersOn),
// so its handles, their keys and who is undated are taken once per list.
const dayHandles = new WeakMap<readonly Maintainer[], { handles: string[]; keys: string[]; undated: boolean[] }>();
function handlesOfDay(active: readonly Maintainer[]) {
  let day = dayHandles.get(active);
  if (!day) {
    day = { handles: active.map((m) => m.handle), keys: active.map((m) => handleKey(m.handle)), undated: active.map((m) => m.since === undefined) };
    dayHandles.set(active, day);
  }
  return day;
}

/**
 * Counts a decision against the roster. For a removal the person removed does not vote
 * and the threshold counts the remaining maintainers; they are counted as on the roster
 * that day even when an approved removal has since deleted their file. The nominee of a
 * new-maintainer vote is never on the roster it is counted against.
 */
export function countVotes(d: Pick<Decision, 'kind' | 'rule' | 'subject' | 'closed' | 'votes'>, roster: readonly Maintainer[], today: string): VoteCount {
  const rule = ruleOf(d);
  if (!rule) throw new Error(`a decision of kind ${d.kind} names no rule`);
  const countedOn = d.closed ?? today;
  const day = handlesOfDay(activeMaintainersOn(roster, countedOn));
  const removal = d.kind === 'remove-maintainer';
  // The nominee of a new-maintainer vote is not yet a maintainer, even when their file's since is the closing day.
  const subject = isMaintainerKind(d.kind) ? handleKey(d.subject) : undefined;
  const voted = new Set(Object.keys(d.votes).map(handleKey));
  // In the order of the day's list: by handle.
  const voters: string[] = [];
  const notVoted: string[] = [];
  let undatedVoters = 0;
  for (let i = 0; i < day.handles.length; i++) {
    if (day.keys[i] === subject) continue;
    voters.push(day.handles[i]!);
    if (!voted.has(day.keys[i]!)) notVoted.push(day.handles[i]!);
    if (day.undated[i]) undatedVoters++;
  }
  const rosterSize = removal ? voters.length + 1 : voters.length;
  const threshold = voteThresholds(rosterSize)[rule];
  const t = tally(d.votes);
  return {
    rule,
    countedOn,
    rosterSize,
    voters,
    threshold,
    tally: t,
    outcome: outcomeOf(threshold, t),
    moreNeeded: Math.max(0, threshold.votesNeeded - t.for),
    notVoted,
    undatedVoters,
  };
}
