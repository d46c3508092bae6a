/** Heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Nests h2 and h3 headings into a two-level table of contents; other depths are left out. */
export function tocEntries(headings: readonly Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const h of headings) {
    // The heading's own text: the appended "#" anchor is not part of it (src/markdown/heading-anchors.ts).
    const text = h.text.trim();
    if (h.depth === 2) entries.push({ slug: h.slug, text, children: [] });
    else if (h.depth === 3) {
      const parent = entries.at(-1);
      if (parent) parent.children.push({ slug: h.slug, text, children: [] });
      else entries.push({ slug: h.slug, text, children: [] });
    }
  }
  return entries;
}

/**
 * Whether a page's text gives its own title: its first heading is a level-one heading (`# Title`,
 * perhaps under a logo or a row of badges, as a README on GitHub has), which the layout then
 * shows in place of its own.
 */
export function hasOwnTitle(headings: readonly Heading[]): boolean {
  return headings[0]?.depth === 1;
}
