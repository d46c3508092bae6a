import { satteri } from '@astrojs/markdown-satteri';
import type { Features, HastPluginEntry, MdastPluginEntry } from 'satteri';
import type { RepoLinkOptions } from '../site/repo-links.ts';
import { authorHtml } from './author-html.ts';
import { externalLinks } from './external-links.ts';
import { githubAlertMarkers, githubAlerts } from './github-alerts.ts';
import { headingAnchors } from './heading-anchors.ts';
import { mdxCodeGuard } from './mdx-code-guard.ts';
import { repoHtmlLinks, repoLinks } from './rewrite-repo-links.ts';
import { repositoryImageElements, repositoryImagePaths } from './repository-images.ts';
import { sectionNotes, type SectionNote } from './section-notes.ts';
import { taskListItems } from './task-lists.ts';

/**
 * The site's markdown pipeline, as options for Astro's Sätteri processor
 * (`satteri(markdownPipeline(…))` in astro.config.mjs; MDX inherits it). Sätteri
 * parses and compiles in Rust: the JavaScript unified/micromark MDX compile was most
 * of a 1,000-doc build's time and memory (BENCHMARKS.md). One plugin a file, here.
 */
/** Lines the site adds after headings of a file (the figures of the vote rules beside a plain Markdown charter's sections), by heading id. */
export type SectionNotesOf = (file: string) => ReadonlyMap<string, readonly SectionNote[]> | undefined;

export function markdownPipeline(
  links: RepoLinkOptions,
  notesFor?: SectionNotesOf,
): { mdastPlugins: MdastPluginEntry[]; hastPlugins: HastPluginEntry[]; features: Features } {
  return {
    // MDX that would run code stops the compile first. Image paths before links: a link's path must name a page, an image's an image.
    mdastPlugins: [mdxCodeGuard(links.root), repositoryImagePaths(links), repoLinks(links), githubAlertMarkers()],
    // Author HTML first: what the site's own plugins add after it is not author HTML.
    hastPlugins: [
      authorHtml(),
      repoHtmlLinks(links),
      repositoryImageElements(links),
      githubAlerts(),
      taskListItems(),
      ...(notesFor ? [sectionNotes({ root: links.root, notesFor })] : []),
      headingAnchors(),
      externalLinks(),
    ],
    // GFM (tables, autolinks) on; smart punctuation off: the charter's wording is kept as written.
    // Raw HTML read into elements, for authorHtml to keep what GitHub keeps.
    features: { gfm: true, smartPunctuation: false, rawHtml: true },
  };
}

/**
 * Astro's `markdown` settings for this site, stated once: astro.config.mjs gives them to
 * Astro, and src/markdown/render.ts renders meeting records with the same processor.
 */
export function siteMarkdown(links: RepoLinkOptions, notesFor?: SectionNotesOf) {
  return {
    // Plain <pre><code>: Shiki colours code with style attributes, which the CSP forbids,
    // and the YAML and shell examples of the guide read well without colour.
    syntaxHighlight: false as const,
    // Sätteri (Rust, Astro's default) with the repository-link, heading-anchor and
    // external-link plugins; MDX inherits it.
    processor: satteri(markdownPipeline(links, notesFor)),
  };
}
