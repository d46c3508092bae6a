import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMeetingSeries } from '../test-support/meetings.ts';
import { nextMeeting } from '../src/meetings/occurrences.ts';
import { launchBrowser } from '../test-support/browser.ts';
import { serveSite } from '../test-support/browser.ts';
import { expandFeed } from '../test-support/ical-expand.ts';
import { lexicalProblems } from '../test-support/ics-lexical.ts';
import { feedReaders, pagesReading } from '../test-support/ical-readers.ts';
import { ProjectCopy } from '../test-support/project.ts';

/**
 * A copy of the project with the fixture content (tests/fixtures/site/content) and the fixture series (tests/fixtures/meetings/) added
 * to content/meetings/ and committed, built as of 2027-01-01: exceptions reach
 * the page and the feed, a New York series keeps its local time, and a second
 * build writes the same feed bytes.
 */
const FIXTURES = 'tests/fixtures/meetings';
const FIRST_COMMITTED = '2026-11-01T10:00:00Z';
const COMMITTED = '2026-12-01T10:00:00Z';
const BUILT_AS_OF = '2027-01-01T00:00:00Z';
let copy: ProjectCopy;
let page: string;
let feed: string;

beforeAll(() => {
  copy = new ProjectCopy().withFixtureContent();
  const git = (date: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd: copy.dir,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: 'ignore',
    });
  // Two commits: the community call first without its exceptions, then with them (cancel, move, extra).
  const call = readFileSync(join(FIXTURES, 'community-call.yaml'), 'utf8');
  copy.write('content/meetings/community-call.yaml', call.slice(0, call.indexOf('\ncancelled:') + 1));
  git(FIRST_COMMITTED, 'init', '-q');
  git(FIRST_COMMITTED, 'add', '-A');
  git(FIRST_COMMITTED, 'commit', '-q', '-m', 'fixture without exceptions');
  for (const name of readdirSync(FIXTURES)) copy.write(`content/meetings/${name}`, readFileSync(join(FIXTURES, name), 'utf8'));
  git(COMMITTED, 'add', '-A');
  git(COMMITTED, 'commit', '-q', '-m', 'fixture');
  const r = copy.run('scripts/build.ts', [], { BUILD_NOW: BUILT_AS_OF });
  expect(r.status, r.output).toBe(0);
  page = copy.read('dist/meetings/index.html');
  feed = copy.read('dist/meetings.ics');
});
afterAll(() => copy?.dispose());

const section = (id: string) => page.slice(page.indexOf(`id="${id}"`), page.indexOf('</section>', page.indexOf(`id="${id}"`)));

describe('a series with a cancelled, a moved and an extra meeting', () => {
  it('shows each on the page with its reason', () => {
    const call = section('community-call');
    expect(call).toMatch(
      /<li data-ends="2027-01-19T17:00:00.000Z" data-status="cancelled"><a href="\/community\/meetings\/community-call\/2027-01-19\/"><del><time datetime="2027-01-19T16:00:00.000Z"[^>]*>Tuesday 19 January 2027, 16:00-17:00 UTC<\/time><\/del><\/a><span><strong>Cancelled<\/strong>: Winter break<\/span>/,
    );
    expect(call).toMatch(
      /<time datetime="2027-01-28T15:00:00.000Z" data-end="2027-01-28T16:30:00.000Z" data-local>Thursday 28 January 2027, 15:00-16:30 UTC<\/time><\/a><span><strong>Moved<\/strong> from <time datetime="2027-01-26T16:00:00.000Z" data-local>Tuesday 26 January 2027, 16:00 UTC<\/time>: Clashes with the KubeCon keynote<\/span>/,
    );
    expect(call).toMatch(
      /<time datetime="2027-02-04T08:30:00.000Z"[^>]*>[^<]+<\/time><\/a><span><strong>Extra session<\/strong>: Release 1.0 planning<\/span>/,
    );
    expect(call).toContain('<strong>Every Tuesday, 17:00-18:00 Berlin time</strong>');
  });

  it('puts the cancellation in an EXDATE and the move in a RECURRENCE-ID override, which ical.js honours', () => {
    const own = copy.read('dist/meetings/community-call.ics');
    expect(own).toContain('X-WR-CALNAME:Community Call (fixture)');
    expect(own).toContain('EXDATE;TZID=Europe/Berlin:20270119T170000');
    expect(own).toContain('RECURRENCE-ID;TZID=Europe/Berlin:20270126T170000');
    const starts = expandFeed(own, new Date(BUILT_AS_OF), new Date('2027-02-10T00:00:00Z')).map((o) => o.start);
    expect(starts).toEqual([
      '2027-01-05T16:00:00.000Z',
      '2027-01-12T16:00:00.000Z',
      '2027-01-28T15:00:00.000Z',
      '2027-02-02T16:00:00.000Z',
      '2027-02-04T08:30:00.000Z',
      '2027-02-09T16:00:00.000Z',
    ]);
  });
});

describe('a series anchored in America/New_York', () => {
  it('keeps 10:00 New York time on the page, and in the feed through a VTIMEZONE', () => {
    const sync = section('spec-sync');
    expect(sync).toContain('<strong>Every other Thursday, 10:00-10:45 New York time</strong>');
    const newYorkCells = [...sync.matchAll(/<tr[^>]*>\s*<th scope="row">[\s\S]*?<\/th>(?:<td>[\s\S]*?<\/td>){1}<td><time[^>]*>([^<]+)<\/time>/g)];
    expect(newYorkCells.map((m) => m[1])).toEqual(Array(6).fill('10:00'));
    expect(feed).toContain('DTSTART;TZID=America/New_York:20260108T100000');
    expect(feed).toMatch(/BEGIN:VTIMEZONE\r\nTZID:America\/New_York\r\n/);
  });
});

describe('a series on the 1st and 3rd Wednesday, and one without a public link', () => {
  it('states the monthly rule on the meetings page and on its own, and gives the moved meeting the page of its usual date', () => {
    expect(section('design-review')).toContain('<strong>The 1st and 3rd Wednesday of each month, 10:00-11:00 Los Angeles time</strong>');
    expect(section('steering')).toContain('<strong>The last Friday of each month, 16:00-17:00 Berlin time</strong>');
    expect(copy.read('dist/meetings/design-review/index.html')).toContain('The 1st and 3rd Wednesday of each month');
    const moved = copy.read('dist/meetings/design-review/2027-03-17/index.html');
    expect(moved).toContain('Clashes with the spring summit');
    expect(moved).toContain('datetime="2027-03-12T17:00:00.000Z"');
  });

  it('says how to get the link where a link would be, on every page of the series, with no link to a call', () => {
    const join = '<dt>Video call</dt><dd>Jitsi: Join the steering mailing list for the invite.</dd>';
    for (const route of ['dist/meetings/index.html', 'dist/meetings/steering/index.html', 'dist/meetings/steering/2027-01-29/index.html']) {
      expect(copy.read(route).replace(/>\s+</g, '><'), route).toContain(join);
    }
    const joinList = /<dl class="join">[\s\S]*?<\/dl>/.exec(section('steering'))![0];
    expect(joinList).not.toContain('<a ');
  });
});

describe('the feed of a committed build', () => {
  it('holds every series, stamped with the commit that last touched its file', () => {
    for (const uid of ['community-call', 'office-hours', 'spec-sync']) expect(feed).toContain(`UID:${uid}.community@governance.example.org`);
    expect(new Set(feed.match(/DTSTAMP:[^\r]+/g))).toEqual(new Set(['DTSTAMP:20261101T100000Z', 'DTSTAMP:20261201T100000Z']));
    expect(feed).toMatch(/UID:office-hours[^\r]*\r\nSEQUENCE:0\r\nDTSTAMP:20261101T100000Z/);
  });

  it('raises SEQUENCE and sets LAST-MODIFIED from the git history of the series file', () => {
    const events = copy
      .read('dist/meetings/community-call.ics')
      .replace(/\r\n[ \t]/g, '')
      .split('BEGIN:VEVENT')
      .slice(1);
    const fields = (match: string) =>
      events
        .find((e) => e.includes(match))!
        .split('\r\n')
        .filter((l) => /^(SEQUENCE|LAST-MODIFIED|DTSTAMP):/.test(l));
    // The second commit cancelled a meeting (the series changes), moved one (a new override above the series) and added an extra session.
    expect(fields('RRULE:')).toEqual(['SEQUENCE:1', 'DTSTAMP:20261201T100000Z', 'LAST-MODIFIED:20261201T100000Z']);
    expect(fields('RECURRENCE-ID')).toEqual(['SEQUENCE:2', 'DTSTAMP:20261201T100000Z', 'LAST-MODIFIED:20261201T100000Z']);
    expect(fields('extra session')).toEqual(['SEQUENCE:0', 'DTSTAMP:20261201T100000Z', 'LAST-MODIFIED:20261201T100000Z']);
    // The office hours have not changed since the first commit.
    const hours = copy.read('dist/meetings/office-hours.ics');
    expect(hours).toContain('SEQUENCE:0\r\nDTSTAMP:20261101T100000Z');
    expect(hours).toContain('LAST-MODIFIED:20261101T100000Z');
  });

  it('keeps the lexical rules of RFC 5545 in the bytes of every feed written to dist/', () => {
    const files = [
      'meetings.ics',
      ...readdirSync(copy.path('dist/meetings'))
        .filter((f) => f.endsWith('.ics'))
        .map((f) => `meetings/${f}`),
    ];
    expect(files.length).toBe(6);
    for (const file of files) expect(lexicalProblems(readFileSync(copy.path(`dist/${file}`))), file).toEqual([]);
  });

  it('is read by ical.js, node-ical and rrule as the pages list it, every feed in dist/, 2026-2027', () => {
    const series = loadMeetingSeries(copy.dir);
    const [from, to] = [new Date('2026-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z')];
    for (const file of ['meetings.ics', ...series.map((s) => `meetings/${s.id}.ics`)]) {
      const expected = pagesReading(
        file === 'meetings.ics' ? series : series.filter((s) => file === `meetings/${s.id}.ics`),
        'https://governance.example.org/community/',
        from,
        to,
      );
      expect(expected.length, file).toBeGreaterThan(10);
      for (const [reader, read] of Object.entries(feedReaders)) expect(read(copy.read(`dist/${file}`), from, to), `${reader}: ${file}`).toEqual(expected);
    }
  });

  it("links every event to a page this build wrote: the series page, or the moved or extra meeting's own", () => {
    const files = [
      'meetings.ics',
      ...readdirSync(copy.path('dist/meetings'))
        .filter((f) => f.endsWith('.ics'))
        .map((f) => `meetings/${f}`),
    ];
    const urls = new Set(
      files.flatMap((file) =>
        [
          ...copy
            .read(`dist/${file}`)
            .replace(/\r\n[ \t]/g, '')
            .matchAll(/^URL(?:;[^:]*)?:(.+)$/gm),
        ].map((m) => m[1]!.trim()),
      ),
    );
    expect([...urls].some((u) => /\/meetings\/community-call\/2027-01-26\/$/.test(u))).toBe(true);
    for (const url of urls) {
      const route = url.replace('https://governance.example.org/community/', '');
      expect(url, 'a URL of this site').not.toBe(route);
      expect(existsSync(copy.path(`dist/${route}index.html`)), url).toBe(true);
    }
  });

  it('is byte-identical when built again', () => {
    const r = copy.run('scripts/build.ts', ['--out', 'dist-again'], { BUILD_NOW: '2027-01-05T12:00:00Z' });
    expect(r.status, r.output).toBe(0);
    for (const file of ['meetings.ics', ...readdirSync(copy.path('dist/meetings')).flatMap((f) => (f.endsWith('.ics') ? [`meetings/${f}`] : []))]) {
      expect(readFileSync(copy.path(`dist-again/${file}`)), file).toEqual(readFileSync(copy.path(`dist/${file}`)));
    }
  });
});

describe('the fixture site in a browser in Berlin', () => {
  it("works out the next meetings from the rules and the exceptions on the reader's day", async () => {
    const series = new Map(loadMeetingSeries(copy.dir).map((s) => [s.id, s]));
    const site = await serveSite(copy.path('dist'));
    const browser = await launchBrowser();
    try {
      for (const now of ['2027-01-13T00:00:00Z', '2027-03-10T00:00:00Z', '2027-03-20T00:00:00Z']) {
        const context = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
        await context.clock.setFixedTime(new Date(now));
        const tab = await context.newPage();
        await tab.goto(`${site.url}meetings/`);
        await tab.locator('[data-reader-zone]').filter({ hasText: 'Europe/Berlin' }).waitFor();
        for (const id of ['community-call', 'spec-sync', 'design-review', 'steering']) {
          const expected = nextMeeting(series.get(id)!, new Date(now))!;
          expect(await tab.locator(`[data-next-meeting="${id}"]`).getAttribute('datetime'), `${id} at ${now}`).toBe(expected.start.toISOString());
        }
        await context.close();
      }
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
