import { describe, expect, it } from 'vitest';
import type { Maintainer } from '../schemas/maintainer.ts';
import { governanceSchema } from '../schemas/governance.ts';
import {
  affiliationCounts,
  AVATAR_HUES,
  avatarFor,
  maintainerAnchor,
  maintainerRoute,
  EMERITUS_PAGE_ROUTE,
  isLongRoster,
  LONG_ROSTER_FROM,
  maintainersMarkdown,
  rosterDocument,
  sortRoster,
  thresholdFor,
  thresholdInWords,
} from './roster.ts';

const active = (handle: string, extra: Partial<Maintainer> = {}): Maintainer => ({ handle, status: 'active', ...extra });
const emeritus = (handle: string, emeritusSince: string, extra: Partial<Maintainer> = {}): Maintainer => ({
  handle,
  status: 'emeritus',
  emeritusSince,
  ...extra,
});

// A charter of three 2/3 votes of one body, as ModelSpec's: each rule's numbers for a roster of n active members.
const governance = governanceSchema.parse({
  roles: [{ id: 'maintainer', singular: 'Maintainer', plural: 'Maintainers', bodyName: 'Maintainer Council', section: 'maintainers' }],
  rules: [
    { id: 'approve', name: 'Approve a new maintainer', body: 'maintainer', threshold: '2/3', base: 'members', subject: 'joining' },
    { id: 'remove', name: 'Remove a maintainer', body: 'maintainer', threshold: '2/3', base: 'remaining-members', subject: 'leaving' },
    { id: 'amend', name: 'Change the charter', body: 'maintainer', threshold: '2/3', base: 'members' },
  ],
});
const rosterOf = (n: number) => Array.from({ length: n }, (_, i) => active(`m${i}`));

describe('each rule’s threshold today', () => {
  // [active, approve (votes/voters), remove (votes/voters), amend (votes/voters)]
  const table: [number, [number, number], [number, number], [number, number]][] = [
    [0, [0, 0], [0, 0], [0, 0]],
    [1, [1, 1], [0, 0], [1, 1]],
    [2, [2, 2], [1, 1], [2, 2]],
    [3, [2, 3], [2, 2], [2, 3]],
    [11, [8, 11], [7, 10], [8, 11]],
  ];
  it.each(table)('with %i active maintainers', (n, approve, remove, amend) => {
    const roster = rosterOf(n);
    expect(thresholdFor('approve', roster, governance)).toMatchObject({ votesNeeded: approve[0], voters: approve[1] });
    expect(thresholdFor('remove', roster, governance)).toMatchObject({ votesNeeded: remove[0], voters: remove[1] });
    expect(thresholdFor('amend', roster, governance)).toMatchObject({ votesNeeded: amend[0], voters: amend[1] });
  });

  it('says in words what each threshold asks, and when no vote can be held', () => {
    const words = (id: string, n: number) => thresholdInWords(thresholdFor(id, rosterOf(n), governance), governance);
    expect(words('approve', 11)).toBe('8 of 11 maintainers');
    expect(words('remove', 11)).toBe('7 of the 10 remaining maintainers');
    expect(words('approve', 1)).toBe('1 of 1 maintainer');
    expect(words('remove', 1)).toBe('no vote can be held: no other maintainer is active to vote');
    expect(words('remove', 2)).toBe('1 of the 1 remaining maintainer');
    expect(words('amend', 0)).toBe('no vote can be held: no maintainer is active');
  });

  it('names the rules there are when a page asks for one that is not', () => {
    expect(() => thresholdFor('amend-charter', [], governance)).toThrow(
      '<VoteThreshold rule="amend-charter" />: unknown rule; use one of approve, remove, amend',
    );
    expect(() => thresholdFor('amend', [], { ...governance, rules: [] })).toThrow(
      '<VoteThreshold rule="amend" />: content/governance.yaml has no rules; add the rule there, or remove the component',
    );
  });
});

describe('the roster', () => {
  const roster = [emeritus('zed', '2025-01-01'), active('bergwolf'), active('Aftersnow'), emeritus('Alice', '2024-01-01'), active('caozhuozi')];

  it('lists active maintainers first, then emeritus ones, each by handle ignoring case', () => {
    expect(sortRoster(roster).map((m) => m.handle)).toEqual(['Aftersnow', 'bergwolf', 'caozhuozi', 'Alice', 'zed']);
  });

  it('counts active maintainers per organisation, ignoring the case of its name, and those with none recorded', () => {
    const withJobs = [
      active('a', { affiliation: 'Red Hat' }),
      active('b', { affiliation: 'red hat' }),
      active('c', { affiliation: 'Ant Group' }),
      active('d'),
      emeritus('e', '2025-01-01', { affiliation: 'Ant Group' }),
    ];
    expect(affiliationCounts(withJobs)).toEqual({
      counts: [
        { affiliation: 'Red Hat', count: 2 },
        { affiliation: 'Ant Group', count: 1 },
      ],
      unknown: 1,
    });
    expect(affiliationCounts([active('x')])).toEqual({ counts: [], unknown: 1 });
  });

  it('draws initials from the name when known, else from the handle, with a colour that stays with the handle', () => {
    expect(avatarFor({ handle: 'gaius-qi' }).initials).toBe('GQ');
    expect(avatarFor({ handle: 'wy65701436' }).initials).toBe('WY');
    expect(avatarFor({ handle: 'x' }).initials).toBe('X');
    expect(avatarFor({ handle: 'ada', name: 'Ada King Lovelace' }).initials).toBe('AL');
    expect(avatarFor({ handle: 'ada', name: 'Ørsted' }).initials).toBe('ØR');
    expect(avatarFor({ handle: 'gorkem' }).hue).toBe(avatarFor({ handle: 'Gorkem', name: 'G' }).hue);
    const hues = new Set(['aftersnow', 'bergwolf', 'bmicklea', 'caozhuozi', 'chlins', 'gaius-qi'].map((h) => avatarFor({ handle: h }).hue));
    expect(hues.size).toBeGreaterThan(3);
    for (const hue of hues) expect(Number.isInteger(hue) && hue >= 0 && hue < AVATAR_HUES, `hue ${hue}`).toBe(true);
  });

  it('becomes a JSON document with a schema version, the counts, the thresholds and every maintainer', () => {
    const doc = JSON.parse(JSON.stringify(rosterDocument(roster, governance, { source: 'https://github.com/o/r/tree/main/content/maintainers' })));
    expect(doc).toMatchObject({ schemaVersion: 1, activeCount: 3, emeritusCount: 2 });
    expect(doc.thresholds).toEqual({
      approve: { voters: 3, votesNeeded: 2 },
      remove: { voters: 2, votesNeeded: 2 },
      amend: { voters: 3, votesNeeded: 2 },
    });
    expect(doc.maintainers[0]).toEqual({ handle: 'Aftersnow', status: 'active', github: 'https://github.com/Aftersnow' });
    expect(doc.maintainers[4]).toEqual({ handle: 'zed', status: 'emeritus', emeritusSince: '2025-01-01', github: 'https://github.com/zed' });
  });
});

describe('MAINTAINERS.md', () => {
  const opts = {
    project: 'ModelSpec',
    rosterPageUrl: 'https://example.org/maintainers/',
    dataDir: 'content/maintainers',
    charterPath: 'content/docs/governance.mdx',
  };

  it('lists active and emeritus maintainers with what is known of them, and today’s thresholds', () => {
    const text = maintainersMarkdown(
      [
        active('bergwolf'),
        active('ada', { name: 'Ada *the* Lovelace', affiliation: 'Engines', since: '2024-01-02', areas: ['spec', 'tooling'] }),
        emeritus('old', '2025-03-01', { since: '2023-05-06' }),
      ],
      governance,
      opts,
    );
    expect(text).toContain(
      '## Active maintainers (2)\n\n- [@ada](https://github.com/ada) — Ada \\*the\\* Lovelace, Engines (since 2024-01-02; areas: spec, tooling)\n- [@bergwolf](https://github.com/bergwolf)\n',
    );
    expect(text).toContain('## Emeritus maintainers (1)\n\n- [@old](https://github.com/old) (maintainer since 2023-05-06; emeritus since 2025-03-01)\n');
    expect(text).toContain(
      '- to approve a new maintainer: 2 of 2 maintainers\n- to remove a maintainer: 1 of the 1 remaining maintainer\n- to change the charter: 2 of 2 maintainers\n',
    );
    expect(text).toContain('who together form the Maintainer Council described in the [governance charter](content/docs/governance.mdx#maintainers).');
    expect(text.startsWith('<!-- Generated from content/maintainers/ by `npm run generate`; do not edit by hand. -->\n')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('says so when nobody is active or emeritus', () => {
    const text = maintainersMarkdown([], governance, opts);
    expect(text).toContain('## Active maintainers (0)\n\nNo maintainer is active.');
    expect(text).toContain('No maintainer is emeritus.');
    expect(text).toContain('- to approve a new maintainer: no vote can be held: no maintainer is active');
  });

  it('lists each role of a project with two, says an unknown emeritus date is not recorded, and names no body or section the data does not', () => {
    const two = governanceSchema.parse({
      roles: [
        { id: 'committer', singular: 'Committer', plural: 'Committers' },
        { id: 'reviewer', singular: 'Reviewer', plural: 'Reviewers' },
      ],
    });
    const text = maintainersMarkdown(
      [
        active('ana', {
          roles: [
            { role: 'committer', status: 'active', since: '2024-01-01' },
            { role: 'reviewer', status: 'emeritus' },
          ],
        }),
        active('rev', { roles: [{ role: 'reviewer', status: 'active' }] }),
      ],
      two,
      opts,
    );
    expect(text).toContain('# Committers\n\nThe committers of ModelSpec, as the [governance charter](content/docs/governance.mdx) describes them.');
    expect(text).toContain('## Active committers (1)\n\n- [@ana](https://github.com/ana) (since 2024-01-01)\n');
    expect(text).toContain('## Emeritus reviewers (1)\n\n- [@ana](https://github.com/ana) (emeritus since a date not recorded)\n');
    expect(text).toContain('## Active reviewers (1)\n\n- [@rev](https://github.com/rev)\n');
    expect(text).not.toContain('Votes today');
  });
});

describe('a maintainer’s entry on the roster page', () => {
  it('has an id from the handle in lowercase, apart from the page’s section ids', () => {
    expect(maintainerAnchor('Zed-Case')).toBe('maintainer-zed-case');
    // A handle may be the name of a section ("data", "active"): the prefix keeps them apart.
    expect(maintainerAnchor('data')).not.toBe('data');
    const short = [{ handle: 'gorkem', status: 'active' }];
    expect(maintainerRoute({ handle: 'Gorkem', status: 'active' }, short)).toBe('/maintainers/#maintainer-gorkem');
    expect(maintainerRoute({ handle: 'old', status: 'emeritus' }, short)).toBe('/maintainers/#maintainer-old');
  });

  it('is on the emeritus page for an emeritus maintainer of a long roster, on the roster page otherwise', () => {
    const long = Array.from({ length: LONG_ROSTER_FROM }, (_, i) => ({ handle: `p${i}` }));
    expect(isLongRoster(long)).toBe(true);
    expect(isLongRoster(long.slice(1))).toBe(false);
    expect(maintainerRoute({ handle: 'Old', status: 'emeritus' }, long)).toBe(`${EMERITUS_PAGE_ROUTE}#maintainer-old`);
    expect(EMERITUS_PAGE_ROUTE).toBe('/maintainers/emeritus/');
    expect(maintainerRoute({ handle: 'new', status: 'active' }, long)).toBe('/maintainers/#maintainer-new');
  });
});
