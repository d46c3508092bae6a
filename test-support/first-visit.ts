import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fetched } from '../src/tooling/page-weight.ts';

/**
 * What a first visit of a built page fetches: its HTML, its stylesheets and its scripts (the
 * site's own files; the browser measure of scripts/bench/page-weights.ts agrees on the pages
 * without images). `site` is a built copy (builtCopy in test-support/project.ts).
 */
export function firstVisit(site: { readonly dist: string; read(route: string): string }, route: string, basePath = '/community/'): Fetched[] {
  const html = site.read(route);
  const fetched: Fetched[] = [{ url: route, kind: 'html', body: Buffer.from(html) }];
  for (const [, tag, url] of html.matchAll(/<(link rel="stylesheet"|script)[^>]*? (?:href|src)="([^"]+)"/g)) {
    fetched.push({ url: url!, kind: tag === 'script' ? 'js' : 'css', body: readFileSync(join(site.dist, url!.slice(basePath.length))) });
  }
  return fetched;
}
