import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from './security.ts';

/** Writes `_headers` into the built site, so hosts that read one send the security headers for real. */
export function securityHeaders(opts: { base: string; imageHosts: readonly string[] }): AstroIntegration {
  return {
    name: 'governance-site:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(opts.base, opts.imageHosts));
      },
    },
  };
}
