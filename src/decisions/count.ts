import type { Decision, Outcome, VoteChoice } from '../schemas/decision.ts';
import type { Bodies, Governance, VoteRule } from '../schemas/governance.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { bodyOn, defaultRoleOf, groupBodyOn, groupOfRule, holdingsOf, holdsOn, subjectRoleOf } from '../roster/roles.ts';

export { subjectRoleOf } from '../roster/roles.ts';
import { carries, moreVotesNeeded, quorumMet, thresholdOf, votesNeededFor, type Tally, type VoteThreshold } from '../roster/vote-rules.ts';

/**
 * How a vote counts under the rule it was held under (content/governance.yaml): the rule's body
 * on the day it closed (today's, while it is open), the threshold that body gives (the same
 * numbers the roster page shows), the quorum, and the outcome the votes give.
 */

export type { Tally } from '../roster/vote-rules.ts';

/** A handle as GitHub compares it, ignoring case: the key of a set or map of handles. */
export const handleKey = (handle: string) => handle.toLowerCase();

export const sameHandle = (a: string, b: string) => handleKey(a) === handleKey(b);

/** The rule `id` names, or undefined. */
export const ruleById = (governance: Pick<Governance, 'rules'>, id: string): VoteRule | undefined => governance.rules.find((r) => r.id === id);

/** Whether a decision's subject is a person (a handle) who does not vote: one joining or leaving the body. */
export const subjectIsPerson = (rule: Pick<VoteRule, 'subject'>) => rule.subject !== 'text';

/**
 * Whether the subject is set aside from the body that votes: a person joining or leaving that body.
 * A person joining or leaving another role (containerd's reviewers, by a vote of the committers)
 * is no member of the body set aside, and votes as any member would.
 */
export const subjectSetAside = (rule: Pick<VoteRule, 'subject' | 'body' | 'subjectRole'>) => subjectIsPerson(rule) && subjectRoleOf(rule) === rule.body;

export function tally(votes: Readonly<Record<string, VoteChoice>>): Tally {
  const t: Tally = { for: 0, against: 0, abstain: 0 };
  for (const choice of Object.values(votes)) t[choice]++;
  return t;
}

/** What votes give under a threshold: approved when a vote could be held, the quorum is met and enough voted for. */
export const outcomeOf = (threshold: VoteThreshold, votes: Tally): Outcome => (carries(threshold, votes) ? 'approved' : 'rejected');

export interface VoteCount {
  rule: VoteRule;
  /** The day whose body the vote is counted against: the closing day, or today while open. */
  countedOn: string;
  /** The body's members that day (for a subject who is leaving, the subject included). */
  rosterSize: number;
  /** Who may vote: the body's members that day, less the subject when the subject is a person; by handle. */
  voters: string[];
  threshold: VoteThreshold;
  tally: Tally;
  /** Votes for needed, given the votes cast so far (a fraction of them, for a votes-cast rule). */
  votesNeeded: number;
  /** Whether enough voters took part (always, without a quorum). */
  quorumMet: boolean;
  /** What the votes give. */
  outcome: Outcome;
  /** Votes for still needed to carry it (0 once carried). */
  moreNeeded: number;
  /** Voters who have not voted. */
  notVoted: string[];
  /** Voters whose file records no joining day: counted as members from before any recorded decision. */
  undatedVoters: number;
  /** Former members whose leaving day is not recorded and who may still have been members that day: in the base, never voters. */
  undatedFormer: string[];
}

// Lower-casing every handle of the day's body for every count was most of what a count still
// cost: the day's body is the same array for every decision of that day (bodyOn), so its
// handles, their keys and who is undated are taken once per array.
type Member = Pick<Maintainer, 'handle' | 'status' | 'since' | 'emeritusSince' | 'roles'>;
const dayHandles = new WeakMap<readonly Member[], { handles: string[]; keys: string[]; undated: boolean[] }>();
function handlesOfDay(members: readonly Member[], role: string, date: string, defaultRole: string) {
  let day = dayHandles.get(members);
  if (!day) {
    // Undated: the holding that counts that day records no joining day.
    const undated = (m: Member) => holdingsOf(m, defaultRole).some((h) => h.role === role && h.since === undefined && holdsOn(h, date));
    day = { handles: members.map((m) => m.handle), keys: members.map((m) => handleKey(m.handle)), undated: members.map(undated) };
    dayHandles.set(members, day);
  }
  return day;
}

/** The body of a rule on a day, as a count needs it: a role's holders from the roster, or a group's places from its file (a group's members have no undated emeritus date). */
function bodyOfDay(rule: VoteRule, roster: readonly Member[], date: string, governance: Bodies) {
  const group = groupOfRule(rule, governance);
  if (group) {
    const voters = groupBodyOn(group, date);
    const handles = voters.map((v) => v.handle);
    return { day: { handles, keys: handles.map(handleKey), undated: voters.map((v) => v.undated) }, undatedFormerHandles: [] as string[] };
  }
  const defaultRole = defaultRoleOf(governance).id;
  const body = bodyOn(roster, rule.body!, date, defaultRole);
  return { day: handlesOfDay(body.members, rule.body!, date, defaultRole), undatedFormerHandles: body.undatedFormer.map((m) => m.handle) };
}

/**
 * Counts a decision against the body of its rule. A subject who is a person does not vote: a
 * member leaving is counted in the body that day (even when an approved removal has since
 * deleted their file) and, for base remaining-members, set aside from it; a person joining is
 * never one of the voters, even when their file's since is the closing day.
 */
export function countVotes(
  d: Pick<Decision, 'subject' | 'closed' | 'votes'>,
  rule: VoteRule,
  roster: readonly Member[],
  today: string,
  governance: Bodies,
): VoteCount {
  const countedOn = d.closed ?? today;
  const { day, undatedFormerHandles } = bodyOfDay(rule, roster, countedOn, governance);
  const subject = subjectSetAside(rule) ? handleKey(d.subject) : undefined;
  const voted = new Set(Object.keys(d.votes).map(handleKey));
  // In the order of the day's body: by handle.
  const voters: string[] = [];
  const notVoted: string[] = [];
  let undatedVoters = 0;
  for (let i = 0; i < day.handles.length; i++) {
    if (day.keys[i] === subject) continue;
    voters.push(day.handles[i]!);
    if (!voted.has(day.keys[i]!)) notVoted.push(day.handles[i]!);
    if (day.undated[i]) undatedVoters++;
  }
  // An open vote is counted on today, when an emeritus member has left whatever their date.
  const undatedFormer = d.closed === undefined ? [] : undatedFormerHandles.filter((h) => handleKey(h) !== subject);
  // A leaving subject was a member that day, even when an approved removal has since deleted their file:
  // they stay in the base of a members rule; remaining-members sets them aside.
  const leaving = rule.subject === 'leaving' && subjectSetAside(rule) ? 1 : 0;
  const keptSubject = rule.base === 'members' ? leaving : 0;
  const threshold = thresholdOf(rule, voters.length, undatedFormer.length + keptSubject);
  const t = tally(d.votes);
  return {
    rule,
    countedOn,
    rosterSize: voters.length + leaving,
    voters,
    threshold,
    tally: t,
    votesNeeded: votesNeededFor(threshold, t),
    quorumMet: quorumMet(threshold, t),
    outcome: outcomeOf(threshold, t),
    moreNeeded: moreVotesNeeded(threshold, t),
    notVoted,
    undatedVoters,
    undatedFormer,
  };
}
