import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The message a build's child process sends its parent once every page is on disk. */
export const PAGES_WRITTEN = 'governance-site:pages-written';

/**
 * Tells the process that started the build (scripts/build.ts, over its IPC channel) that
 * every page is written, before the other integrations' checks: it indexes them for
 * search while the links are checked, on the other core. Listed first in
 * astro.config.mjs; does nothing when Astro runs without such a parent.
 */
export function pagesWritten(): AstroIntegration {
  return {
    name: 'governance-site:pages-written',
    hooks: {
      'astro:build:done': ({ dir }) => {
        process.send?.({ type: PAGES_WRITTEN, dir: fileURLToPath(dir) });
      },
    },
  };
}
