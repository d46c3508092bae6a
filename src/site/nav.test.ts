import { describe, expect, it } from 'vitest';
import {
  ALL_PAGES_ROUTE,
  buildNav,
  sortNav,
  docFolders,
  docNavEntries,
  findNavEntry,
  folderTitle,
  HEADER_MAX_LINKS,
  headerNav,
  navTrail,
  overflowsHeader,
} from './nav.ts';

const entries = [
  { label: 'Meetings', route: '/meetings/', order: 30 },
  { label: 'Charter', route: '/governance/', order: 10 },
  { label: 'Maintainers', route: '/maintainers/', order: 20 },
];

describe('buildNav', () => {
  it('orders entries by their order field', () => {
    expect(buildNav(entries, '/').map((e) => e.label)).toEqual(['Charter', 'Maintainers', 'Meetings']);
  });

  it('marks the current page, and the section a sub-page belongs to', () => {
    expect(
      buildNav(entries, '/maintainers/')
        .filter((e) => e.current)
        .map((e) => e.label),
    ).toEqual(['Maintainers']);
    expect(
      buildNav(entries, '/meetings/office-hours/')
        .filter((e) => e.current)
        .map((e) => e.label),
    ).toEqual(['Meetings']);
    expect(buildNav(entries, '/').some((e) => e.current)).toBe(false);
  });
});

/** `n` docs after the charter, as an enlarged site would have them. */
const manyDocs = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `Doc ${i + 1}`, route: `/doc-${i + 1}/`, order: 100 + i }));

describe('headerNav', () => {
  it('lists every page while the header holds them, as the real site (five pages) has it', () => {
    const site = [
      ...entries,
      { label: 'Code of Conduct', route: '/code-of-conduct/', order: 40 },
      { label: 'Contributing', route: '/contributing/', order: 50 },
    ];
    expect(headerNav(site, '/governance/')).toEqual(buildNav(site, '/governance/'));
    const full = [...entries, ...manyDocs(HEADER_MAX_LINKS - entries.length)];
    expect(overflowsHeader(full)).toBe(false);
    expect(headerNav(full, '/').map((e) => e.label)).toEqual(buildNav(full, '/').map((e) => e.label));
  });

  it('past that, lists the first pages by order and then "All pages", which leads to the list on the home page', () => {
    const many = [...entries, ...manyDocs(1000)];
    expect(overflowsHeader(many)).toBe(true);
    const nav = headerNav(many, '/doc-2/');
    expect(nav).toHaveLength(HEADER_MAX_LINKS);
    expect(nav.map((e) => e.label)).toEqual(['Charter', 'Maintainers', 'Meetings', 'Doc 1', 'Doc 2', 'Doc 3', 'Doc 4', 'All pages']);
    expect(nav.at(-1)).toMatchObject({ route: ALL_PAGES_ROUTE, current: false });
    expect(nav.filter((e) => e.current).map((e) => e.label)).toEqual(['Doc 2']);
    // A page past the first ones is in no header link; the home page's list has it.
    expect(headerNav(many, '/doc-500/').some((e) => e.current)).toBe(false);
  });
});

describe('sorted once per build', () => {
  const group = {
    label: 'Groups',
    route: '/groups/',
    order: 5,
    children: [
      { label: 'B', route: '/groups/b/', title: 'B' },
      { label: 'A', route: '/groups/a/', title: 'A' },
    ],
  };
  const site = [...manyDocs(20).reverse(), ...entries, group];

  it('gives every page the same order, whatever the current page', () => {
    const labels = (route: string) => buildNav(site, route).map((e) => e.label);
    expect(labels('/doc-3/')).toEqual(labels('/'));
    expect(buildNav(site, '/groups/a/').find((e) => e.route === '/groups/')).toMatchObject({
      current: true,
      children: [
        { label: 'A', current: true },
        { label: 'B', current: false },
      ],
    });
    expect(
      buildNav(site, '/doc-3/')
        .filter((e) => e.current)
        .map((e) => e.label),
    ).toEqual(['Doc 3']);
  });

  it('sortNav: the tree as buildNav sorts it, without current marks, and the entries given unchanged', () => {
    const tree = sortNav(site);
    const strip = (links: readonly object[]): unknown =>
      links.map(({ current: _c, children, ...rest }: { current?: boolean; children?: object[] }) => (children ? { ...rest, children: strip(children) } : rest));
    expect(tree).toEqual(strip(buildNav(site, '/')));
    expect(sortNav(site)).toBe(tree);
    expect(site[0]!.label).toBe('Doc 20');
    expect(group.children.map((c) => c.label)).toEqual(['B', 'A']);
  });

  it('marks the longest route that holds the current page, in the header too', () => {
    const nested = [{ label: 'Docs', route: '/docs/', order: 1 }, { label: 'Deep', route: '/docs/deep/', order: 2 }, ...manyDocs(10)];
    expect(
      headerNav(nested, '/docs/deep/page/')
        .filter((e) => e.current)
        .map((e) => e.label),
    ).toEqual(['Deep']);
    expect(headerNav(nested, '/doc-9/').some((e) => e.current)).toBe(false);
  });

  it('takes, of two spellings of one route, the one with its slash; never the home page as a holder', () => {
    const twice = [
      { label: 'Bare', route: '/a', order: 1 },
      { label: 'Slashed', route: '/a/', order: 2 },
      { label: 'Home', route: '/', order: 0 },
    ];
    expect(
      buildNav(twice, '/a/b/')
        .filter((e) => e.current)
        .map((e) => e.label),
    ).toEqual(['Slashed']);
    expect(
      buildNav(twice, '/')
        .filter((e) => e.current)
        .map((e) => e.label),
    ).toEqual(['Home']);
    expect(buildNav(twice, '/elsewhere/').some((e) => e.current)).toBe(false);
  });
});

describe('optional order', () => {
  it('lists ordered entries first by order, then the others by title', () => {
    const nav = buildNav(
      [
        { label: 'Zebra', route: '/zebra/', title: 'Zebra' },
        { label: 'Charter', route: '/governance/', order: 10, title: 'Project Governance' },
        { label: 'Adoption', route: '/adoption/', title: 'Adoption' },
        { label: 'Maintainers', route: '/maintainers/', order: 20 },
        { label: 'Policy 10', route: '/p10/', title: 'Policy 10' },
        { label: 'Policy 9', route: '/p9/', title: 'Policy 9' },
      ],
      '/',
    );
    expect(nav.map((e) => e.label)).toEqual(['Charter', 'Maintainers', 'Adoption', 'Policy 9', 'Policy 10', 'Zebra']);
  });

  it('sorts an unordered doc by its title, not its short navigation label', () => {
    const nav = buildNav(
      docNavEntries([
        { id: 'b', title: 'Bylaws', navLabel: 'Zz' },
        { id: 'c', title: 'Charter appendix' },
      ]),
      '/',
    );
    expect(nav.map((e) => e.label)).toEqual(['Zz', 'Charter appendix']);
  });
});

describe('docs in folders', () => {
  const docs = [
    { id: 'governance', title: 'Project Governance', navLabel: 'Charter', order: 10 },
    { id: 'working-groups', title: 'Working groups', description: 'x', order: 40 },
    { id: 'working-groups/runtime', title: 'Runtime', order: 2 },
    { id: 'working-groups/packaging', title: 'Packaging', order: 1 },
    { id: 'working-groups/adoption', title: 'Adoption' },
    { id: 'policies/security', title: 'Security policy' },
    { id: 'policies/trademarks/logo', title: 'Logo use' },
  ];

  it("groups a folder's pages under one entry at the folder's route, titled by its index", () => {
    const nav = buildNav(docNavEntries(docs), '/');
    expect(nav.map((e) => `${e.label} ${e.route}`)).toEqual(['Charter /governance/', 'Working groups /working-groups/', 'Policies /policies/']);
    expect(nav[1]!.children!.map((e) => `${e.label} ${e.route}`)).toEqual([
      'Packaging /working-groups/packaging/',
      'Runtime /working-groups/runtime/',
      'Adoption /working-groups/adoption/',
    ]);
  });

  it('names a folder without an index after the folder, and nests folders in folders', () => {
    const policies = findNavEntry(buildNav(docNavEntries(docs), '/'), '/policies/')!;
    expect(policies).toMatchObject({ label: 'Policies', route: '/policies/' });
    expect(policies.order).toBeUndefined();
    expect(policies.children!.map((e) => e.label)).toEqual(['Security policy', 'Trademarks']);
    expect(policies.children![1]!.children!.map((e) => e.route)).toEqual(['/policies/trademarks/logo/']);
    expect(folderTitle('working-groups')).toBe('Working groups');
    expect(docFolders(['a/b/c', 'a/d', 'e'])).toEqual(['a', 'a/b']);
  });

  it('marks the group of the current page in the header, and the page inside the group', () => {
    const nav = buildNav([...docNavEntries(docs), { label: 'Maintainers', route: '/maintainers/', order: 20 }], '/working-groups/runtime/');
    expect(nav.filter((e) => e.current).map((e) => e.label)).toEqual(['Working groups']);
    expect(
      findNavEntry(nav, '/working-groups/')!
        .children!.filter((e) => e.current)
        .map((e) => e.label),
    ).toEqual(['Runtime']);
    expect(navTrail(nav, '/policies/trademarks/logo/').map((e) => e.label)).toEqual(['Policies', 'Trademarks']);
    expect(navTrail(nav, '/governance/')).toEqual([]);
  });

  it('gives the header one link per top-level entry, a folder counting once, within its limit', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `working-groups/wg-${i}`, title: `WG ${i}` }));
    const entries = [...docNavEntries([...docs, ...many]), { label: 'Maintainers', route: '/maintainers/', order: 20 }];
    expect(overflowsHeader(entries)).toBe(false);
    const header = headerNav(entries, '/working-groups/wg-3/');
    expect(header.map((e) => e.label)).toEqual(['Charter', 'Maintainers', 'Working groups', 'Policies']);
    expect(header.every((e) => e.children === undefined)).toBe(true);
    const crowded = [...entries, ...manyDocs(10)];
    expect(headerNav(crowded, '/')).toHaveLength(HEADER_MAX_LINKS);
  });
});
