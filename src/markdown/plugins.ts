import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { Element } from 'hast';
import type { Features, HastPluginEntry, MdastPluginEntry } from 'satteri';
import { isExternalHref } from '../site/hrefs.ts';
import { resolveRepoLink, type RepoLinkOptions } from '../site/repo-links.ts';

/**
 * The site's markdown pipeline, as options for Astro's Sätteri processor
 * (`satteri(markdownPipeline(…))` in astro.config.mjs; MDX inherits it). Sätteri
 * parses and compiles in Rust: the JavaScript unified/micromark MDX compile was most
 * of a 1,000-doc build's time and memory (BENCHMARKS.md).
 */
export function markdownPipeline(links: RepoLinkOptions): { mdastPlugins: MdastPluginEntry[]; hastPlugins: HastPluginEntry[]; features: Features } {
  return {
    mdastPlugins: [repoLinks(links)],
    hastPlugins: [headingAnchors(), externalLinks()],
    // GFM (tables, autolinks) on; smart punctuation off: the charter's wording is kept as written.
    features: { gfm: true, smartPunctuation: false },
  };
}

/**
 * Mdast plugin: rewrites repository-relative links in docs (`../../MAINTAINERS.md`,
 * `./code-of-conduct.mdx#x`) to site routes, keeping the #fragment, and stops the
 * build on a link it cannot place, naming the file and line of every such link at once.
 */
export function repoLinks(opts: RepoLinkOptions): MdastPluginEntry {
  return ({ fileURL }) => {
    const fromFile = fileURL ? relative(opts.root, fileURLToPath(fileURL)).split('\\').join('/') : '(unknown file)';
    const errors: string[] = [];
    const place = (node: { url: string; position?: { start: { line: number } } | undefined }, setUrl: (href: string) => void) => {
      const result = resolveRepoLink(node.url, fromFile, opts);
      if (result.kind === 'rewritten') setUrl(result.href);
      if (result.kind === 'error') errors.push(`${fromFile}:${node.position?.start.line ?? '?'}: ${result.message}`);
    };
    return {
      name: 'repo-links',
      // Line numbers for the error messages.
      options: { position: true },
      link(node, ctx) {
        place(node, (href) => ctx.setProperty(node, 'url', href));
      },
      definition(node, ctx) {
        place(node, (href) => ctx.setProperty(node, 'url', href));
      },
      after() {
        if (errors.length > 0) throw new Error(`Broken link${errors.length > 1 ? 's' : ''} in ${fromFile}:\n${errors.join('\n')}`);
      },
    };
  };
}

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

/** Hast plugin: links to other hosts get rel="noopener", so they are not handed window.opener. */
export function externalLinks(): HastPluginEntry {
  return {
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && isExternalHref(href)) ctx.setProperty(node, 'rel', ['noopener']);
      },
    },
  };
}
