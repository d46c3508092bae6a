import { describe, expect, it } from 'vitest';
import { ALL_PAGES_ROUTE, buildNav, HEADER_MAX_LINKS, headerNav, overflowsHeader } from './nav.ts';

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
    expect(buildNav(entries, '/maintainers/').filter((e) => e.current).map((e) => e.label)).toEqual(['Maintainers']);
    expect(buildNav(entries, '/meetings/office-hours/').filter((e) => e.current).map((e) => e.label)).toEqual(['Meetings']);
    expect(buildNav(entries, '/').some((e) => e.current)).toBe(false);
  });
});

/** `n` docs after the charter, as an enlarged site would have them. */
const manyDocs = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `Doc ${i + 1}`, route: `/doc-${i + 1}/`, order: 100 + i }));

describe('headerNav', () => {
  it('lists every page while the header holds them, as the real site (five pages) has it', () => {
    const site = [...entries, { label: 'Code of Conduct', route: '/code-of-conduct/', order: 40 }, { label: 'Contributing', route: '/contributing/', order: 50 }];
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

