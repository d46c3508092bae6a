import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMeetingSeries } from '../test-support/meetings.ts';
import { expandFeed, type ExpandedOccurrence } from '../test-support/ical-expand.ts';
import { buildDays } from '../test-support/build-days.ts';
import { FIXTURE_CONTENT, fixtureSite, type SharedSite } from '../test-support/project.ts';

/**
 * /meetings/, the feeds and the charter of the fixture site (tests/fixtures/site/content,
 * a series every other Thursday at 14:00 UTC), built as of the run's build day (BUILD_NOW,
 * or today) and as of each hard day (test-support/build-days.ts): every date the page
 * lists is worked out here again from the build day, by ical.js reading the feed and by
 * luxon, never written down for one day.
 */
const site = fixtureSite();
const [officeHours] = loadMeetingSeries(join(process.cwd(), FIXTURE_CONTENT, '..'));
const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].slice(1).map((m) => [m[1], m[2] ?? '']));
const hhmm = (iso: string, timeZone: string) => DateTime.fromISO(iso, { zone: timeZone }).toFormat('HH:mm');
const zones = ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Shanghai', 'Asia/Tokyo'];
const sectionOf = (html: string) => html.slice(html.indexOf('id="office-hours"'), html.indexOf('</section>', html.indexOf('id="office-hours"')));
const html = site.read('meetings/');
const section = sectionOf(html);

/**
 * The dates a page built on `built` must list, from its feed alone: every meeting not over at
 * the build's "now" that starts within three months of it, and at least the next six; the first six shown.
 */
function expectedDates(built: SharedSite): ExpandedOccurrence[] {
  const now = built.now.getTime();
  const horizon = DateTime.fromJSDate(built.now, { zone: 'UTC' }).plus({ months: 3 }).toMillis();
  const coming = expandFeed(built.read('meetings/office-hours.ics'), new Date(now - 86_400_000), new Date(now + 2 * 366 * 86_400_000)).filter(
    (o) => Date.parse(o.end) > now,
  );
  return coming.filter((o, i) => i < 6 || Date.parse(o.start) < horizon);
}

describe.each(buildDays().map((day) => [day.toISOString(), day] as const))('the meetings page built as of %s', (_, day) => {
  let built: SharedSite;
  let html: string;
  let section: string;
  beforeAll(() => {
    built = fixtureSite(day);
    html = built.read('meetings/');
    section = sectionOf(html);
  });

  it('says the day it was built, the build day', () => {
    expect(html).toContain(`built on <time datetime="${day.toISOString().slice(0, 10)}"`);
  });

  it('lists the next six meetings and, hidden, the rest of the coming three months: the ones ical.js finds in the feed', () => {
    const listed = [...section.matchAll(/<li data-ends="([^"]+)" data-status="(\w+)"( hidden)?>\s*<a href="([^"]+)">(?:<del>)?<time ([^>]*)>/g)].map((m) => ({
      ends: m[1],
      status: m[2],
      hidden: Boolean(m[3]),
      href: m[4],
      ...attrs(`<time ${m[5]}`),
    }));
    const expected = expectedDates(built);
    expect(expected.length).toBeGreaterThanOrEqual(6);
    expect(listed.map((l) => [l.datetime, l['data-end'], l.ends, l.hidden])).toEqual(expected.map((o, i) => [o.start, o.end, o.end, i >= 6]));
    expect(listed.every((l) => l.status === 'scheduled' && 'data-local' in l)).toBe(true); // the fixture has no exception
    // Each listed date links to its own page, which the build wrote.
    for (const l of listed) {
      const day = DateTime.fromISO(l.datetime!, { zone: 'UTC' }).toISODate();
      expect(l.href).toBe(`/community/meetings/office-hours/${day}/`);
      expect(existsSync(join(built.dist, `meetings/office-hours/${day}/index.html`)), l.href).toBe(true);
    }
    // And the build wrote a page for no other date: the fixture has no record of a past meeting.
    const pages = readdirSync(join(built.dist, 'meetings/office-hours')).filter((n) => /^\d{4}-/.test(n));
    expect(pages).toEqual(expected.map((o) => DateTime.fromISO(o.start, { zone: 'UTC' }).toISODate()));
    // The next meeting is the first of them.
    expect(section).toContain(`<time datetime="${expected[0]!.start}" data-end="${expected[0]!.end}" data-local data-next-meeting="office-hours">`);
  });

  it('gives each time in UTC without JavaScript, and a table of local times for each listed date, the first six shown', () => {
    const first = /<time datetime="([^"]+)" data-end="[^"]+" data-local>([^<]+)<\/time>/.exec(section.slice(section.indexOf('<ol')))!;
    const start = DateTime.fromISO(first[1]!, { zone: 'UTC' });
    // The static text names the year: a page read months after its build stays right.
    expect(first[2]).toBe(`${start.setLocale('en-GB').toFormat('cccc d LLLL yyyy')}, 14:00-15:00 UTC`);
    const table = section.slice(section.indexOf('<table'), section.indexOf('</table>'));
    expect([...table.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1])).toEqual([
      'Date (UTC)',
      'Los Angeles',
      'New York',
      'London',
      'Berlin',
      'Kolkata',
      'Shanghai',
      'Tokyo',
    ]);
    const rows = [...table.matchAll(/<tr([^>]*)>\s*<th scope="row">([\s\S]*?)<\/tr>/g)].map((m) => ({ hidden: / hidden/.test(m[1]!), cells: m[2]! }));
    const expected = expectedDates(built);
    expect(rows.map((r) => r.hidden)).toEqual(expected.map((_, i) => i >= 6));
    const previous = new Map<string, string>();
    rows.forEach((row, r) => {
      const cells = [...row.cells.matchAll(/<td( class="clock-change")?><time datetime="([^"]+Z)">([^<]+)<\/time>/g)];
      expect(cells.map((c) => c[2])).toEqual(Array(zones.length).fill(expected[r]!.start));
      cells.forEach((cell, i) => {
        const zone = zones[i]!;
        const local = hhmm(cell[2]!, zone);
        expect(cell[3], `${zone} ${cell[2]}`).toMatch(new RegExp(`^(\\w{3} )?${local}$`));
        // A cell is marked where the zone's local time differs from the date before: its clocks changed.
        expect(Boolean(cell[1]), `${zone} ${cell[2]} marked as a clock change`).toBe(previous.has(zone) && previous.get(zone) !== local);
        previous.set(zone, local);
      });
    });
  });
});

describe('the meetings page', () => {
  it('states the rule in words, never as "every second Thursday"', () => {
    expect(section).toContain('<strong>Every other Thursday, 14:00-15:00 UTC</strong>');
    expect(html.toLowerCase()).not.toContain('every second');
  });

  it('gives the join details and every way to subscribe', () => {
    expect(section).toContain('<a href="https://zoom.example.org/j/1234567890?pwd=fixture" rel="noopener">Zoom link</a>');
    expect(section).toContain('<dt>Meeting ID</dt><dd>123 456 7890</dd>');
    expect(section).toContain('<dt>Passcode</dt><dd>000111</dd>');
    expect(section).toContain('href="webcal://governance.example.org/community/meetings/office-hours.ics"');
    expect(section).toContain(
      'href="https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fgovernance.example.org%2Fcommunity%2Fmeetings%2Foffice-hours.ics"',
    );
    expect(section).toContain(
      'href="https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fgovernance.example.org%2Fcommunity%2Fmeetings%2Foffice-hours.ics&amp;name=Example%20Office%20Hours"',
    );
    expect(section).toContain('<a href="/community/meetings/office-hours.ics" download>');
    expect(section).toContain('<code class="feed-url">https://governance.example.org/community/meetings/office-hours.ics</code>');
    expect(section).toContain('<button type="button" data-copy="https://governance.example.org/community/meetings/office-hours.ics" hidden>Copy</button>');
  });

  it('says where the dates come from, how they are corrected, and that the site is rebuilt daily', () => {
    expect(section).toContain('href="https://github.com/example-org/community/blob/main/content/meetings/office-hours.yaml"');
    expect(html).toContain('href="https://github.com/example-org/community/tree/main/content/meetings"');
    expect(html).toMatch(/corrected (there )?by pull request/);
    expect(html).toContain('rebuilt every day');
  });

  it('loads one external module script and no inline script, only JSON data', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!.trim());
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe('type="application/json" id="meeting-rules"');
    expect(scripts[1]).toMatch(/^type="module" src="\/community\/_astro\/[^"]+\.js"$/);
    expect(html).toMatch(/<script type="module" src="[^"]+"><\/script>/);
  });
});

describe('the feeds', () => {
  it('are published for all meetings and for each series', () => {
    expect(existsSync(join(site.dist, 'meetings.ics'))).toBe(true);
    expect(site.read('meetings.ics')).toContain('UID:office-hours.community@governance.example.org');
    expect(site.read('meetings/office-hours.ics')).toContain('X-WR-CALNAME:Example Office Hours');
  });

  it('stamp a series without git history with the start of its first day', () => {
    // The fixture site is built in a copy that is no git repository (a committed series: tests/meetings-build.test.ts).
    const stamp = DateTime.fromISO(officeHours!.firstOccurrence, { zone: 'UTC' }).toFormat("yyyyMMdd'T'HHmmss'Z'");
    expect(site.read('meetings.ics')).toContain(`DTSTAMP:${stamp}`);
  });
});

describe('the charter', () => {
  const charter = site.read('governance/');

  it('states the meeting time from the data, true in every season', () => {
    expect(charter).toContain('which take place every other Thursday at 14:00 UTC (10:00 in New York during daylight saving time, 09:00 otherwise).');
  });

  it('gives the schedule and join details from the data and links to the meetings page', () => {
    const meetings = charter.slice(charter.indexOf('id="meetings"'), charter.indexOf('id="code-of-conduct"'));
    expect(meetings).toContain('id="example-office-hours"');
    expect(meetings).toContain('<strong>Every other Thursday, 14:00-15:00 UTC</strong>');
    expect(meetings).toContain('<strong>Meeting ID</strong>: 123 456 7890');
    expect(meetings).toContain('<strong>Passcode</strong>: 000111');
    expect(meetings).toContain('href="/community/meetings/#office-hours"');
  });
});
