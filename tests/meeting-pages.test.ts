import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContentFile } from '../src/validation/validate.ts';
import { meetingRecordsCollection } from '../src/collections/registry.ts';
import { recordTemplate } from '../src/meetings/record-template.ts';
import { launchBrowser, serveSite } from '../test-support/browser.ts';
import { ProjectCopy } from '../test-support/project.ts';

/**
 * A copy of the project with the fixture content (tests/fixtures/site/content) and the fixture series community-call (weekly on Tuesday, 17:00
 * Berlin, 2027-01-05 to 2027-03-30; 2027-01-19 cancelled, 2027-01-26 moved to Thursday
 * 2027-01-28 16:00, an extra session on 2027-02-04 09:30) and four meeting records, built
 * as of 2027-01-20: the series page, each kind of meeting page and the agenda links.
 */
const BUILT_AS_OF = '2027-01-20T00:00:00Z';
const R = 'content/meetings/community-call';
let copy: ProjectCopy;
const read = (route: string) => copy.read(`dist/${route}index.html`);
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

beforeAll(() => {
  copy = new ProjectCopy().withFixtureContent();
  copy.write('content/meetings/community-call.yaml', readFileSync('tests/fixtures/meetings/community-call.yaml', 'utf8'));
  copy.write(
    `${R}/2027-01-05.md`,
    '---\nrecordingUrl: https://www.youtube.com/watch?v=fixture1\nnotesUrl: https://docs.example.org/community-call-0105\n---\n\n## Agenda\n\n- Release plan for 1.0\n\n## Notes\n\n- Agreed to follow [the charter](../../docs/governance.mdx#meetings) for the vote.\n',
  );
  copy.write(`${R}/2027-01-12.md`, '---\n---\n\n## Agenda\n\n- Fixture roadmap item\n');
  copy.write(`${R}/2027-01-19.md`, '---\n---\n\nNo meeting: fixture winter break.\n');
  copy.write(`${R}/2027-01-26.md`, '---\n---\n\n## Agenda\n\n- Fixture item for the moved meeting\n');
  // The agenda template as a contributor would commit it untouched: only comments in its frontmatter.
  copy.write(`${R}/2027-02-09.md`, recordTemplate('Community Call (fixture)', '2027-02-09'));
  const r = copy.run('scripts/build.ts', [], { BUILD_NOW: BUILT_AS_OF });
  expect(r.status, r.output).toBe(0);
}, 240_000);
afterAll(() => copy?.dispose());

const links = (html: string) => [...html.matchAll(/<a href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => [m[1]!, m[2]!.replace(/<[^>]+>/g, '')]);

describe('the series page /meetings/community-call/', () => {
  it('gives the rule, the next meetings linked to their pages, and every past meeting with a record, newest first', () => {
    const html = main(read('meetings/community-call/'));
    expect(html).toContain('<strong>Every Tuesday, 17:00-18:00 Berlin time</strong>');
    const next = html.slice(html.indexOf('id="next-meetings"'), html.indexOf('id="join"'));
    const shown = [...next.matchAll(/<li data-ends="[^"]+" data-status="(\w+)">\s*<a href="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    expect(shown).toEqual([
      ['moved', '/community/meetings/community-call/2027-01-26/'],
      ['scheduled', '/community/meetings/community-call/2027-02-02/'],
      ['extra', '/community/meetings/community-call/2027-02-04/'],
      ['scheduled', '/community/meetings/community-call/2027-02-09/'],
      ['scheduled', '/community/meetings/community-call/2027-02-16/'],
      ['scheduled', '/community/meetings/community-call/2027-02-23/'],
    ]);
    // The rest of the coming months wait, hidden, for readers on later days.
    expect([...next.matchAll(/<li data-ends="[^"]+" data-status="\w+" hidden>/g)]).toHaveLength(5);
    const past = html.slice(html.indexOf('id="past-meetings"'));
    expect(links(past).map(([h]) => h)).toEqual([
      '/community/meetings/community-call/2027-01-19/',
      '/community/meetings/community-call/2027-01-12/',
      '/community/meetings/community-call/2027-01-05/',
      'https://www.youtube.com/watch?v=fixture1',
      'https://github.com/example-org/community/blob/main/content/meetings/community-call.yaml',
    ]);
    expect(past).toContain('(cancelled)');
    expect(past).toContain(': agenda and notes, linked notes, recording');
  });

  it('is linked from the meetings page, as each listed date is to its own page', () => {
    const html = read('meetings/');
    expect(html).toContain('<h2 id="community-call"><a href="/community/meetings/community-call/">Community Call (fixture)</a></h2>');
    expect(html).toContain('<a href="/community/meetings/community-call/2027-01-26/">');
    expect(html).toContain('<a href="/community/meetings/office-hours/">');
  });
});

describe('the local-times table of the meetings page', () => {
  it("marks where a zone's local time shifts because its clocks change, and says so under the table", () => {
    const html = read('meetings/');
    const section = html.slice(html.indexOf('id="office-hours"'), html.indexOf('</section>', html.indexOf('id="office-hours"')));
    const notes = [...section.matchAll(/<li id="(office-hours-clock-change-\d+)"><span aria-hidden="true">\* <\/span>([^<]+)<\/li>/g)].map((m) => [m[1], m[2]]);
    expect(notes).toEqual([
      ['office-hours-clock-change-1', 'Los Angeles: 06:00 until 4 March, 07:00 from 18 March (the clocks change in Los Angeles)'],
      ['office-hours-clock-change-2', 'New York: 09:00 until 4 March, 10:00 from 18 March (the clocks change in New York)'],
      ['office-hours-clock-change-3', 'London: 14:00 until 18 March, 15:00 from 1 April (the clocks change in London)'],
      ['office-hours-clock-change-4', 'Berlin: 15:00 until 18 March, 16:00 from 1 April (the clocks change in Berlin)'],
    ]);
    // The mark sits in the zone's cell of the first date at the new time.
    const row = /<tr[^>]*data-ends="2027-03-18T15:00:00.000Z"[^>]*>([\s\S]*?)<\/tr>/.exec(section)![1]!;
    const cells = [...row.matchAll(/<td( class="clock-change")?><time[^>]*>([^<]+)<\/time>/g)].map((m) => [m[2], Boolean(m[1])]);
    expect(cells.slice(0, 4)).toEqual([
      ['07:00', true],
      ['10:00', true],
      ['14:00', false],
      ['15:00', false],
    ]);
  });
});

describe('a meeting page', () => {
  it("shows a past meeting's recording, notes and agenda, links the meetings before and after it, and is in the search", () => {
    const html = read('meetings/community-call/2027-01-05/');
    expect(html).toContain('<title>Community Call (fixture), Tuesday 5 January 2027 · Example Governance</title>');
    expect(html).toContain('data-pagefind-body');
    const body = main(html);
    expect(body).toContain(
      '<time datetime="2027-01-05T16:00:00.000Z" data-end="2027-01-05T17:00:00.000Z" data-local>Tuesday 5 January 2027, 16:00-17:00 UTC</time>',
    );
    expect(links(body)).toContainEqual(['https://www.youtube.com/watch?v=fixture1', 'Recording']);
    expect(links(body)).toContainEqual(['https://docs.example.org/community-call-0105', 'Notes']);
    expect(body).toContain('<li>Release plan for 1.0</li>');
    // A repository link in a record becomes a site link, as in a doc.
    expect(links(body)).toContainEqual(['/community/governance/#meetings', 'the charter']);
    expect(body).not.toContain('data-agenda-link'); // over: nothing to add
    expect(body).not.toContain('id="meeting-join"');
    expect(body).not.toMatch(/rel="prev"/);
    expect(body).toMatch(/Next: <a href="\/community\/meetings\/community-call\/2027-01-12\/" rel="next">Tuesday 12 January 2027, 16:00-17:00 UTC<\/a>/);
  });

  it('says a cancelled meeting is cancelled, and why', () => {
    const body = main(read('meetings/community-call/2027-01-19/'));
    expect(body).toContain('<del><time datetime="2027-01-19T16:00:00.000Z"');
    expect(body).toContain('<strong>Cancelled</strong>: Winter break');
    expect(body).toContain('No meeting: fixture winter break.');
    expect(body).toMatch(/Previous: <a href="\/community\/meetings\/community-call\/2027-01-12\/" rel="prev">/);
    expect(body).toMatch(/Next: <a href="\/community\/meetings\/community-call\/2027-01-26\/" rel="next">Thursday 28 January 2027, 15:00-16:30 UTC<\/a>/);
  });

  it('gives a moved meeting at its new time under its usual date, with how to join and a link to add to its agenda', () => {
    const html = read('meetings/community-call/2027-01-26/');
    const body = main(html);
    expect(body).toContain(
      '<time datetime="2027-01-28T15:00:00.000Z" data-end="2027-01-28T16:30:00.000Z" data-local>Thursday 28 January 2027, 15:00-16:30 UTC</time>',
    );
    expect(body).toContain(
      '<strong>Moved</strong> from <time datetime="2027-01-26T16:00:00.000Z" data-local>Tuesday 26 January 2027, 16:00 UTC</time>: Clashes with the KubeCon keynote',
    );
    expect(body).toContain('<a href="https://meet.example.org/community-call" rel="noopener">Jitsi link</a>');
    expect(body).toContain('<dt>Passcode</dt><dd>007007</dd>');
    expect(body).toContain('<li>Fixture item for the moved meeting</li>');
    // The record exists: the agenda link edits it.
    expect(body).toContain(
      '<a href="https://github.com/example-org/community/edit/main/content/meetings/community-call/2027-01-26.md" rel="noopener" data-agenda-link>Add to the agenda</a>',
    );
  });

  it('gives an extra session without a record a link that opens a new record, filled with a valid agenda template', () => {
    const html = read('meetings/community-call/2027-02-04/');
    expect(html).not.toContain('data-pagefind-body'); // nothing recorded: nothing to find
    const body = main(html);
    expect(body).toContain('<strong>Extra session</strong>: Release 1.0 planning');
    expect(body).toContain('<time datetime="2027-02-04T08:30:00.000Z" data-end="2027-02-04T09:30:00.000Z" data-local>');
    const href = /<a href="([^"]+)" rel="noopener" data-agenda-link>Start the agenda<\/a>/.exec(body)![1]!.replace(/&amp;/g, '&');
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/example-org/community/new/main/content/meetings/community-call');
    expect(url.searchParams.get('filename')).toBe('2027-02-04.md');
    const template = url.searchParams.get('value')!;
    expect(template).toContain('\n## Agenda\n');
    expect(parseContentFile(`${R}/2027-02-04.md`, template, meetingRecordsCollection).problems).toEqual([]);
    expect(body).toMatch(/Previous: <a href="\/community\/meetings\/community-call\/2027-02-02\/" rel="prev">/);
  });

  it('builds a record committed as the template gives it, and links to editing it', () => {
    const body = main(read('meetings/community-call/2027-02-09/'));
    expect(body).toContain('<li>Your topic, and your GitHub handle</li>');
    expect(body).not.toContain('recordingUrl');
    expect(body).toContain(
      '<a href="https://github.com/example-org/community/edit/main/content/meetings/community-call/2027-02-09.md" rel="noopener" data-agenda-link>Add to the agenda</a>',
    );
  });

  it('exists for every meeting of the coming three months and for every record, and for nothing else', () => {
    const pages = readdirNames('dist/meetings/community-call').filter((n) => /^\d{4}-/.test(n));
    expect(pages).toEqual([
      '2027-01-05',
      '2027-01-12',
      '2027-01-19',
      '2027-01-26',
      '2027-02-02',
      '2027-02-04',
      '2027-02-09',
      '2027-02-16',
      '2027-02-23',
      '2027-03-02',
      '2027-03-09',
      '2027-03-16',
      '2027-03-23',
      '2027-03-30',
    ]);
  });
});

function readdirNames(dir: string): string[] {
  return readdirSync(copy.path(dir)).sort();
}

describe('the fixture series in a browser, read after the build day', () => {
  it('lists no past date as next, reads local times compactly, and finds a record in the site search', async () => {
    const site = await serveSite(copy.path('dist'));
    const browser = await launchBrowser();
    try {
      // Built on 20 January, read on 10 February in Tokyo: 17:00 Berlin is 01:00 the next day there.
      const context = await browser.newContext({ timezoneId: 'Asia/Tokyo', locale: 'en-GB' });
      await context.clock.setFixedTime(new Date('2027-02-10T00:00:00Z'));
      for (const route of ['meetings/', 'meetings/community-call/']) {
        const tab = await context.newPage();
        await tab.goto(`${site.url}${route}`);
        await tab.locator('[data-reader-zone]').first().filter({ hasText: 'Asia/Tokyo' }).waitFor();
        const list =
          route === 'meetings/'
            ? tab.locator('#community-call ~ ol.occurrences, section:has(#community-call) ol.occurrences').first()
            : tab.locator('ol.occurrences');
        const visible = await list.locator('li:visible').all();
        expect(visible.length, route).toBe(6);
        for (const li of visible) expect(Date.parse((await li.getAttribute('data-ends'))!), route).toBeGreaterThan(Date.parse('2027-02-10T00:00:00Z'));
        expect(await list.locator('li:visible time').first().getAttribute('datetime')).toBe('2027-02-16T16:00:00.000Z');
        expect(await list.locator('li:visible time').first().textContent()).toBe('Wednesday 17 February, 01:00-02:00 JST');
        if (route === 'meetings/') {
          const rows = tab.locator('section:has(#community-call) table.local-times tbody tr');
          expect(await rows.locator('visible=true').count()).toBe(6);
        }
        await tab.close();
      }
      await context.close();

      // Past records are in the site search (pages without a record are not indexed).
      const search = await browser.newPage();
      await search.goto(`${site.url}search/?q=roadmap`);
      const results = () => search.locator('.search-results > li > h2 > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      await expect.poll(results, { timeout: 20_000 }).toContain('/community/meetings/community-call/2027-01-12/');
      await search.close();
    } finally {
      await browser.close();
      await site.close();
    }
  }, 120_000);
});
