import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { Parser } from 'htmlparser2';
import { hasSchemeOrHost } from '../site/hrefs.ts';

/**
 * Checks every internal link and #fragment in the built site: a link to a page,
 * file or heading that does not exist is an error naming both ends.
 */
export interface PageLinks {
  /** Site path of the page, e.g. "/community/governance/". */
  path: string;
  ids: Set<string>;
  /** The ids of its headings (h1-h6), the targets a #fragment most often means. */
  headingIds: Set<string>;
  links: { href: string; tag: string }[];
}

export interface LinkProblem {
  page: string;
  href: string;
  message: string;
}

export function extractPageLinks(path: string, html: string): PageLinks {
  const ids = new Set<string>();
  const headingIds = new Set<string>();
  const links: PageLinks['links'] = [];
  const parser = new Parser({
    onopentag(tag, attrs) {
      if (attrs.id) ids.add(attrs.id);
      if (attrs.id && /^h[1-6]$/.test(tag)) headingIds.add(attrs.id);
      if (tag === 'a' && attrs.name) ids.add(attrs.name);
      const href = tag === 'a' || tag === 'area' || tag === 'link' ? attrs.href : tag === 'script' || tag === 'img' || tag === 'source' ? attrs.src : undefined;
      if (href === undefined) return;
      // The canonical and alternate links name the public URL, not a file in this build.
      if (tag === 'link' && /\b(canonical|alternate)\b/.test(attrs.rel ?? '')) return;
      links.push({ href, tag });
    },
  });
  parser.write(html);
  parser.end();
  return { path, ids, headingIds, links };
}

/** Reads all HTML files under `dir`, with each file's site path under `base`. */
export function readBuiltPages(dir: string, base: string): { pages: PageLinks[]; files: Set<string> } {
  const files = new Set<string>();
  const pages: PageLinks[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const sitePath = `${base.replace(/\/$/, '')}/${relative(dir, full).split('\\').join('/')}`;
        files.add(sitePath);
        if (name.endsWith('.html')) pages.push(extractPageLinks(sitePath.replace(/index\.html$/, ''), readFileSync(full, 'utf8')));
      }
    }
  };
  walk(dir);
  return { pages, files };
}

export function checkLinks(pages: readonly PageLinks[], files: ReadonlySet<string>, base: string): LinkProblem[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const problems: LinkProblem[] = [];
  const origin = 'http://site.invalid';
  for (const page of pages) {
    for (const { href } of page.links) {
      if (hasSchemeOrHost(href)) continue; // another scheme or host: not ours to check
      const url = new URL(href, origin + page.path);
      const path = decodeURIComponent(url.pathname);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!path.startsWith(base)) {
        const based = `${base}${path.replace(/^\//, '')}`;
        const exists = byPath.has(based) || byPath.has(`${based}/`) || files.has(based);
        // The same path under the base is the fix only when something is there.
        problems.push({
          page: page.path,
          href,
          message: `leads outside the site's base path ${base}${exists ? `; write it as ${based}` : ', and no page or file of the site is there either'}`,
        });
        continue;
      }
      const target = byPath.get(path) ?? byPath.get(path.endsWith('/') ? path : `${path}/`);
      if (!target) {
        if (!files.has(path)) problems.push({ page: page.path, href, message: `leads to ${path}, which is not a page or file of the built site` });
        else if (fragment) problems.push({ page: page.path, href, message: `has a #fragment but ${path} is not a page` });
        continue;
      }
      if (fragment && !target.ids.has(fragment)) {
        problems.push({
          page: page.path,
          href,
          message: `leads to ${target.path}, which has no heading or element with id "${fragment}"${idAdvice(fragment, target.ids, target.headingIds)}`,
        });
      }
    }
  }
  return problems;
}

/**
 * What to write instead of a missing #fragment: the id that differs only in case (GitHub's
 * page script finds `#Heading-Name` case-insensitively; a browser does not), else the ids
 * nearest it by edit distance, not the page's first few, which may not hold the right one.
 */
export function idAdvice(fragment: string, ids: ReadonlySet<string>, headingIds: ReadonlySet<string> = new Set()): string {
  const sameButCase = [...ids].find((id) => id.toLowerCase() === fragment.toLowerCase());
  // Headings first: the page's other ids (its search box, its layout) are seldom what a link means.
  const candidates = headingIds.size > 0 ? [...headingIds] : [...ids].filter((id) => !id.startsWith('astro-'));
  if (sameButCase) return `; write #${sameButCase}, as the id is written`;
  const nearest = candidates
    .map((id) => ({ id, d: distance(fragment.toLowerCase(), id.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, NEAREST_IDS)
    .map((c) => c.id);
  return nearest.length ? ` (the nearest ids there: ${nearest.join(', ')})` : ' (it has no ids)';
}

const NEAREST_IDS = 5;

/** First line (1-based) of `source` that mentions the link, to point the reader at it. */
export function lineMentioning(source: string, href: string): number | undefined {
  const hash = href.indexOf('#');
  const needles = [href, hash >= 0 ? href.slice(hash) : '', href.split('#')[0]!.split('/').filter(Boolean).pop() ?? ''].filter((n) => n.length > 1);
  // Case aside: the markdown plugin writes a doc's #Fragment in lowercase, as its heading's id.
  const lines = source.toLowerCase().split('\n');
  for (const needle of needles.map((n) => n.toLowerCase())) {
    const i = lines.findIndex((l) => l.includes(needle));
    if (i >= 0) return i + 1;
  }
  return undefined;
}
