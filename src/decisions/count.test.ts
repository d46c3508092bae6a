import { describe, expect, it } from 'vitest';
import { governanceSchema, type Governance, type VoteRule } from '../schemas/governance.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { countVotes, outcomeOf, tally } from './count.ts';
import { thresholdOf } from '../roster/vote-rules.ts';

const m = (handle: string, extra: Partial<Maintainer> = {}): Maintainer => ({ handle, status: 'active', ...extra });
// Six undated maintainers, one who joins on 2026-03-01, one emeritus from 2026-02-01.
const roster = [
  ...['a', 'b', 'c', 'd', 'e', 'f'].map((h) => m(h)),
  m('late', { since: '2026-03-01' }),
  m('gone', { status: 'emeritus', emeritusSince: '2026-02-01' }),
];

// A charter of three 2/3 votes, as ModelSpec's, and one of a committee by simple majority with a quorum.
const governance: Governance = governanceSchema.parse({
  roles: [
    { id: 'maintainer', singular: 'Maintainer', plural: 'Maintainers' },
    { id: 'committer', singular: 'Committer', plural: 'Committers' },
    { id: 'reviewer', singular: 'Reviewer', plural: 'Reviewers' },
  ],
  rules: [
    { id: 'approve', name: 'Approve', body: 'maintainer', threshold: '2/3', base: 'members', subject: 'joining' },
    { id: 'remove', name: 'Remove', body: 'maintainer', threshold: '2/3', base: 'remaining-members', subject: 'leaving' },
    { id: 'amend', name: 'Amend', body: 'maintainer', threshold: '2/3', base: 'members' },
    { id: 'motion', name: 'Motion', body: 'maintainer', threshold: 'majority', base: 'votes-cast', quorum: 'majority' },
    { id: 'add-committer', name: 'Add a committer', body: 'committer', threshold: '2/3', base: 'members', subject: 'joining' },
    // containerd: a reviewer removed by "2/3 of the current committers".
    { id: 'remove-reviewer', name: 'Remove a reviewer', body: 'committer', threshold: '2/3', base: 'members', subject: 'leaving', subjectRole: 'reviewer' },
  ],
});
const rule = (id: string): VoteRule => governance.rules.find((r) => r.id === id)!;
const count = (id: string, d: Parameters<typeof countVotes>[0], people: readonly Maintainer[] = roster) =>
  countVotes(d, rule(id), people, '2026-12-01', governance);

describe('counting a vote', () => {
  it('tallies for, against and abstain', () => {
    expect(tally({ a: 'for', b: 'against', c: 'for', d: 'abstain' })).toEqual({ for: 2, against: 1, abstain: 1 });
  });

  it('counts against the body of the closing day: 2/3 of 7 before the join is 5', () => {
    expect(count('approve', { subject: 'x', closed: '2026-01-15', votes: { a: 'for', b: 'for', c: 'for', d: 'for', e: 'for' } })).toMatchObject({
      countedOn: '2026-01-15',
      rosterSize: 7,
      threshold: { votesNeeded: 5, voters: 7 },
      outcome: 'approved',
      moreNeeded: 0,
      notVoted: ['f', 'gone'],
      undatedVoters: 7,
    });
  });

  it('after the join and the emeritus move the body is 7 again, with other people', () => {
    expect(count('amend', { subject: 'x', closed: '2026-03-01', votes: { a: 'for', b: 'for', c: 'for', d: 'against' } })).toMatchObject({
      rosterSize: 7,
      voters: ['a', 'b', 'c', 'd', 'e', 'f', 'late'],
      outcome: 'rejected',
      moreNeeded: 2,
      notVoted: ['e', 'f', 'late'],
      undatedVoters: 6,
    });
  });

  it('abstentions and votes against do not carry a vote counted on the members', () => {
    const c = count('amend', {
      subject: 'x',
      closed: '2026-04-01',
      votes: { a: 'for', b: 'for', c: 'for', d: 'for', e: 'abstain', f: 'abstain', late: 'against' },
    });
    expect(c.outcome).toBe('rejected');
    expect(c.moreNeeded).toBe(1);
  });

  it('a removal: the person leaving does not vote and 2/3 of the remaining six is 4', () => {
    expect(count('remove', { subject: 'late', closed: '2026-04-01', votes: { a: 'for', b: 'for', c: 'for', d: 'for' } })).toMatchObject({
      rosterSize: 7,
      voters: ['a', 'b', 'c', 'd', 'e', 'f'],
      threshold: { voters: 6, votesNeeded: 4 },
      outcome: 'approved',
    });
  });

  it('a removal still counts the person leaving once their file is gone', () => {
    const withoutLate = roster.filter((x) => x.handle !== 'late');
    expect(count('remove', { subject: 'late', closed: '2026-04-01', votes: {} }, withoutLate)).toMatchObject({
      rosterSize: 7,
      threshold: { voters: 6, votesNeeded: 4 },
    });
  });

  it('an open vote is counted against today’s body, with who has not voted and how many more would carry it', () => {
    expect(count('approve', { subject: 'x', votes: { A: 'for', late: 'against' } })).toMatchObject({
      countedOn: '2026-12-01',
      rosterSize: 7,
      outcome: 'rejected',
      moreNeeded: 4,
      notVoted: ['b', 'c', 'd', 'e', 'f'],
    });
  });

  it('lists voters by handle, ignoring case, however the roster is ordered, and knows the person joining in any case', () => {
    const mixed = [m('Zed'), m('bob'), m('Alice'), m('carol')];
    expect(count('approve', { subject: 'CAROL', closed: '2026-01-15', votes: { ZED: 'for' } }, mixed)).toMatchObject({
      voters: ['Alice', 'bob', 'Zed'],
      notVoted: ['Alice', 'bob'],
      undatedVoters: 3,
    });
  });

  it('carries a vote with votesNeeded votes for, never when no vote can be held', () => {
    const threshold = thresholdOf(rule('amend'), 6);
    expect(threshold.votesNeeded).toBe(4);
    expect(outcomeOf(threshold, { for: 4, against: 0, abstain: 0 })).toBe('approved');
    expect(outcomeOf(threshold, { for: 3, against: 0, abstain: 3 })).toBe('rejected');
    expect(outcomeOf(thresholdOf(rule('amend'), 0), { for: 0, against: 0, abstain: 0 })).toBe('rejected');
  });

  it('with nobody to vote, nothing is carried', () => {
    expect(count('amend', { subject: 'x', closed: '2026-01-01', votes: {} }, [])).toMatchObject({ outcome: 'rejected', voters: [] });
  });
});

describe('a majority of the votes cast, with a quorum of the members', () => {
  // Seven members on 2026-04-01: a quorum is 4 taking part; more than half of the votes cast carries it.
  const on = (votes: Record<string, 'for' | 'against' | 'abstain'>) => count('motion', { subject: 'x', closed: '2026-04-01', votes });

  it('carries with more votes for than against once four took part, abstentions counting only as present', () => {
    expect(on({ a: 'for', b: 'for', c: 'against', d: 'abstain' })).toMatchObject({ quorumMet: true, votesNeeded: 2, outcome: 'approved' });
  });

  it('fails by one vote on a tie', () => {
    expect(on({ a: 'for', b: 'for', c: 'against', d: 'against' })).toMatchObject({ quorumMet: true, votesNeeded: 3, outcome: 'rejected' });
  });

  it('fails its quorum with three taking part, however they voted', () => {
    expect(on({ a: 'for', b: 'for', c: 'for' })).toMatchObject({ quorumMet: false, threshold: { quorumNeeded: 4 }, outcome: 'rejected' });
  });
});

describe('two bodies: committers vote, maintainers and reviewers do not', () => {
  const people = [
    m('ana', {
      roles: [
        { role: 'committer', status: 'active', since: '2025-01-01' },
        { role: 'reviewer', status: 'active' },
      ],
    }),
    m('ben', { roles: [{ role: 'committer', status: 'active' }] }),
    m('cy', { roles: [{ role: 'committer', status: 'active', since: '2026-06-01' }] }),
    m('dee', { roles: [{ role: 'reviewer', status: 'active' }] }),
    m('eve', { status: 'emeritus', roles: [{ role: 'committer', status: 'emeritus' }] }),
  ];

  it('counts the committers of the day and no reviewer, with the emeritus committer whose date is not recorded in the base only', () => {
    const c = count('add-committer', { subject: 'zoe', closed: '2026-03-01', votes: { ana: 'for', ben: 'for' } }, people);
    // Voters ana and ben; eve may still have been a committer: 2/3 of 3 is 2, which the two votes reach.
    expect(c).toMatchObject({ voters: ['ana', 'ben'], undatedFormer: ['eve'], threshold: { baseSize: 3, votesNeeded: 2 }, outcome: 'approved' });
  });

  it('leaves the undated emeritus committer out of an open vote: today they are emeritus', () => {
    expect(count('add-committer', { subject: 'zoe', votes: {} }, people)).toMatchObject({
      voters: ['ana', 'ben', 'cy'],
      undatedFormer: [],
      threshold: { votesNeeded: 2 },
    });
  });
});

describe('a rule whose body is a group', () => {
  // The committee: lead a (a maintainer); q and r are no maintainers; s left after 2026-01-31; t joined on 2026-03-01; u has no since.
  const committee = {
    id: 'committee',
    name: 'Steering Committee',
    leads: [{ handle: 'a', since: '2025-01-01' }],
    members: [
      { handle: 'Q', since: '2025-01-01' },
      { handle: 'r', since: '2025-01-01' },
      { handle: 's', since: '2025-01-01', until: '2026-01-31' },
      { handle: 't', since: '2026-03-01' },
      { handle: 'u' },
      // A lead listed as a member too counts once.
      { handle: 'A', since: '2025-01-01' },
    ],
  };
  const withGroup = {
    ...governanceSchema.parse({
      roles: [{ id: 'maintainer', singular: 'Maintainer', plural: 'Maintainers' }],
      rules: [{ id: 'motion', name: 'Motion', group: 'committee', threshold: 'majority', base: 'members', quorum: 'majority' }],
    }),
    groups: [committee],
  };
  const motion = withGroup.rules[0]!;
  const count = (closed: string, votes: Record<string, 'for' | 'against' | 'abstain'>) =>
    countVotes({ subject: 'x', closed, votes }, motion, roster, '2026-12-01', withGroup);

  it('counts the leads and members holding a place on the closing day, off the roster too, once each', () => {
    const c = count('2026-02-15', { a: 'for', Q: 'for', r: 'against' });
    expect(c.voters).toEqual(['a', 'Q', 'r', 'u']);
    expect(c.undatedVoters).toBe(1);
    expect(c.undatedFormer).toEqual([]);
    // More than half of 4 is 3: two for is one short.
    expect(c.threshold.votesNeeded).toBe(3);
    expect(c.outcome).toBe('rejected');
    expect(count('2026-02-15', { a: 'for', Q: 'for', u: 'for' }).outcome).toBe('approved');
    // On 2026-03-01 t has joined: 5 members, a quorum of 3.
    expect(count('2026-03-01', { a: 'for', t: 'for' })).toMatchObject({ rosterSize: 5, quorumMet: false, outcome: 'rejected' });
    expect(count('2026-01-31', { s: 'for' }).voters).toEqual(['a', 'Q', 'r', 's', 'u']);
  });
});

describe('a subject joining or leaving a role other than the body that votes (subjectRole)', () => {
  // Three committers; rev is a reviewer, both a committer and a reviewer.
  const people: Maintainer[] = [
    m('c1', { status: 'active', roles: [{ role: 'committer', status: 'active' }] }),
    m('c2', { status: 'active', roles: [{ role: 'committer', status: 'active' }] }),
    m('both', {
      status: 'active',
      roles: [
        { role: 'committer', status: 'active' },
        { role: 'reviewer', status: 'active' },
      ],
    }),
    m('rev', { status: 'active', roles: [{ role: 'reviewer', status: 'active' }] }),
  ];

  it('is no member of the body: 2/3 of the 3 committers is 2, the reviewer leaving not counted in the base', () => {
    expect(count('remove-reviewer', { subject: 'rev', closed: '2026-06-01', votes: { c1: 'for', c2: 'for' } }, people)).toMatchObject({
      rosterSize: 3,
      voters: ['both', 'c1', 'c2'],
      threshold: { votesNeeded: 2, voters: 3 },
      outcome: 'approved',
    });
  });

  it('votes as any member when they are one: a committer leaving the reviewers', () => {
    expect(count('remove-reviewer', { subject: 'both', closed: '2026-06-01', votes: { both: 'for', c1: 'for' } }, people)).toMatchObject({
      rosterSize: 3,
      voters: ['both', 'c1', 'c2'],
      tally: { for: 2, against: 0, abstain: 0 },
      outcome: 'approved',
    });
  });
});
