import { describe, expect, it } from 'vitest';
import { checkLinks, extractPageLinks, lineMentioning } from './links.ts';

const page = (path: string, html: string) => extractPageLinks(path, html);

describe('checkLinks', () => {
  const charter = page('/community/governance/', '<h2 id="values">Values</h2><a href="/community/maintainers/">roster</a><a href="#values">v</a>');
  const files = new Set(['/community/governance/index.html', '/community/maintainers/index.html', '/community/meetings.ics']);

  it('passes links to existing pages, files and ids', () => {
    const roster = page(
      '/community/maintainers/',
      '<a href="/community/governance/#values">charter</a><a href="/community/meetings.ics">ics</a><a href="https://github.com/x">gh</a>',
    );
    expect(checkLinks([charter, roster], files, '/community/')).toEqual([]);
  });

  it('names both ends of a link to a missing page', () => {
    const roster = page('/community/maintainers/', '<a href="/community/nope/">x</a>');
    expect(checkLinks([charter, roster], files, '/community/')).toEqual([
      { page: '/community/maintainers/', href: '/community/nope/', message: 'leads to /community/nope/, which is not a page or file of the built site' },
    ]);
  });

  it('names the missing #fragment and the ids that do exist', () => {
    const roster = page('/community/maintainers/', '<a href="../governance/#valuez">x</a>');
    const [problem] = checkLinks([charter, roster], files, '/community/');
    expect(problem?.message).toContain('has no heading or element with id "valuez"');
    expect(problem?.message).toContain('values');
  });

  it('flags a same-page fragment with no target', () => {
    const p = page('/community/governance/', '<h2 id="a">A</h2><a href="#b">b</a>');
    expect(checkLinks([p], files, '/community/')[0]?.message).toContain('id "b"');
  });

  it('flags a root-absolute link that forgets the base path', () => {
    const p = page('/community/governance/', '<a href="/maintainers/">x</a>');
    expect(checkLinks([p], files, '/community/')[0]?.message).toContain("outside the site's base path");
  });
});

describe('lineMentioning', () => {
  it('finds the line of the link in the source', () => {
    expect(lineMentioning('a\nsee [x](./governance.mdx#valuez)\n', '/community/governance/#valuez')).toBe(2);
  });
});
