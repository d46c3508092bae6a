import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, REFERRER_POLICY, securityHeaders } from '../src/site/security.ts';
import { headersForPath, parseHeadersFile } from '../test-support/headers.ts';
import { loadSiteConfig } from '../src/site/config.ts';
import { builtPages } from '../test-support/pages.ts';
import { FIXTURE_CONTENT, fixtureSite, projectRoot } from '../test-support/project.ts';

/** What every built page of the fixture site carries for safety, read from its dist/ (pages found there, not listed). */
interface Tag {
  name: string;
  attrs: Record<string, string>;
  line: number;
}

function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  let line = 1;
  let read = 0;
  const parser = new Parser({
    onopentag(name, attrs) {
      line += (html.slice(read, parser.startIndex).match(/\n/g) ?? []).length;
      read = parser.startIndex;
      tags.push({ name, attrs, line });
    },
  });
  parser.write(html);
  parser.end();
  return tags;
}

/** Whether a <script> runs as code (a data block such as type="application/json" does not, and the CSP ignores it). */
const runs = (attrs: Record<string, string>) => {
  const type = (attrs.type ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || /^(text|application)\/(x-)?(javascript|ecmascript)/.test(type);
};

const pages = builtPages().map((p) => ({ ...p, tags: tagsOf(readFileSync(p.file, 'utf8')) }));
const site = loadSiteConfig(join(projectRoot, FIXTURE_CONTENT, '..'));
const siteHost = new URL(site.url).host;

describe('every built page', () => {
  it('opens <head> with the Content-Security-Policy, before anything it governs', () => {
    for (const page of pages) {
      const index = page.tags.findIndex((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
      expect(index, `${page.route} has no CSP <meta>`).toBeGreaterThan(-1);
      expect(page.tags[index]!.attrs.content).toBe(contentSecurityPolicy('meta'));
      const governed = page.tags.findIndex((t) => ['link', 'script', 'style', 'img'].includes(t.name));
      expect(index, `${page.route}: the CSP <meta> comes after a <${page.tags[governed]?.name}>`).toBeLessThan(governed);
      expect(page.tags.find((t) => t.name === 'meta' && t.attrs.name === 'referrer')?.attrs.content, page.route).toBe(REFERRER_POLICY);
    }
  });

  it('has no inline script, event handler or style attribute for the policy to block', () => {
    const inline = pages.flatMap((page) =>
      page.tags.flatMap((t) => [
        ...(t.name === 'script' && !t.attrs.src && runs(t.attrs) ? [`${page.route}:${t.line} inline <script>`] : []),
        ...Object.keys(t.attrs)
          .filter((a) => /^on/i.test(a) || a === 'style')
          .map((a) => `${page.route}:${t.line} <${t.name} ${a}=…>`),
        ...(t.attrs.href?.trim().toLowerCase().startsWith('javascript:') ? [`${page.route}:${t.line} javascript: link`] : []),
      ]),
    );
    expect(inline).toEqual([]);
  });

  it('gives every link to another host rel="noopener"', () => {
    const bare = pages.flatMap((page) =>
      page.tags
        .filter((t) => (t.name === 'a' || t.name === 'area') && /^(https?:)?\/\//i.test(t.attrs.href ?? ''))
        .filter((t) => new URL(t.attrs.href!, site.url).host !== siteHost)
        .filter((t) => !(t.attrs.rel ?? '').split(/\s+/).includes('noopener'))
        .map((t) => `${page.route}:${t.line} ${t.attrs.href}`),
    );
    expect(bare).toEqual([]);
    // The charter's own links to GitHub are among those checked.
    expect(pages.find((p) => p.name === 'governance')!.tags.some((t) => t.name === 'a' && t.attrs.href?.startsWith('https://github.com/'))).toBe(true);
  });
});

describe('dist/_headers', () => {
  it('sends the same policy, and the headers a <meta> cannot carry, for every page', () => {
    const rules = parseHeadersFile(readFileSync(join(fixtureSite().dist, '_headers'), 'utf8'));
    for (const page of pages) expect(headersForPath(rules, page.route), page.route).toEqual(securityHeaders());
    const header = securityHeaders()['Content-Security-Policy'];
    for (const directive of contentSecurityPolicy('meta').split('; ')) expect(header).toContain(directive);
  });
});
