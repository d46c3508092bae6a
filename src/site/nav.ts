/** The header navigation: docs (ordered by their `order` frontmatter) and the data-driven pages. */
export interface NavEntry {
  label: string;
  route: string;
  order: number;
}

export interface NavLink extends NavEntry {
  current: boolean;
}

/** The roster page, src/pages/maintainers/index.astro. */
export const ROSTER_PAGE: NavEntry = { label: 'Maintainers', route: '/maintainers/', order: 20 };
/** The meetings page, src/pages/meetings/index.astro. */
export const MEETINGS_PAGE: NavEntry = { label: 'Meetings', route: '/meetings/', order: 30 };

/** Pages that are not docs; each has its own page in src/pages/. */
export const APP_PAGES: readonly NavEntry[] = [ROSTER_PAGE, MEETINGS_PAGE];

/** Sorts entries by order then label, and marks the one that is (or contains) the current route. */
export function buildNav(entries: readonly NavEntry[], currentRoute: string): NavLink[] {
  const sorted = [...entries].sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
  const current = normalise(currentRoute);
  const best = sorted
    .filter((e) => e.route !== '/' && current.startsWith(normalise(e.route)))
    .sort((a, b) => b.route.length - a.route.length)[0];
  return sorted.map((e) => ({ ...e, current: best ? e === best : normalise(e.route) === current }));
}

function normalise(route: string): string {
  return route.endsWith('/') ? route : `${route}/`;
}

/**
 * The most links the header holds. A site with more pages than that (the real one has
 * five) lists the first ones, by order, then "All pages", a link to the list of every
 * page on the home page: a header of a thousand links helps no reader, and it made
 * every page 76 KB and the build's output grow as the square of the docs.
 */
export const HEADER_MAX_LINKS = 8;

/** Where the header's "All pages" link leads: the list on the home page. */
export const ALL_PAGES_ROUTE = '/#all-pages';

/** The header's links: every entry, or when they are more than `max`, the first `max - 1` and "All pages". */
export function headerNav(entries: readonly NavEntry[], currentRoute: string, max = HEADER_MAX_LINKS): NavLink[] {
  const all = buildNav(entries, currentRoute);
  if (!overflowsHeader(entries, max)) return all;
  const last = all.at(-1)!;
  return [...all.slice(0, max - 1), { label: 'All pages', route: ALL_PAGES_ROUTE, order: last.order, current: false }];
}

/** Whether the header cannot hold every entry, so the home page lists them all. */
export function overflowsHeader(entries: readonly NavEntry[], max = HEADER_MAX_LINKS): boolean {
  return entries.length > max;
}
