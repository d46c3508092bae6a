import { describe, expect, it } from 'vitest';
import type { Maintainer } from '../schemas/maintainer.ts';
import { rosterHistory, undatedJoinsByRole } from './on-date.ts';

const undated: Maintainer = { handle: 'undated', status: 'active' };
const joined: Maintainer = { handle: 'joined', status: 'active', since: '2026-03-10' };
const retired: Maintainer = { handle: 'retired', status: 'emeritus', emeritusSince: '2026-05-01' };
const came: Maintainer = { handle: 'Came-And-Went', status: 'emeritus', since: '2026-02-01', emeritusSince: '2026-04-15' };
const roster = [undated, joined, retired, came];

describe('the roster’s history', () => {
  it('gives the joins and emeritus moves where dates are known, and who has no date', () => {
    expect(rosterHistory(roster, 'maintainer')).toEqual({
      changes: [
        { date: '2026-02-01', handle: 'Came-And-Went', role: 'maintainer', change: 'joined' },
        { date: '2026-03-10', handle: 'joined', role: 'maintainer', change: 'joined' },
        { date: '2026-04-15', handle: 'Came-And-Went', role: 'maintainer', change: 'emeritus' },
        { date: '2026-05-01', handle: 'retired', role: 'maintainer', change: 'emeritus' },
      ],
      undatedJoins: ['retired', 'undated'],
    });
  });

  it('puts a join before an emeritus move on the same day', () => {
    const a: Maintainer = { handle: 'a', status: 'emeritus', since: '2026-01-01', emeritusSince: '2026-06-01' };
    const b: Maintainer = { handle: 'b', status: 'active', since: '2026-06-01' };
    expect(rosterHistory([a, b], 'maintainer').changes.slice(1)).toEqual([
      { date: '2026-06-01', handle: 'b', role: 'maintainer', change: 'joined' },
      { date: '2026-06-01', handle: 'a', role: 'maintainer', change: 'emeritus' },
    ]);
  });

  it('follows each role of a person who holds several', () => {
    const cat: Maintainer = {
      handle: 'cat',
      status: 'active',
      roles: [
        { role: 'reviewer', status: 'emeritus', since: '2024-01-01', emeritusSince: '2025-06-01' },
        { role: 'committer', status: 'active', since: '2025-06-01' },
      ],
    };
    expect(rosterHistory([cat], 'maintainer')).toEqual({
      changes: [
        { date: '2024-01-01', handle: 'cat', role: 'reviewer', change: 'joined' },
        { date: '2025-06-01', handle: 'cat', role: 'committer', change: 'joined' },
        { date: '2025-06-01', handle: 'cat', role: 'reviewer', change: 'emeritus' },
      ],
      undatedJoins: [],
    });
  });

  it('counts undated joins per role, over that role’s holders only, in the order of the roles', () => {
    // containerd's shape: dated committers, reviewers and security advisors from a list without dates.
    const roles = [
      { id: 'committer', singular: 'Committer', plural: 'Committers' },
      { id: 'reviewer', singular: 'Reviewer', plural: 'Reviewers' },
      { id: 'security-advisor', singular: 'Security advisor', plural: 'Security advisors' },
    ];
    const person = (handle: string, role: string, since?: string): Maintainer => ({
      handle,
      status: 'active',
      roles: [{ role, status: 'active', ...(since ? { since } : {}) }],
    });
    const roster = [
      person('c1', 'committer', '2024-01-01'),
      person('c2', 'committer', '2024-02-01'),
      person('r1', 'reviewer'),
      person('r2', 'reviewer', '2024-03-01'),
      person('r3', 'reviewer'),
      person('s1', 'security-advisor'),
      {
        handle: 'both',
        status: 'active',
        roles: [
          { role: 'reviewer', status: 'emeritus', since: '2023-01-01' },
          { role: 'committer', status: 'active' },
        ],
      } satisfies Maintainer,
    ];
    expect(undatedJoinsByRole(roster, { roles }).map(({ role, undated, holders }) => [role.id, undated, holders])).toEqual([
      ['committer', 1, 3],
      ['reviewer', 2, 4],
      ['security-advisor', 1, 1],
    ]);
    expect(undatedJoinsByRole([person('c1', 'committer', '2024-01-01')], { roles })).toEqual([]);
  });

  it('counts the shorthand files under the default role', () => {
    expect(
      undatedJoinsByRole(roster, { roles: [{ id: 'maintainer', singular: 'Maintainer', plural: 'Maintainers' }] }).map(({ undated, holders }) => [
        undated,
        holders,
      ]),
    ).toEqual([[2, 4]]);
  });
});
