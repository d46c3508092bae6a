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

  it('flags a root-absolute link that forgets the base path, offering the path under the base only when something is there', () => {
    const roster = page('/community/maintainers/', '');
    const p = page('/community/x/', '<a href="/maintainers/">x</a><a href="/LICENSE">l</a>');
    expect(checkLinks([charter, roster, p], files, '/community/').map((x) => x.message)).toEqual([
      "leads outside the site's base path /community/; write it as /community/maintainers/",
      "leads outside the site's base path /community/, and no page or file of the site is there either",
    ]);
  });
});

describe('lineMentioning', () => {
  it('finds the line of the link in the source', () => {
    expect(lineMentioning('a\nsee [x](./governance.mdx#valuez)\n', '/community/governance/#valuez')).toBe(2);
    // The plugin lowercased the fragment the doc writes in capitals.
    expect(lineMentioning('a\nsee the governance page\nsee [x](./governance.mdx#Valuez)\n', '/community/governance/#valuez')).toBe(3);
  });
});

describe('what a missing #fragment should have been', () => {
  // A charter with more headings than a short list shows; the one meant is far down the page.
  const ids = [
    'preamble',
    'scope',
    'values',
    'membership',
    'roles',
    'contributors',
    'reviewers',
    'maintainers',
    'maintainer-council',
    'voting',
    'quorum',
    'elections',
    'terms',
    'responsibilities-and-privileges',
    'removing-a-maintainer',
  ];
  // Its layout's ids (the search box, the main landmark) come first on the page and are never what a link means.
  const charter = page('/community/governance/', `<main id="main"><input id="site-search-q">${ids.map((id) => `<h2 id="${id}">${id}</h2>`).join('')}</main>`);
  const files = new Set(['/community/governance/index.html']);
  const linking = (href: string) => checkLinks([charter, page('/community/x/', `<a href="${href}">x</a>`)], files, '/community/');

  it('names the id that differs only in case', () => {
    expect(linking('/community/governance/#Responsibilities-and-privileges')).toEqual([
      {
        page: '/community/x/',
        href: '/community/governance/#Responsibilities-and-privileges',
        message:
          'leads to /community/governance/, which has no heading or element with id "Responsibilities-and-privileges"; write #responsibilities-and-privileges, as the id is written',
      },
    ]);
  });

  it('names the nearest ids, wherever on the page they are', () => {
    expect(linking('/community/governance/#removing-maintainers')[0]?.message).toBe(
      'leads to /community/governance/, which has no heading or element with id "removing-maintainers" (the nearest ids there: removing-a-maintainer, maintainers, reviewers, contributors, elections)',
    );
  });
});
