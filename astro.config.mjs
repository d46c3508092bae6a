// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import { loadSiteConfig, basePath } from './src/lib/site-config.ts';
import { remarkRepoLinks } from './src/lib/remark-repo-links.ts';
import { linkCheck } from './src/integrations/link-check.ts';

const root = fileURLToPath(new URL('./', import.meta.url));
const site = loadSiteConfig(root);
const base = basePath(site);
const docsDir = 'content/docs';

export default defineConfig({
  site: site.url,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Static HTML only: no prefetch or client router scripts on first visit.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      remarkPlugins: [[remarkRepoLinks, { root, docsDir, fileRoutes: site.repositoryFileRoutes, base }]],
      rehypePlugins: [
        rehypeHeadingIds,
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'append',
            properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
            content: { type: 'text', value: '#' },
          },
        ],
        // Links to other hosts must not hand them window.opener.
        [rehypeExternalLinks, { rel: ['noopener'] }],
      ],
      smartypants: false,
    }),
  },
  integrations: [mdx(), sitemap(), linkCheck({ root, base, docsDir })],
  vite: {
    build: {
      // Small scripts stay external files: a CSP without 'unsafe-inline' would block inlined ones.
      assetsInlineLimit: 0,
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
