import type { RecordedDecision } from '../governance-feed/entries.ts';
import { headingId } from '../roster/charter.ts';
import { bodyOf, compareHandles } from '../roster/roster.ts';
import type { Decision, Outcome, VoteChoice } from '../schemas/decision.ts';
import type { Governance, Role } from '../schemas/governance.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { countVotes, ruleById, subjectRoleOf, type VoteCount } from './count.ts';

/**
 * What the decision pages, /decisions.json, the roster page, the charter and the
 * governance feed say about each decision, computed once from its file and the roster.
 */

/** /decisions/<id>/, the page of one decision. */
export const decisionRoute = (id: string) => `/decisions/${id}/`;
/** /decisions/, every decision. */
export const DECISIONS_ROUTE = '/decisions/';
/** Where /decisions/ lists the decisions taken under one charter rule. */

export interface Ballot {
  handle: string;
  /** Undefined: could vote, has not (or did not). */
  vote: VoteChoice | undefined;
}

export interface DecisionSummary {
  id: string;
  route: string;
  /** One line: the rule's name and the subject, "Add a committer: alice". */
  title: string;
  subject: string;
  /** The id of the rule of content/governance.yaml it was held under. */
  rule: string;
  /** The rule's name. */
  ruleLabel: string;
  /**
   * Whether the rule adds someone to a role of the roster (a joining subject): what the roster links as the vote that
   * approved them. A rule whose body is a group adds them to the group, not to the roster, unless it names a subjectRole.
   */
  joins: boolean;
  /**
   * The role a person subject joins or leaves (the rule's subjectRole, or its body's): the roster links an approval to that
   * role's entry only. Undefined for a rule whose body is a group and that names no subjectRole.
   */
  subjectRole: string | undefined;
  /** Whether the rule is the one the charter is changed under. */
  amendsCharter: boolean;
  /** The role whose members vote under the rule: its names. */
  body: Role;
  opened: string;
  closed: string | undefined;
  heldAt: string;
  /** As the maintainers recorded it; undefined while the vote is open. */
  outcome: Outcome | undefined;
  count: VoteCount;
  /** Every maintainer who could vote that day, with their vote; then any other vote recorded (the check refuses those). */
  ballots: Ballot[];
}

/** One line of a decision's votes: who voted one way, in ballot (roster) order. */
export interface BallotGroup {
  /** "For", "Against", "Abstained", then "Did not vote" (closed) or "Not voted yet" (open). */
  label: string;
  handles: string[];
}

/**
 * The ballots by vote, each group in ballot order, empty groups left out: a vote of a dozen reads
 * as a few lines, and one of 900 as four, where who voted against is found at once.
 */
export function ballotGroups(d: Pick<DecisionSummary, 'ballots' | 'closed'>): BallotGroup[] {
  const labels = { for: 'For', against: 'Against', abstain: 'Abstained', none: d.closed === undefined ? 'Not voted yet' : 'Did not vote' } as const;
  const groups = new Map<keyof typeof labels, string[]>(Object.keys(labels).map((k) => [k as keyof typeof labels, []]));
  for (const b of d.ballots) groups.get(b.vote ?? 'none')!.push(b.handle);
  return [...groups].filter(([, handles]) => handles.length > 0).map(([key, handles]) => ({ label: labels[key], handles }));
}

export function summarizeDecision(id: string, d: Decision, roster: readonly Maintainer[], today: string, governance: Governance): DecisionSummary {
  const rule = ruleById(governance, d.rule);
  // The check refuses such a file first, with the rules there are; a page never counts it.
  if (!rule) throw new Error(`content/decisions/${id}.md: rule: "${d.rule}" is no rule of content/governance.yaml`);
  const count = countVotes(d, rule, roster, today, governance);
  const votes = new Map(Object.entries(d.votes).map(([h, vote]) => [h.toLowerCase(), vote]));
  const voteOf = (handle: string) => votes.get(handle.toLowerCase());
  const voters = new Set(count.voters.map((h) => h.toLowerCase()));
  const others = Object.keys(d.votes)
    .filter((h) => !voters.has(h.toLowerCase()))
    .sort(compareHandles);
  return {
    id,
    route: decisionRoute(id),
    title: `${rule.name}: ${d.subject}`,
    subject: d.subject,
    rule: rule.id,
    ruleLabel: rule.name,
    joins: rule.subject === 'joining' && subjectRoleOf(rule) !== undefined,
    subjectRole: subjectRoleOf(rule),
    amendsCharter: rule.amendsCharter,
    body: bodyOf(governance, rule),
    opened: d.opened,
    closed: d.closed,
    heldAt: d.heldAt,
    outcome: d.outcome,
    count,
    ballots: [...count.voters.map((handle) => ({ handle, vote: voteOf(handle) })), ...others.map((handle) => ({ handle, vote: d.votes[handle] }))],
  };
}

/** Newest first: open votes (by the day they opened), then closed ones by the day they closed; the id breaks ties. */
export function newestFirst(decisions: readonly DecisionSummary[]): DecisionSummary[] {
  const key = (d: DecisionSummary) => `${d.closed === undefined ? 1 : 0}${d.closed ?? d.opened}${d.opened}`;
  return [...decisions].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The key of approvalsByHandle: a role's id and a handle in lower case. */
export const approvalKey = (role: string, handle: string) => `${role} ${handle.toLowerCase()}`;

/**
 * The approved decision that gave each person each role, by approvalKey (the latest, if there
 * were several): a reviewer later made a committer links each entry to its own role's vote.
 */
export function approvalsByHandle(decisions: readonly DecisionSummary[]): Map<string, DecisionSummary> {
  const approvals = new Map<string, DecisionSummary>();
  for (const d of [...newestFirst(decisions)].reverse()) {
    if (d.joins && d.subjectRole !== undefined && d.outcome === 'approved') approvals.set(approvalKey(d.subjectRole, d.subject), d);
  }
  return approvals;
}

/** How many decisions were taken under each charter rule (closed ones). */
export function decisionsUnderRule(decisions: readonly DecisionSummary[], rule: string): DecisionSummary[] {
  return newestFirst(decisions).filter((d) => d.rule === rule && d.closed !== undefined);
}

/** The governance record's shape (src/governance-feed/entries.ts): closed decisions, oldest first. */
export function recordedDecisionsOf(decisions: readonly DecisionSummary[]): RecordedDecision[] {
  return newestFirst(decisions)
    .reverse()
    .filter((d) => d.closed !== undefined && d.outcome !== undefined)
    .map((d) => ({
      id: d.id,
      title: d.title,
      closed: d.closed!,
      outcome: d.outcome!,
      changesCharter: d.amendsCharter,
      heldAt: d.heldAt,
      route: d.route,
    }));
}

// ---------------------------------------------------------------------------
// /decisions.json
// ---------------------------------------------------------------------------

/** Bump when a field is renamed or removed or changes meaning; adding a field keeps the version. */
// 2: kind is gone (each decision names its rule, content/governance.yaml's); quorumMet is added.
export const DECISIONS_SCHEMA_VERSION = 2;

export interface DecisionsDocument {
  schemaVersion: typeof DECISIONS_SCHEMA_VERSION;
  /** Where the data is kept (a folder of the repository, on GitHub). */
  source: string;
  decisions: {
    id: string;
    subject: string;
    rule: string;
    opened: string;
    closed: string | null;
    heldAt: string;
    /** As recorded; null while open. */
    outcome: Outcome | null;
    /** The roster the vote was counted against: the closing day's (today's while open). */
    countedOn: string;
    rosterSize: number;
    voters: number;
    /** Votes for needed: fixed for a rule on the members, a fraction of the votes cast otherwise. */
    votesNeeded: number;
    /** Whether enough took part (always, for a rule without a quorum). */
    quorumMet: boolean;
    tally: { for: number; against: number; abstain: number };
    votes: Record<string, VoteChoice>;
    page: string;
  }[];
}

export function decisionsDocument(decisions: readonly DecisionSummary[], opts: { source: string; pageUrl: (route: string) => string }): DecisionsDocument {
  return {
    schemaVersion: DECISIONS_SCHEMA_VERSION,
    source: opts.source,
    decisions: newestFirst(decisions).map((d) => ({
      id: d.id,
      subject: d.subject,
      rule: d.rule,
      opened: d.opened,
      closed: d.closed ?? null,
      heldAt: d.heldAt,
      outcome: d.outcome ?? null,
      countedOn: d.count.countedOn,
      rosterSize: d.count.rosterSize,
      voters: d.count.threshold.voters,
      votesNeeded: d.count.votesNeeded,
      quorumMet: d.count.quorumMet,
      tally: d.count.tally,
      votes: Object.fromEntries(d.ballots.filter((b) => b.vote !== undefined).map((b) => [b.handle, b.vote!])),
      page: opts.pageUrl(d.route),
    })),
  };
}

/** The contributing guide's recipe for recording a vote (the doc content/site.yaml names as `contributing`): the empty list and the proposal template link to it. */
export const RECORD_RECIPE_TITLE = 'Record a vote';
/** The recipe's address in the contributing guide at `guideRoute`; the build's link check fails if the heading goes. */
export const recordRecipeRouteIn = (guideRoute: string): string => `${guideRoute}#${headingId(RECORD_RECIPE_TITLE)}`;
