import { describe, expect, it } from 'vitest';
import type { Maintainer } from '../schemas/maintainer.ts';
import { bodyHandlesOn, bodyOn, holdingsOf, inSentence, ruleBodyOn } from './roles.ts';

const person = (handle: string, extra: Partial<Maintainer> = {}): Maintainer => ({ handle, status: 'active', ...extra });

// A maintainer by the shorthand, a committer who was a reviewer, a reviewer, and an emeritus committer whose date nobody recorded.
const roster = [
  person('mo', { since: '2025-01-01' }),
  person('Cat', {
    roles: [
      { role: 'reviewer', status: 'emeritus', since: '2024-01-01', emeritusSince: '2025-06-01' },
      { role: 'committer', status: 'active', since: '2025-06-01' },
    ],
  }),
  person('rev', { roles: [{ role: 'reviewer', status: 'active' }] }),
  person('old', { status: 'emeritus', roles: [{ role: 'committer', status: 'emeritus', since: '2023-01-01' }] }),
];

describe('the body on a day', () => {
  it('reads the shorthand as the default role', () => {
    expect(holdingsOf(roster[0]!, 'maintainer')).toEqual([{ role: 'maintainer', status: 'active', since: '2025-01-01' }]);
    expect(bodyHandlesOn(roster, 'maintainer', '2024-12-31', 'maintainer')).toEqual([]);
    expect(bodyHandlesOn(roster, 'maintainer', '2025-01-01', 'maintainer')).toEqual(['mo']);
  });

  it('follows one person from one role to another on the day it changes', () => {
    expect(bodyHandlesOn(roster, 'reviewer', '2025-05-31', 'maintainer')).toEqual(['Cat', 'rev']);
    expect(bodyHandlesOn(roster, 'reviewer', '2025-06-01', 'maintainer')).toEqual(['rev']);
    expect(bodyHandlesOn(roster, 'committer', '2025-05-31', 'maintainer')).toEqual([]);
    expect(bodyHandlesOn(roster, 'committer', '2025-06-01', 'maintainer')).toEqual(['Cat']);
  });

  it('never counts an emeritus holder whose date is not recorded as a member, only as one who may have been, from their since', () => {
    expect(bodyOn(roster, 'committer', '2022-12-31', 'maintainer').undatedFormer).toEqual([]);
    const body = bodyOn(roster, 'committer', '2024-03-01', 'maintainer');
    expect(body.members).toEqual([]);
    expect(body.undatedFormer.map((p) => p.handle)).toEqual(['old']);
  });

  it("gives a rule's body on a day from the rule's role, the shorthand being the first role's", () => {
    const governance = {
      roles: [
        { id: 'maintainer', singular: 'Maintainer', plural: 'Maintainers' },
        { id: 'committer', singular: 'Committer', plural: 'Committers' },
      ],
    };
    expect(ruleBodyOn({ body: 'committer' }, roster, governance, '2025-07-01')).toEqual(['Cat']);
    expect(ruleBodyOn({ body: 'maintainer' }, roster, governance, '2025-07-01')).toEqual(['mo']);
  });

  it('gives the same arrays for the same roster, role and day', () => {
    expect(bodyOn(roster, 'committer', '2025-07-01', 'maintainer')).toBe(bodyOn(roster, 'committer', '2025-07-01', 'maintainer'));
  });
});

describe('a role in a sentence', () => {
  it('lowers a capitalised word, and leaves an acronym or a proper name', () => {
    expect(inSentence('Maintainers')).toBe('maintainers');
    expect(inSentence('TSC members')).toBe('TSC members');
    expect(inSentence('Governance Committee members')).toBe('Governance Committee members');
  });
});
