import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitFixture } from '../test-support/git-fixture.ts';
import { htmlFilesUnder } from '../test-support/html-validation.ts';
import { ProjectCopy } from '../test-support/project.ts';

/**
 * The governance record's feed as the build writes it, on a copy with the fixture content
 * (tests/fixtures/site/content) whose roster is
 * made for the test (maintainers with and without `since` and `emeritusSince`) and
 * which is a git repository of its own, with one amendment of the charter's words.
 * The copy is built twice; a reader subscribed to the first build must find the
 * same items, ids and dates in the second, and the same bytes. Every page links the
 * feed (footer and <head>), and the build's own link check passes with those links.
 */
const ROSTER: Record<string, string> = {
  'ada-lovelace': 'handle: ada-lovelace\nname: Ada Lovelace\naffiliation: Example Corp\nstatus: active\nsince: 2025-07-01\n',
  grace: 'handle: grace\nstatus: emeritus\nsince: 2024-01-15\nemeritusSince: 2026-03-11\n',
  'Zed-Case': 'handle: Zed-Case\nstatus: active\nsince: 2026-03-11\n',
  // No dates known: on the roster, not in the feed.
  linus: 'handle: linus\nstatus: active\n',
};

describe('the governance feed of a built site', () => {
  let copy: ProjectCopy;
  let amendment: string;
  let first: string;
  let second: string;
  beforeAll(() => {
    // The fixture content, its roster and decisions replaced by the test's own.
    copy = new ProjectCopy().withFixtureContent();
    copy.remove('content/maintainers');
    copy.remove('content/decisions');
    for (const [handle, yaml] of Object.entries(ROSTER)) copy.write(`content/maintainers/${handle}.yaml`, yaml);
    const repo = new GitFixture(copy.dir).init();
    writeFileSync(copy.path('.git/info/exclude'), 'node_modules\n');
    repo.commit('The governance site', '2026-01-10T09:00:00+00:00');
    copy.edit('content/docs/governance.mdx', 'Maintainers may resign at any time if', 'Maintainers may resign at any time, by opening an issue, if');
    amendment = repo.commit('Resignation by issue (#7)', '2026-04-01T10:00:00+02:00');
    const built = copy.build();
    if (built.status !== 0) throw new Error(`the fixture site did not build:\n${built.output}`);
    first = copy.read('dist/governance.xml');
    renameSync(copy.path('dist'), copy.path('dist-first'));
    const again = copy.build();
    if (again.status !== 0) throw new Error(`the second build failed:\n${again.output}`);
    second = copy.read('dist/governance.xml');
  }, 400_000); // two whole builds, beside the other test files' builds
  afterAll(() => copy?.dispose());

  it('reads back as RSS with one item per dated event, newest first, each linking to its page', async () => {
    const feed = await new Parser().parseString(first);
    expect(feed.title).toBe('Example governance record');
    expect(feed.link).toBe('https://governance.example.org/community/');
    // The amendment, dated by its commit, links to its diff.
    const [amended] = feed.items;
    expect([amended?.isoDate, amended?.guid, amended?.title]).toEqual([
      '2026-04-01T08:00:00.000Z',
      `charter-amendment:${amendment}`,
      'Charter amended: Resignation by issue (#7)',
    ]);
    expect(amended?.link).toMatch(new RegExp(`^https://governance\\.example\\.org/community/governance/history/${amendment.slice(0, 7)}[0-9a-f]*/$`));
    const diffPage = new URL(amended!.link!).pathname.replace('/community/', 'dist/');
    expect(copy.exists(`${diffPage}index.html`), diffPage).toBe(true);
    // The maintainers, each linking to their entry on the roster page.
    expect(feed.items.slice(1).map((i) => [i.isoDate, i.guid, i.title, i.link])).toEqual([
      [
        '2026-03-11T00:00:00.000Z',
        'maintainer:grace:emeritus',
        '@grace became an emeritus maintainer',
        'https://governance.example.org/community/maintainers/#maintainer-grace',
      ],
      [
        '2026-03-11T00:00:00.000Z',
        'maintainer:zed-case:joined',
        '@Zed-Case became a maintainer',
        'https://governance.example.org/community/maintainers/#maintainer-zed-case',
      ],
      [
        '2025-07-01T00:00:00.000Z',
        'maintainer:ada-lovelace:joined',
        '@ada-lovelace (Ada Lovelace, Example Corp) became a maintainer',
        'https://governance.example.org/community/maintainers/#maintainer-ada-lovelace',
      ],
      [
        '2024-01-15T00:00:00.000Z',
        'maintainer:grace:joined',
        '@grace became a maintainer',
        'https://governance.example.org/community/maintainers/#maintainer-grace',
      ],
    ]);
    // The guids are ids, not addresses; the channel is dated by the newest item.
    expect(first.match(/<guid isPermaLink="false">/g)).toHaveLength(5);
    expect(first).toContain('<lastBuildDate>Wed, 01 Apr 2026 08:00:00 GMT</lastBuildDate>');
    // Each link's fragment is an entry of the roster page.
    const roster = copy.read('dist/maintainers/index.html');
    for (const id of ['maintainer-grace', 'maintainer-zed-case', 'maintainer-ada-lovelace', 'maintainer-linus']) expect(roster).toContain(`id="${id}"`);
  });

  it('is the same, item for item and byte for byte, in a second build', async () => {
    const a = await new Parser().parseString(first);
    const b = await new Parser().parseString(second);
    expect(b.items.map((i) => [i.guid, i.isoDate, i.link])).toEqual(a.items.map((i) => [i.guid, i.isoDate, i.link]));
    expect(second).toBe(first);
  });

  it('is linked from every page, in its head and its footer', () => {
    const dist = copy.path('dist');
    const pages = htmlFilesUnder(dist);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html, page).toContain('<link rel="alternate" type="application/rss+xml" title="Example governance record" href="/community/governance.xml">');
      const footer = html.slice(html.indexOf('<footer'));
      expect(footer, page).toMatch(/<a href="\/community\/governance\.xml" type="application\/rss\+xml">[^<]+<\/a>/);
    }
  });
});
