import GithubSlugger from 'github-slugger';
import type { Element } from 'hast';
import type { HastPluginEntry } from 'satteri';

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** A heading as Astro's render() reports it (Astro's MarkdownHeading). */
interface CollectedHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * Hast plugin: gives every heading a GitHub-style id (github-slugger over its text,
 * as GitHub and the seed charter's own table of contents have them) and appends a
 * `#` link to it, hidden from assistive technology and from the tab order (the
 * table of contents is the keyboard way in).
 *
 * Astro runs its own heading collector after the user's hast plugins, so it would
 * read each heading's text with the appended `#`. The headings this plugin saw,
 * before appending, are the ones Astro hands to render(): they are kept on the
 * compile's `data.astro.headings`, which Astro's collector may assign but not replace.
 */
export function headingAnchors(): HastPluginEntry {
  return ({ data }) => {
    const slugger = new GithubSlugger();
    const headings: CollectedHeading[] = [];
    const astro = data.astro as { headings?: unknown } | undefined;
    if (astro) {
      Object.defineProperty(astro, 'headings', {
        configurable: true,
        enumerable: true,
        get: () => headings,
        set: () => {},
      });
    }
    return {
      name: 'heading-anchors',
      element: {
        filter: HEADING_TAGS,
        visit(node, ctx) {
          const text = ctx.textContent(node);
          const existing = node.properties?.id;
          const slug = typeof existing === 'string' ? existing : slugger.slug(text);
          headings.push({ depth: Number(node.tagName.slice(1)), slug, text });
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', slug);
          ctx.appendChild(node, anchorFor(slug));
        },
      },
    };
  };
}

function anchorFor(slug: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1, href: `#${slug}` },
    children: [{ type: 'text', value: '#' }],
  };
}
