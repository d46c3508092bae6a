import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../test-support/project.ts';

/**
 * What the built site must hold, read from dist/ as a browser would receive it: the
 * fixture site (tests/fixtures/site/content), so that a change to content/ breaks no test.
 */
const site = fixtureSite();
const readBuilt = (route: string) => site.read(route);
/** The headings of the fixture charter, which its own list of contents links to. */
const CHARTER_HEADING_IDS = [
  'values',
  'maintainers',
  'becoming-a-maintainer',
  'removing-a-maintainer',
  'meetings',
  'code-of-conduct',
  'modifying-this-charter',
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

describe('the built site', () => {
  const dist = site.dist;

  it('has the home page, the charter, the code of conduct, the 404 page and a sitemap', () => {
    for (const file of [
      'index.html',
      'governance/index.html',
      'code-of-conduct/index.html',
      '404.html',
      'sitemap-index.xml',
      'maintainers/index.html',
      'meetings/index.html',
    ]) {
      expect(statSync(join(dist, file)).isFile(), file).toBe(true);
    }
    expect(readBuilt('sitemap-0.xml')).toContain('https://governance.example.org/community/governance/');
  });

  it("gives the charter's headings the ids its list of contents links to", () => {
    const html = readBuilt('governance/');
    for (const id of CHARTER_HEADING_IDS) expect(html, id).toContain(`id="${id}"`);
    // and the charter's own table of contents still points at them
    for (const id of CHARTER_HEADING_IDS.filter((id) => id !== 'removing-a-maintainer')) expect(html).toContain(`href="#${id}"`);
  });

  it('turns repository links into site routes and lets no .md link through', () => {
    const html = readBuilt('governance/');
    expect(html).toContain('href="/community/maintainers/"');
    expect(html).toContain('href="/community/code-of-conduct/"');
    for (const file of htmlFiles(dist)) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/href="(?!https?:)[^"]*\.mdx?(#[^"]*)?"/);
    }
  });

  it('gives every page exactly one h1, its own title, a description, a canonical URL and Open Graph tags (the 404 page no canonical URL)', () => {
    const titles = new Set<string>();
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      expect(html.match(/<h1[\s>]/g)?.length, file).toBe(1);
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
      expect(title, file).toBeTruthy();
      expect(titles.has(title!), `${file} repeats the title "${title}"`).toBe(false);
      titles.add(title!);
      expect(html, file).toMatch(/<meta name="description" content="[^"]{20,}"/);
      for (const prop of ['og:title', 'og:description', 'og:type']) expect(html, `${file} ${prop}`).toContain(`property="${prop}"`);
      if (file.endsWith(`${sep}404.html`)) {
        // An error page has no address of its own: a canonical …/404/ would point at a page that does not exist.
        expect(html, file).toContain('<meta name="robots" content="noindex">');
        expect(html, file).not.toMatch(/rel="canonical"|property="og:url"/);
        continue;
      }
      expect(html, file).toMatch(/<link rel="canonical" href="https:\/\/governance\.example\.org\/community\/[^"]*"/);
      expect(html, file).toContain('property="og:url"');
    }
  });

  it('loads nothing from another host', () => {
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<(script|img|iframe|source)[^>]+src="(https?:)?\/\//);
      expect(html, file).not.toMatch(/<link(?![^>]*rel="(canonical|alternate)")[^>]+href="(https?:)?\/\//);
      expect(html, file).not.toMatch(/@import|fonts\.googleapis/);
    }
  });

  it('marks the current page in the navigation and links each page to its source on GitHub', () => {
    const html = readBuilt('governance/');
    expect(html).toMatch(/<a href="\/community\/governance\/" aria-current="page">Charter<\/a>/);
    expect(html).toContain('href="https://github.com/example-org/community/edit/main/content/docs/governance.mdx"');
    expect(html).toContain('class="skip-link"');
    expect(html).toMatch(/<nav class="toc"/);
  });

  it('lists every page in the header, and so no "All pages" list on the home page', () => {
    const header = /<nav aria-label="Main">([\s\S]*?)<\/nav>/.exec(readBuilt('governance/'))?.[1] ?? '';
    expect([...header.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1])).toEqual(['Charter', 'Maintainers', 'Meetings', 'Code of Conduct', 'Contributing']);
    expect(readBuilt('index.html')).not.toContain('id="all-pages"');
  });

  it('gives external links rel="noopener"', () => {
    const html = readBuilt('governance/');
    expect(html).toMatch(/<a href="https:\/\/github\.com\/example-org\/spec" rel="noopener">/);
  });
});
