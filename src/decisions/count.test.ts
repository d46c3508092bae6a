import { describe, expect, it } from 'vitest';
import { DECISION_RULES } from '../schemas/decision.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { VOTE_RULES } from '../roster/roster.ts';
import { countVotes, outcomeOf, ruleOf, tally } from './count.ts';

const m = (handle: string, extra: Partial<Maintainer> = {}): Maintainer => ({ handle, status: 'active', ...extra });
// Six undated maintainers, one who joins on 2026-03-01, one emeritus from 2026-02-01.
const roster = [
  ...['a', 'b', 'c', 'd', 'e', 'f'].map((h) => m(h)),
  m('late', { since: '2026-03-01' }),
  m('gone', { status: 'emeritus', emeritusSince: '2026-02-01' }),
];

describe('the rule a decision is counted under', () => {
  it('is the schema’s list of the charter’s rules', () => {
    expect([...DECISION_RULES]).toEqual([...VOTE_RULES]);
  });

  it('follows from the kind, and a general decision names its own', () => {
    expect(ruleOf({ kind: 'new-maintainer' })).toBe('approve-new-maintainer');
    expect(ruleOf({ kind: 'remove-maintainer' })).toBe('remove-maintainer');
    expect(ruleOf({ kind: 'change-charter' })).toBe('change-charter');
    expect(ruleOf({ kind: 'general', rule: 'change-charter' })).toBe('change-charter');
  });
});

describe('counting a vote', () => {
  it('tallies for, against and abstain', () => {
    expect(tally({ a: 'for', b: 'against', c: 'for', d: 'abstain' })).toEqual({ for: 2, against: 1, abstain: 1 });
  });

  it('counts against the roster of the closing day: 2/3 of 7 before the join is 5', () => {
    const count = countVotes(
      { kind: 'new-maintainer', subject: 'x', closed: '2026-01-15', votes: { a: 'for', b: 'for', c: 'for', d: 'for', e: 'for' } },
      roster,
      '2026-12-01',
    );
    expect(count).toMatchObject({
      countedOn: '2026-01-15',
      rosterSize: 7,
      threshold: { votesNeeded: 5, voters: 7 },
      outcome: 'approved',
      moreNeeded: 0,
      notVoted: ['f', 'gone'],
      undatedVoters: 7,
    });
  });

  it('after the join and the emeritus move the roster is 7 again, with other people', () => {
    const count = countVotes(
      { kind: 'change-charter', subject: 'x', closed: '2026-03-01', votes: { a: 'for', b: 'for', c: 'for', d: 'against' } },
      roster,
      '2026-12-01',
    );
    expect(count).toMatchObject({
      rosterSize: 7,
      voters: ['a', 'b', 'c', 'd', 'e', 'f', 'late'],
      outcome: 'rejected',
      moreNeeded: 2,
      notVoted: ['e', 'f', 'late'],
      undatedVoters: 6,
    });
  });

  it('abstentions and votes against do not carry a vote', () => {
    const count = countVotes(
      {
        kind: 'change-charter',
        subject: 'x',
        closed: '2026-04-01',
        votes: { a: 'for', b: 'for', c: 'for', d: 'for', e: 'abstain', f: 'abstain', late: 'against' },
      },
      roster,
      '2026-12-01',
    );
    expect(count.outcome).toBe('rejected');
    expect(count.moreNeeded).toBe(1);
  });

  it('a removal: the person removed does not vote and 2/3 of the remaining six is 4', () => {
    const count = countVotes(
      { kind: 'remove-maintainer', subject: 'late', closed: '2026-04-01', votes: { a: 'for', b: 'for', c: 'for', d: 'for' } },
      roster,
      '2026-12-01',
    );
    expect(count).toMatchObject({ rosterSize: 7, voters: ['a', 'b', 'c', 'd', 'e', 'f'], threshold: { voters: 6, votesNeeded: 4 }, outcome: 'approved' });
  });

  it('a removal still counts the person removed once their file is gone', () => {
    const withoutLate = roster.filter((x) => x.handle !== 'late');
    const count = countVotes({ kind: 'remove-maintainer', subject: 'late', closed: '2026-04-01', votes: {} }, withoutLate, '2026-12-01');
    expect(count).toMatchObject({ rosterSize: 7, threshold: { voters: 6, votesNeeded: 4 } });
  });

  it('an open vote is counted against today’s roster, with who has not voted and how many more would carry it', () => {
    const count = countVotes({ kind: 'general', rule: 'approve-new-maintainer', subject: 'x', votes: { A: 'for', late: 'against' } }, roster, '2026-12-01');
    expect(count).toMatchObject({ countedOn: '2026-12-01', rosterSize: 7, outcome: 'rejected', moreNeeded: 4, notVoted: ['b', 'c', 'd', 'e', 'f'] });
  });

  it('lists voters and who has not voted by handle, ignoring case, however the roster is ordered, and knows the nominee in any case', () => {
    const mixed = [m('Zed'), m('bob'), m('Alice'), m('carol')];
    const count = countVotes({ kind: 'new-maintainer', subject: 'CAROL', closed: '2026-01-15', votes: { ZED: 'for' } }, mixed, '2026-12-01');
    expect(count).toMatchObject({ voters: ['Alice', 'bob', 'Zed'], notVoted: ['Alice', 'bob'], undatedVoters: 3 });
  });

  it('carries a vote with votesNeeded votes for, never when no vote can be held', () => {
    const threshold = { rule: 'change-charter', voters: 6, votesNeeded: 4 } as const;
    expect(outcomeOf(threshold, { for: 4, against: 0, abstain: 0 })).toBe('approved');
    expect(outcomeOf(threshold, { for: 3, against: 0, abstain: 3 })).toBe('rejected');
    expect(outcomeOf({ ...threshold, voters: 0, votesNeeded: 0 }, { for: 0, against: 0, abstain: 0 })).toBe('rejected');
  });

  it('with nobody to vote, nothing is carried', () => {
    expect(countVotes({ kind: 'change-charter', subject: 'x', closed: '2026-01-01', votes: {} }, [], '2026-12-01')).toMatchObject({
      outcome: 'rejected',
      moreNeeded: 0,
      voters: [],
    });
  });
});
