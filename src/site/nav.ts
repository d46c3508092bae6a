import { docRoute, ROSTER_ROUTE } from './repo-links.ts';

/**
 * The navigation: docs and the data-driven pages. Entries with an `order` come
 * first, by it; the others follow by title. A folder of docs is one entry, its
 * group, whose children are the folder's pages.
 */
export interface NavEntry {
  label: string;
  route: string;
  order?: number;
  /** What an entry without `order` sorts by (a doc's title, where its label may be a short navLabel); the label when absent. */
  title?: string;
  /** The pages of a folder, when this entry is the folder's group. */
  children?: NavEntry[];
  /** Set when `route` is an address on another site (the code of conduct a project follows): linked as it is, never the current page. */
  external?: true;
}

export interface NavLink extends NavEntry {
  current: boolean;
  children?: NavLink[];
}

/** A doc as the navigation needs it: its id (`working-groups/runtime`) and frontmatter. */
export interface NavDoc {
  id: string;
  title: string;
  navLabel?: string | undefined;
  order?: number | undefined;
}

/** The roster page, src/pages/maintainers/index.astro. */
export const ROSTER_PAGE: NavEntry = { label: 'Maintainers', route: ROSTER_ROUTE, order: 20 };
/** The meetings page, src/pages/meetings/index.astro. */
export const MEETINGS_PAGE: NavEntry = { label: 'Meetings', route: '/meetings/', order: 30 };

/** The list of the project's groups, src/pages/groups/[...group].astro: in the navigation only when content has a group. */
export const GROUPS_PAGE: NavEntry = { label: 'Groups', route: '/groups/', order: 25 };

/** The content reference, src/pages/content-reference.astro: every content file and field, for maintainers. Linked from the docs, not in the navigation. */
export const CONTENT_REFERENCE_ROUTE = '/content-reference/';

/** The code of conduct that content/site.yaml gives by its https:// address: a link in the navigation like the doc would be. */
export function externalCodeOfConductEntry(url: string): NavEntry {
  return { label: 'Code of conduct', route: url, external: true };
}

/** Pages that are not docs; each has its own page in src/pages/. */
export const APP_PAGES: readonly NavEntry[] = [ROSTER_PAGE, MEETINGS_PAGE];

/** Ordered entries first, by `order`; then the others by title (then route, so the result never depends on input order). */
export function compareNavEntries(a: NavEntry, b: NavEntry): number {
  if (a.order !== undefined && b.order !== undefined && a.order !== b.order) return a.order - b.order;
  if (a.order !== undefined && b.order === undefined) return -1;
  if (a.order === undefined && b.order !== undefined) return 1;
  return (a.title ?? a.label).localeCompare(b.title ?? b.label, 'en', { numeric: true }) || a.route.localeCompare(b.route);
}

/**
 * Sorts entries (and each group's pages) and marks, at each level, the one that is
 * (or contains) the current route.
 */
export function buildNav(entries: readonly NavEntry[], currentRoute: string): NavLink[] {
  return markCurrent(sortedNav(entries), currentRoute);
}

/** `entries` sorted, at every level (a group's pages too), by compareNavEntries. */
export function sortNav(entries: readonly NavEntry[]): readonly NavEntry[] {
  let tree = sortedTrees.get(entries);
  if (!tree) sortedTrees.set(entries, (tree = sortedNav(entries).map((e) => (e.children ? { ...e, children: [...sortNav(e.children)] } : e))));
  return tree;
}
const sortedTrees = new WeakMap<readonly NavEntry[], readonly NavEntry[]>();

// Every page of a build sorts the same entries (src/data/nav.ts reads them once per build):
// sorting them once, not once per page, took the navigation's cost from the square of the docs to linear.
const sortedLists = new WeakMap<readonly NavEntry[], readonly NavEntry[]>();
function sortedNav(entries: readonly NavEntry[]): readonly NavEntry[] {
  let sorted = sortedLists.get(entries);
  if (!sorted) sortedLists.set(entries, (sorted = [...entries].sort(compareNavEntries)));
  return sorted;
}

/**
 * The entry whose route is the longest that holds `current` (not the home page's), the first of
 * equal length in sorted order: found by looking up each folder of `current`, not by testing
 * every entry, so a page's header costs the same with a thousand docs as with five.
 */
function longestHolder(sorted: readonly NavEntry[], current: string): NavEntry | undefined {
  let byRoute = holders.get(sorted);
  if (!byRoute) {
    byRoute = new Map();
    for (const e of sorted) {
      if (e.route === '/') continue;
      const key = normalise(e.route);
      const known = byRoute.get(key);
      // Of two spellings of one route, the longer ("/a/" over "/a") is the longer route.
      if (!known || e.route.length > known.route.length) byRoute.set(key, e);
    }
    holders.set(sorted, byRoute);
  }
  // `current` ends with "/": try it, then each shorter prefix ending in "/", down to "/".
  let end = current.length;
  while (end > 0) {
    const found = byRoute.get(current.slice(0, end));
    if (found) return found;
    end = end === 1 ? 0 : current.lastIndexOf('/', end - 2) + 1;
  }
  return undefined;
}
const holders = new WeakMap<readonly NavEntry[], Map<string, NavEntry>>();

/** The sorted entries as links, the first `limit` of them, each marked when it is (or contains) the current route. */
function markCurrent(sorted: readonly NavEntry[], currentRoute: string, limit = sorted.length): NavLink[] {
  const current = normalise(currentRoute);
  const best = longestHolder(sorted, current);
  return sorted.slice(0, limit).map((e) => {
    const { children, ...rest } = e;
    const link: NavLink = { ...rest, current: best ? e === best : normalise(e.route) === current };
    if (children) link.children = buildNav(children, currentRoute);
    return link;
  });
}

/**
 * The docs as navigation entries: a doc at the top of content/docs/ is an entry;
 * the docs of a folder are the children of one entry for the folder, at the
 * folder's route (`working-groups/` → `/working-groups/`). The folder's
 * `index.md` (or .mdx), when it has one, gives the group its label, title and
 * order; without it the group is named after the folder and sorts by that name.
 */
export function docNavEntries(docs: readonly NavDoc[]): NavEntry[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const entryOf = (id: string): NavEntry => {
    const doc = byId.get(id);
    const entry: NavEntry = doc ? { label: doc.navLabel ?? doc.title, route: docRoute(id), title: doc.title } : { label: folderTitle(id), route: docRoute(id) };
    if (doc?.order !== undefined) entry.order = doc.order;
    const children = childIds(id);
    if (children.length > 0) entry.children = children.map(entryOf);
    return entry;
  };
  const children = new Map<string, string[]>();
  for (const id of new Set([...docFolders(docs.map((d) => d.id)), ...docs.map((d) => d.id)])) {
    const parent = parentOf(id);
    const siblings = children.get(parent);
    if (siblings) siblings.push(id);
    else children.set(parent, [id]);
  }
  const childIds = (parent: string) => children.get(parent) ?? [];
  return childIds('').map(entryOf);
}

/** Every folder that holds docs, from the docs' ids, outermost first: `a/b/c` → `a`, `a/b`. */
export function docFolders(ids: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const id of ids) {
    const segments = id.split('/');
    for (let i = 1; i < segments.length; i++) folders.add(segments.slice(0, i).join('/'));
  }
  return [...folders].sort();
}

/** The title of a folder without an index page, from its name: `working-groups` → "Working groups". */
export function folderTitle(folderId: string): string {
  const name = folderId.split('/').at(-1)!.replace(/[-_]+/g, ' ').trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The entry at `route`, at any depth. */
export function findNavEntry<T extends NavEntry>(entries: readonly T[], route: string): T | undefined {
  for (const entry of entries) {
    if (entry.route === route) return entry;
    const found = entry.children && findNavEntry(entry.children as T[], route);
    if (found) return found;
  }
  return undefined;
}

/** The groups that hold the page at `route`, outermost first (the breadcrumb of a doc in a folder). */
export function navTrail<T extends NavEntry>(entries: readonly T[], route: string): T[] {
  for (const entry of entries) {
    if (entry.route === route) return [];
    if (entry.children) {
      const below = navTrail(entry.children as T[], route);
      if (below.length > 0 || findNavEntry(entry.children as T[], route)) return [entry, ...below];
    }
  }
  return [];
}

function parentOf(id: string): string {
  const at = id.lastIndexOf('/');
  return at === -1 ? '' : id.slice(0, at);
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

/**
 * The header's links: every top-level entry (a folder's group is one link, to the
 * folder's page), or when they are more than `max`, the first `max - 1` and "All pages".
 */
export function headerNav(entries: readonly NavEntry[], currentRoute: string, max = HEADER_MAX_LINKS): NavLink[] {
  // Only the links shown are built: with a thousand docs, building every one for each page cost as much as the rest of the navigation.
  const overflows = overflowsHeader(entries, max);
  const shown = markCurrent(sortedNav(entries), currentRoute, overflows ? max - 1 : entries.length).map(({ children: _children, ...link }) => link);
  return overflows ? [...shown, { label: 'All pages', route: ALL_PAGES_ROUTE, current: false }] : shown;
}

/** Whether the header cannot hold every top-level entry, so the home page lists them all. */
export function overflowsHeader(entries: readonly NavEntry[], max = HEADER_MAX_LINKS): boolean {
  return entries.length > max;
}
