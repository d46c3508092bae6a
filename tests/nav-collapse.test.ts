import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_MAX_LINKS } from '../src/site/nav.ts';
import { ProjectCopy } from '../test-support/project.ts';

/**
 * The fixture site (tests/fixtures/site/content, five pages in the header) with more pages
 * than the header holds: the header lists the first ones and "All pages", and the home page
 * lists every page.
 */
let copy: ProjectCopy;
const extra = ['Release process', 'Security policy', 'Trademarks', 'Vendor neutrality'];

beforeAll(() => {
  copy = new ProjectCopy().withFixtureContent();
  extra.forEach((title, i) => {
    const id = title.toLowerCase().replace(/ /g, '-');
    copy.write(
      `content/docs/${id}.mdx`,
      `---\ntitle: ${title}\ndescription: About ${title.toLowerCase()}.\norder: ${60 + i}\n---\n\n## Scope\n\nSee [the charter](./governance.mdx).\n`,
    );
  });
  const r = copy.build();
  if (r.status !== 0) throw new Error(`the enlarged copy did not build:\n${r.output}`);
});
afterAll(() => copy?.dispose());

const headerLinks = (html: string) =>
  [...(/<nav aria-label="Main">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '').matchAll(/<a href="([^"]*)"( aria-current="page")?>([^<]*)<\/a>/g)].map((m) => ({
    href: m[1],
    current: Boolean(m[2]),
    label: m[3],
  }));

describe('a site with more pages than the header holds', () => {
  it('lists the first pages by order in the header, then "All pages", on every page', () => {
    const links = headerLinks(copy.read('dist/governance/index.html'));
    expect(links).toHaveLength(HEADER_MAX_LINKS);
    expect(links.map((l) => l.label)).toEqual([
      'Charter',
      'Maintainers',
      'Meetings',
      'Code of Conduct',
      'Contributing',
      'Release process',
      'Security policy',
      'All pages',
    ]);
    expect(links.at(-1)).toEqual({ href: '/community/#all-pages', current: false, label: 'All pages' });
    // A page past the first ones: in no header link, and none claims to be it.
    expect(headerLinks(copy.read('dist/vendor-neutrality/index.html')).some((l) => l.current)).toBe(false);
  });

  it('lists every page, in order, on the home page where "All pages" leads (the build checked that the #fragment exists)', () => {
    const home = copy.read('dist/index.html');
    const list = /<h2 id="all-pages">All pages<\/h2>\s*<ul>([\s\S]*?)<\/ul>/.exec(home)?.[1] ?? '';
    expect([...list.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`)).toEqual([
      'Charter /community/governance/',
      'Maintainers /community/maintainers/',
      'Meetings /community/meetings/',
      'Code of Conduct /community/code-of-conduct/',
      'Contributing /community/contributing/',
      'Release process /community/release-process/',
      'Security policy /community/security-policy/',
      'Trademarks /community/trademarks/',
      'Vendor neutrality /community/vendor-neutrality/',
    ]);
  });
});
