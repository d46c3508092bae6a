import type { Features, HastPluginEntry, MdastPluginEntry } from 'satteri';
import type { RepoLinkOptions } from '../site/repo-links.ts';
import { externalLinks } from './external-links.ts';
import { headingAnchors } from './heading-anchors.ts';
import { repoLinks } from './rewrite-repo-links.ts';

/**
 * The site's markdown pipeline, as options for Astro's Sätteri processor
 * (`satteri(markdownPipeline(…))` in astro.config.mjs; MDX inherits it). Sätteri
 * parses and compiles in Rust: the JavaScript unified/micromark MDX compile was most
 * of a 1,000-doc build's time and memory (BENCHMARKS.md). One plugin a file, here.
 */
export function markdownPipeline(links: RepoLinkOptions): { mdastPlugins: MdastPluginEntry[]; hastPlugins: HastPluginEntry[]; features: Features } {
  return {
    mdastPlugins: [repoLinks(links)],
    hastPlugins: [headingAnchors(), externalLinks()],
    // GFM (tables, autolinks) on; smart punctuation off: the charter's wording is kept as written.
    features: { gfm: true, smartPunctuation: false },
  };
}
