// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { loadSiteConfig, basePath } from './src/site/config.ts';
import { siteMarkdown } from './src/markdown/pipeline.ts';
import { linkCheck } from './src/checks/links-integration.ts';
import { startBuildLinkLog } from './src/markdown/rewrite-repo-links.ts';
import { securityHeaders } from './src/site/security-headers.ts';
import { repositoryImages } from './src/markdown/served-images.ts';
import { charterSectionNotes } from './src/mdx/section-figures.ts';

const root = fileURLToPath(new URL('./', import.meta.url));
const site = loadSiteConfig(root);
const base = basePath(site);
const docsDir = 'content/docs';
// The docs' links that lead nowhere, put here by the markdown plugin and reported by the link
// check with those of the built pages: one build names every broken link of every file.
const unplaced = startBuildLinkLog();

export default defineConfig({
  site: site.url,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Static HTML only: no prefetch or client router scripts on first visit.
  prefetch: false,
  devToolbar: { enabled: false },
  // The markdown processor and its settings: src/markdown/pipeline.ts.
  // A plain Markdown charter gets each vote rule's figures beside the section that states it (src/mdx/section-figures.ts).
  markdown: siteMarkdown(
    { root, docsDir, fileRoutes: site.repositoryFileRoutes, base, repository: site.repository, branch: site.branch, unplaced },
    charterSectionNotes(root),
  ),
  integrations: [
    mdx(),
    sitemap(),
    // Before the link check, which finds the images it copies.
    repositoryImages({ root, base }),
    linkCheck({ root, base, docsDir, unplaced }),
    securityHeaders({ base, imageHosts: site.imageHosts }),
  ],
  vite: {
    build: {
      // Scripts ship as files, never inline: the Content-Security-Policy (src/site/security.ts)
      // allows scripts from this site only, with no 'unsafe-inline' and no per-page hashes.
      assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined),
      rolldownOptions: {
        // Astro's MDX output carries a directive the bundler cannot keep and warns
        // about on every doc; it is harmless, and the noise hides real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
