import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { builtCopy, fixtureSite } from '../test-support/project.ts';
import { feedReaders } from '../test-support/ical-readers.ts';
import { htmlProblems } from '../test-support/html-validation.ts';
import { seriesUid } from '../src/meetings/feed.ts';

/**
 * Groups and attendance on a built site: the fixture content with the groups of
 * tests/fixtures/groups/ (a specification group whose chair changed on 2026-02-01, a runtime
 * group sharing two members with it, each with a series; meeting records listing who
 * attended) and inactivityMonths: 12 in content/governance.yaml, built as of 2027-04-15, a fixed day.
 */
const NOW = new Date('2027-04-15T00:00:00Z');
const SITE_URL = 'https://governance.example.org/community/';
const site = builtCopy((copy) => {
  copy.withFixtureContent();
  cpSync(join(import.meta.dirname, 'fixtures/groups/content'), copy.path('content'), { recursive: true });
  copy.write('content/governance.yaml', `${copy.read('content/governance.yaml')}inactivityMonths: 12\n`);
}, NOW);

/** The text of a page's <main>, tags dropped and spaces collapsed. */
function mainText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)![0];
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;)])/g, '$1');
}

/** The starts and ends of the next dates a page lists for a series (its <ol class="occurrences">). */
function listedDates(html: string, seriesId: string): { start: string; end: string }[] {
  const section = new RegExp(`<section aria-labelledby="${seriesId}"[\\s\\S]*?</ol>`).exec(html)![0];
  const list = /<ol class="occurrences"[\s\S]*<\/ol>/.exec(section)![0];
  return [...list.matchAll(/<time datetime="([^"]+)" data-end="([^"]+)"/g)].map((m) => ({ start: m[1]!, end: m[2]! }));
}

describe('groups on a built site', () => {
  it('lists every group at /groups/, with its leads today and its series, and puts Groups in the navigation', () => {
    const html = site.read('groups/');
    expect(mainText(html)).toContain(
      'Example works in 2 groups. Each has its leads, its members, its meetings and its channels. Runtime Working Group: Keeps the reference runtime and its conformance tests. Led by @dara-fixture. Meets in Runtime Sync. Specification Working Group: Writes the Example specification and reviews every change to it. Led by @ana-fixture. Meets in Specification Call, Example Office Hours.',
    );
    expect(html).toContain('<a href="/community/groups/specification/">Specification Working Group</a>');
    expect(site.read('index.html')).toMatch(/<a href="\/community\/groups\/"[^>]*>Groups<\/a>/);
    expect(site.read('index.html')).toContain('<a href="/community/groups/">The groups</a>');
  });

  it("shows a group's leads and members today, people off the roster by handle and name, former leads with their dates, and its channels", () => {
    const text = mainText(site.read('groups/specification/'));
    expect(text).toContain(
      'Leads @ana-fixture (Chair, since 2026-02-01) · maintainer Members @ben-fixture (since 2024-06-01) · maintainer @dara-fixture (since 2025-02-01) · maintainer @hal-outsider Hal Outsider (Editor, since 2025-05-01) Former leads and members @chen-fixture (Chair, 2024-06-01 to 2026-01-31) · maintainer Channels Mailing list',
    );
    // A lead who is a member too is listed once, as a lead; a member whose place ended is a former one.
    const runtime = mainText(site.read('groups/runtime/'));
    expect(runtime).toContain(
      'Leads @dara-fixture (Lead, since 2025-03-01) · maintainer Members @ana-fixture (since 2025-03-01) · maintainer @ivy-outsider (since 2025-03-01)',
    );
    expect(runtime).toContain('Former members: @chen-fixture (2025-03-01 to 2026-06-30) · maintainer');
    // The charter by its doc's title, not its file's path.
    expect(site.read('groups/runtime/')).toContain('Its charter: <a href="/community/working-groups/runtime/">Runtime Working Group charter</a>');
    // Its file, where it is changed by pull request.
    expect(site.read('groups/runtime/')).toContain('<a href="https://github.com/example-org/community/blob/main/content/groups/runtime.yaml" rel="noopener">');
  });

  it("shows a group's series as the meetings page does, and its series' page names the group", () => {
    const group = site.read('groups/specification/');
    expect(listedDates(group, 'spec-call')).toEqual(listedDates(site.read('meetings/'), 'spec-call'));
    expect(listedDates(group, 'spec-call')[0]).toEqual({ start: '2027-04-27T16:00:00.000Z', end: '2027-04-27T17:00:00.000Z' });
    expect(listedDates(group, 'office-hours')).toEqual(listedDates(site.read('meetings/'), 'office-hours'));
    expect(group).not.toContain('aria-labelledby="runtime-sync"');
    expect(mainText(site.read('meetings/spec-call/'))).toContain('A meeting of Specification Working Group.');
    expect(mainText(site.read('meetings/runtime-sync/'))).toContain('A meeting of Runtime Working Group.');
    // A group with several series offers them in one calendar; one with a single series, that series' own.
    expect(group).toContain('webcal://governance.example.org/community/groups/specification.ics');
    expect(site.read('groups/runtime/')).not.toContain('groups/runtime.ics');
    expect(existsSync(join(site.dist, 'groups/runtime.ics'))).toBe(false);
  });

  it("lists on the group's page the dates every reader of the combined feed, the series' feed and the group's feed finds (a series on the Los Angeles clock, one on Berlin's)", () => {
    for (const [groupId, seriesId] of [
      ['specification', 'spec-call'],
      ['specification', 'office-hours'],
      ['runtime', 'runtime-sync'],
    ] as const) {
      const listed = listedDates(site.read(`groups/${groupId}/`), seriesId);
      const from = new Date(listed[0]!.start);
      const to = new Date(new Date(listed.at(-1)!.start).getTime() + 60_000);
      const uid = seriesUid(SITE_URL, seriesId);
      // Only a group of several series has a feed of its own.
      for (const feed of ['meetings.ics', `meetings/${seriesId}.ics`, ...(groupId === 'specification' ? [`groups/${groupId}.ics`] : [])]) {
        for (const [name, read] of Object.entries(feedReaders)) {
          const found = read(readFileSync(join(site.dist, feed), 'utf8'), from, to)
            .filter((r) => r.uid === uid)
            .map(({ start, end }) => ({ start, end }));
          expect(found, `${feed}, read by ${name}`).toEqual(listed);
        }
      }
    }
  });

  it('puts each dated change of lead in the governance feed, linking to the group', async () => {
    const feed = await new Parser().parseString(site.read('governance.xml'));
    const leads = feed.items.filter((i) => i.guid?.startsWith('group:')).map((i) => [i.isoDate, i.guid, i.title, i.link]);
    expect(leads).toEqual([
      [
        '2026-02-01T00:00:00.000Z',
        'group:specification:lead:ana-fixture:started:2026-02-01',
        '@ana-fixture became a lead of Specification Working Group',
        `${SITE_URL}groups/specification/`,
      ],
      [
        '2026-01-31T00:00:00.000Z',
        'group:specification:lead:chen-fixture:ended:2026-01-31',
        '@chen-fixture is no longer a lead of Specification Working Group',
        `${SITE_URL}groups/specification/`,
      ],
      [
        '2025-03-01T00:00:00.000Z',
        'group:runtime:lead:dara-fixture:started:2025-03-01',
        '@dara-fixture became a lead of Runtime Working Group',
        `${SITE_URL}groups/runtime/`,
      ],
      [
        '2024-06-01T00:00:00.000Z',
        'group:specification:lead:chen-fixture:started:2024-06-01',
        '@chen-fixture became a lead of Specification Working Group',
        `${SITE_URL}groups/specification/`,
      ],
    ]);
  });

  it('builds no groups page, and no navigation entry, for a site without groups', () => {
    const plain = fixtureSite();
    expect(existsSync(join(plain.dist, 'groups'))).toBe(false);
    expect(plain.read('index.html')).not.toContain('/community/groups/');
  });
});

describe('attendance and recorded activity on the roster page', () => {
  it("says what it counts, gives each active maintainer's last vote or meeting attended, and lists those with none in the period", () => {
    const text = mainText(site.read('maintainers/'));
    const section = text.slice(text.indexOf('Recorded activity'), text.indexOf('Votes needed today'));
    expect(section).toBe(
      [
        'Recorded activity This counts two things only: a vote cast in a decision recorded in content/decisions/ (dated by the day the vote closed, or opened while it is open), and a meeting whose record in content/meetings/ lists the maintainer under attended. Code, reviews, issues and discussions are not seen here. It is a record, not a verdict: what counts as inactive is for the maintainers to judge under the charter.',
        // The open vote on the logo, opened 2026-11-20; a moved meeting counts on the day it was held (2026-02-19, not 02-18).
        '@ana-fixture: 2026-11-20, voted in Change the charter: Adopt the new logo',
        '@ben-fixture: 2026-11-20, voted in Change the charter: Adopt the new logo',
        '@chen-fixture: 2026-03-31, attended Specification Call, 2026-03-31',
        '@dara-fixture: 2026-02-19, attended Runtime Sync, 2026-02-19',
        '@eli-fixture: no activity recorded',
        '@gus-fixture: no activity recorded',
        // gus-fixture joined on 2027-03-20, within the year: not listed.
        '3 active maintainers have no activity recorded in the last year (since 2026-04-15), for the maintainers to look at:',
        '@chen-fixture Chen Fixture: last recorded 2026-03-31, attended Specification Call, 2026-03-31',
        '@dara-fixture Dara Fixture: last recorded 2026-02-19, attended Runtime Sync, 2026-02-19',
        '@eli-fixture Eli Fixture: none recorded',
        'A maintainer who joined within the last year is not listed. ',
      ].join(' '),
    );
    expect(site.read('maintainers/')).toContain('<a href="/community/meetings/spec-call/2026-03-31/">Specification Call, 2026-03-31</a>');
  });

  it('is not shown on a site whose content/governance.yaml sets no period', () => {
    expect(fixtureSite().read('maintainers/')).not.toContain('Recorded activity');
  });
});

describe('the pages of groups and attendance', () => {
  it('are valid HTML', async () => {
    const pages = [
      'groups/index.html',
      'groups/specification/index.html',
      'groups/runtime/index.html',
      'maintainers/index.html',
      'meetings/spec-call/2026-03-31/index.html',
    ];
    const problems = (await Promise.all(pages.map((f) => htmlProblems(readFileSync(join(site.dist, f), 'utf8'), f)))).flat();
    expect(problems).toEqual([]);
  });

  it("list on a meeting's page who attended, by handle", () => {
    expect(mainText(site.read('meetings/spec-call/2026-03-31/'))).toContain('Attended, as the record lists: @ana-fixture, @chen-fixture, @hal-outsider.');
  });
});
