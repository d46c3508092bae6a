import { describe, expect, it } from 'vitest';
import type { Decision } from '../schemas/decision.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { governanceSchema } from '../schemas/governance.ts';
import {
  approvalKey,
  approvalsByHandle,
  ballotGroups,
  decisionsDocument,
  decisionsUnderRule,
  newestFirst,
  recordedDecisionsOf,
  summarizeDecision,
} from './summary.ts';

const roster: Maintainer[] = [
  { handle: 'a', status: 'active' },
  { handle: 'b', status: 'active' },
  { handle: 'c', status: 'active' },
  { handle: 'dee', status: 'active', since: '2026-03-10' },
];
const governance = governanceSchema.parse({
  roles: [{ id: 'maintainer', singular: 'Maintainer', plural: 'Maintainers' }],
  rules: [
    { id: 'approve-new-maintainer', name: 'New maintainer', body: 'maintainer', threshold: '2/3', base: 'members', subject: 'joining' },
    { id: 'change-charter', name: 'Change of the charter', body: 'maintainer', threshold: '2/3', base: 'members', amendsCharter: true },
  ],
});
const heldAt = 'https://github.com/org/site/issues/1';
const approveDee: Decision = {
  rule: 'approve-new-maintainer',
  subject: 'dee',
  opened: '2026-03-01',
  closed: '2026-03-10',
  heldAt,
  votes: { a: 'for', b: 'for', c: 'against' },
  outcome: 'approved',
};
const charter: Decision = {
  rule: 'change-charter',
  subject: 'Meetings',
  opened: '2026-04-01',
  closed: '2026-04-08',
  heldAt,
  votes: { a: 'for', B: 'against' },
  outcome: 'rejected',
};
const open: Decision = { rule: 'change-charter', subject: 'Logo', opened: '2026-05-01', heldAt, votes: { dee: 'for' } };
const all = [
  summarizeDecision('approve-dee', approveDee, roster, '2026-12-01', governance),
  summarizeDecision('charter', charter, roster, '2026-12-01', governance),
  summarizeDecision('logo', open, roster, '2026-12-01', governance),
];

describe('decisions as the pages show them', () => {
  it('titles each and lists every maintainer who could vote, with their vote or none', () => {
    expect(all[0]).toMatchObject({
      title: 'New maintainer: dee',
      route: '/decisions/approve-dee/',
      rule: 'approve-new-maintainer',
      count: { rosterSize: 3, voters: ['a', 'b', 'c'], threshold: { votesNeeded: 2 } },
    });
    expect(all[1]!.ballots).toEqual([
      { handle: 'a', vote: 'for' },
      { handle: 'b', vote: 'against' },
      { handle: 'c', vote: undefined },
      { handle: 'dee', vote: undefined },
    ]);
    expect(all[2]).toMatchObject({ title: 'Change of the charter: Logo', count: { countedOn: '2026-12-01', moreNeeded: 2, notVoted: ['a', 'b', 'c'] } });
  });

  it('groups the ballots by vote, in roster order, leaving out a vote nobody cast', () => {
    expect(ballotGroups(all[1]!)).toEqual([
      { label: 'For', handles: ['a'] },
      { label: 'Against', handles: ['b'] },
      { label: 'Did not vote', handles: ['c', 'dee'] },
    ]);
    const open = {
      closed: undefined,
      ballots: [
        { handle: 'x', vote: 'abstain' as const },
        { handle: 'y', vote: undefined },
        { handle: 'z', vote: 'abstain' as const },
      ],
    };
    expect(ballotGroups(open)).toEqual([
      { label: 'Abstained', handles: ['x', 'z'] },
      { label: 'Not voted yet', handles: ['y'] },
    ]);
  });

  it('puts open votes first, then the most recently closed', () => {
    expect(newestFirst(all).map((d) => d.id)).toEqual(['logo', 'charter', 'approve-dee']);
  });

  it('finds the vote that approved each maintainer and the decisions under each rule', () => {
    expect(approvalsByHandle(all).get(approvalKey('maintainer', 'Dee'))?.id).toBe('approve-dee');
    expect(approvalsByHandle(all).has(approvalKey('maintainer', 'a'))).toBe(false);
    // The open vote under change-charter is not a decision taken yet.
    expect(decisionsUnderRule(all, 'change-charter').map((d) => d.id)).toEqual(['charter']);
  });

  it('gives the governance record its closed decisions, oldest first', () => {
    expect(recordedDecisionsOf(all)).toEqual([
      {
        id: 'approve-dee',
        title: 'New maintainer: dee',
        closed: '2026-03-10',
        outcome: 'approved',
        changesCharter: false,
        heldAt,
        route: '/decisions/approve-dee/',
      },
      {
        id: 'charter',
        title: 'Change of the charter: Meetings',
        closed: '2026-04-08',
        outcome: 'rejected',
        changesCharter: true,
        heldAt,
        route: '/decisions/charter/',
      },
    ]);
  });

  it('writes /decisions.json with the roster each vote was counted against', () => {
    const doc = decisionsDocument(all, { source: 'https://github.com/org/site/tree/main/content/decisions', pageUrl: (r) => `https://example.org${r}` });
    expect(doc.decisions[1]).toEqual({
      id: 'charter',
      subject: 'Meetings',
      rule: 'change-charter',
      opened: '2026-04-01',
      closed: '2026-04-08',
      heldAt,
      outcome: 'rejected',
      countedOn: '2026-04-08',
      rosterSize: 4,
      voters: 4,
      votesNeeded: 3,
      quorumMet: true,
      tally: { for: 1, against: 1, abstain: 0 },
      votes: { a: 'for', b: 'against' },
      page: 'https://example.org/decisions/charter/',
    });
    expect(doc.decisions[0]).toMatchObject({ id: 'logo', closed: null, outcome: null });
  });

  it('links each role a person was approved for to the vote of that role, not the latest of any', () => {
    // containerd's shape: the committers add a reviewer (subjectRole) and, later, a committer.
    const twoRoles = governanceSchema.parse({
      roles: [
        { id: 'committer', singular: 'Committer', plural: 'Committers' },
        { id: 'reviewer', singular: 'Reviewer', plural: 'Reviewers' },
      ],
      rules: [
        { id: 'add-reviewer', name: 'Add a reviewer', body: 'committer', subjectRole: 'reviewer', threshold: '1/3', base: 'members', subject: 'joining' },
        { id: 'add-committer', name: 'Add a committer', body: 'committer', threshold: '2/3', base: 'members', subject: 'joining' },
      ],
    });
    const committers: Maintainer[] = ['a', 'b', 'c'].map((handle) => ({
      handle,
      status: 'active',
      roles: [{ role: 'committer', status: 'active', since: '2025-01-01' }],
    }));
    const vote = (rule: string, closed: string): Decision => ({
      rule,
      subject: 'Eve',
      opened: closed,
      closed,
      heldAt,
      votes: { a: 'for', b: 'for', c: 'for' },
      outcome: 'approved',
    });
    const approvals = approvalsByHandle([
      summarizeDecision('eve-reviewer', vote('add-reviewer', '2026-02-01'), committers, '2026-12-01', twoRoles),
      summarizeDecision('eve-committer', vote('add-committer', '2026-09-01'), committers, '2026-12-01', twoRoles),
    ]);
    expect(approvals.get(approvalKey('reviewer', 'eve'))?.id).toBe('eve-reviewer');
    expect(approvals.get(approvalKey('committer', 'eve'))?.id).toBe('eve-committer');
  });
});

describe('a decision of a rule whose body is a group', () => {
  const withGroup = {
    ...governanceSchema.parse({
      roles: [{ id: 'maintainer', singular: 'Maintainer', plural: 'Maintainers' }],
      rules: [{ id: 'tsc-add', name: 'Add a TSC member', group: 'tsc', threshold: 'majority', base: 'members', subject: 'joining' }],
    }),
    groups: [{ id: 'tsc', name: 'TSC', leads: [{ handle: 'a' }], members: [{ handle: 'outsider' }, { handle: 'b' }] }],
  };
  const joinTsc: Decision = { ...approveDee, rule: 'tsc-add', subject: 'c', votes: { a: 'for', outsider: 'for', b: 'against' } };

  it('is counted on the group, named after it, and is no approval of a place on the roster', () => {
    const d = summarizeDecision('tsc-c', joinTsc, roster, '2026-12-01', withGroup);
    expect(d.count.voters).toEqual(['a', 'b', 'outsider']);
    expect(d.outcome).toBe('approved');
    expect(d.body.plural).toBe('TSC members');
    expect(approvalsByHandle([d]).has('c')).toBe(false);
  });
});
