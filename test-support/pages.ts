import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { basePath, loadSiteConfig } from '../src/site/config.ts';
import { FIXTURE_CONTENT, fixtureSite, projectRoot } from './project.ts';

export interface BuiltPage {
  /** Site path as a browser requests it, e.g. "/community/governance/" or "/community/404.html". */
  route: string;
  /** The HTML file in dist/. */
  file: string;
  /** A file-name-safe name for screenshots, e.g. "governance" or "home". */
  name: string;
}

/**
 * Every HTML page of a built site (the fixture site's by default), found by walking dist/:
 * pages added by any branch (a roster, meetings) are covered without being listed anywhere.
 * The fixture site is served under the same base path as content/site.yaml gives.
 */
export function builtPages(built?: string): BuiltPage[] {
  const dist = built ?? fixtureSite().dist;
  const base = basePath(loadSiteConfig(built ? projectRoot : join(projectRoot, FIXTURE_CONTENT, '..')));
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = join(dir, entry);
      return statSync(full).isDirectory() ? walk(full) : entry.endsWith('.html') ? [full] : [];
    });
  return walk(dist)
    .map((file) => {
      const path = relative(dist, file).split('\\').join('/');
      const route = base + path.replace(/(^|\/)index\.html$/, '$1');
      const name =
        path
          .replace(/(^|\/)index\.html$/, '')
          .replace(/\.html$/, '')
          .replace(/\/$/, '')
          .replace(/[^a-z0-9]+/gi, '-') || 'home';
      return { route, file, name };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
