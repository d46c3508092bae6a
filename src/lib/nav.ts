/** The header navigation: docs (ordered by their `order` frontmatter) and the data-driven pages. */
export interface NavEntry {
  label: string;
  route: string;
  order: number;
}

export interface NavLink extends NavEntry {
  current: boolean;
}

/** Pages that are not docs; each has its own page in src/pages/. */
export const APP_PAGES: readonly NavEntry[] = [
  { label: 'Maintainers', route: '/maintainers/', order: 20 },
  { label: 'Meetings', route: '/meetings/', order: 30 },
];

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
