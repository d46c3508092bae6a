import { describe, expect, it } from 'vitest';
import type { Maintainer } from '../schemas/maintainer.ts';
import { bodyHandlesOn, bodyOf, bodyOn, currentGroupMembers, groupBodyOn, holdingsOf, inSentence, ruleBodyOn } from './roles.ts';

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

describe('a group as a body that votes', () => {
  const group = {
    id: 'tsc',
    name: 'Technical Steering Committee',
    leads: [
      { handle: 'lead', since: '2025-01-01', until: '2025-12-31' },
      { handle: 'new-lead', since: '2026-01-01' },
    ],
    members: [{ handle: 'Member' }, { handle: 'leaving', since: '2025-01-01', until: '2027-06-30' }, { handle: 'new-lead', since: '2025-01-01' }],
  };
  const bodies = {
    roles: [{ id: 'maintainer', singular: 'Maintainer', plural: 'Maintainers' }],
    groups: [group],
  };

  it('is the places held on a day, once each, by handle, undated when no place that counts records since', () => {
    expect(groupBodyOn(group, '2025-06-01')).toEqual([
      { handle: 'lead', undated: false },
      { handle: 'leaving', undated: false },
      { handle: 'Member', undated: true },
      { handle: 'new-lead', undated: false },
    ]);
    expect(ruleBodyOn({ group: 'tsc' }, [], bodies, '2026-02-01')).toEqual(['leaving', 'Member', 'new-lead']);
  });

  it('counts today those whose place has no until, whatever the day', () => {
    expect(currentGroupMembers(group)).toEqual(['Member', 'new-lead']);
  });

  it('is named after the group, and refuses a group it was not read with', () => {
    expect(bodyOf(bodies, { group: 'tsc' })).toEqual({
      id: 'tsc',
      singular: 'Technical Steering Committee member',
      plural: 'Technical Steering Committee members',
      bodyName: 'Technical Steering Committee',
    });
    expect(inSentence(bodyOf(bodies, { group: 'tsc' }).plural)).toBe('Technical Steering Committee members');
    expect(() => bodyOf(bodies, { group: 'tcs' })).toThrow(
      'the group tcs of a vote rule was not read with content/governance.yaml: is content/groups/tcs.yaml there?',
    );
  });
});
