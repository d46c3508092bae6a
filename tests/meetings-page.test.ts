import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMeetingSeries } from '../test-support/meetings.ts';
import { expandFeed } from '../test-support/ical-expand.ts';
import { builtSite, readBuilt } from '../test-support/project.ts';

/** /meetings/, the feeds and the charter as built from the real content/meetings/. */
const dist = builtSite();
const html = readBuilt('meetings/');
const section = html.slice(html.indexOf('id="office-hours"'), html.indexOf('</section>', html.indexOf('id="office-hours"')));
const [officeHours] = loadMeetingSeries(process.cwd());
const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].slice(1).map((m) => [m[1], m[2] ?? '']));
const hhmm = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

describe('the meetings page', () => {
  it('states the rule in words, never as "every second Thursday"', () => {
    expect(section).toContain('<strong>Every other Thursday, 14:00-15:00 UTC</strong>');
    expect(html.toLowerCase()).not.toContain('every second');
  });

  it('lists the next six meetings, the same ones ical.js finds in the feed from the day the page was built', () => {
    // The page is built as of the start of its day (UTC), which it states.
    const builtAt = `${/built on <time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html)![1]!}T00:00:00Z`;
    const listed = [...section.matchAll(/<li data-ends="[^"]+" data-status="(\w+)">\s*<a href="[^"]+">(?:<del>)?<time ([^>]*)>/g)].map((m) => ({
      status: m[1],
      ...attrs(`<time ${m[2]}`),
    }));
    expect(listed).toHaveLength(6);
    const fromFeed = expandFeed(
      readBuilt('meetings/office-hours.ics'),
      new Date(Date.parse(builtAt) - 86_400_000),
      new Date(Date.parse(builtAt) + 2 * 366 * 86_400_000),
    )
      .filter((o) => o.end > builtAt)
      .slice(0, 6);
    expect(listed.map((l) => [l.datetime, l['data-end']])).toEqual(fromFeed.map((o) => [o.start, o.end]));
    expect(listed.every((l) => l.status === 'scheduled' && 'data-local' in l)).toBe(true); // the real data has no exception
  });

  it('gives each time in UTC without JavaScript, and a table of local times for each date', () => {
    const first = /<time datetime="([^"]+)" data-end="[^"]+" data-local>([^<]+)<\/time>/.exec(section.slice(section.indexOf('<ol')))!;
    expect(first[2]).toMatch(/^\w+day \d{1,2} \w+ \d{4}, 14:00-15:00 UTC$/);
    const table = section.slice(section.indexOf('<table'), section.indexOf('</table>'));
    const zones = ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Shanghai', 'Asia/Tokyo'];
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
    const rows = [...table.matchAll(/<tr[^>]*>\s*<th scope="row">([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      const cells = [...row.matchAll(/<td><time datetime="([^"]+Z)">([^<]+)<\/time><\/td>/g)];
      expect(cells).toHaveLength(zones.length);
      cells.forEach((cell, i) => expect(cell[2], `${zones[i]} ${cell[1]}`).toMatch(new RegExp(`^(\\w{3} )?${hhmm(cell[1]!, zones[i]!)}$`)));
    }
  });

  it('gives the join details and every way to subscribe', () => {
    expect(section).toContain('<a href="https://us06web.zoom.us/j/89085916734?pwd=dBaeMvmg9SyWvWj5Caf2i1bNaCf2oJ.1" rel="noopener">Zoom link</a>');
    expect(section).toContain('<dt>Meeting ID</dt><dd>890 8591 6734</dd>');
    expect(section).toContain('<dt>Passcode</dt><dd>274899</dd>');
    expect(section).toContain('href="webcal://modelpack.github.io/community/meetings/office-hours.ics"');
    expect(section).toContain(
      'href="https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fmodelpack.github.io%2Fcommunity%2Fmeetings%2Foffice-hours.ics"',
    );
    expect(section).toContain(
      'href="https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fmodelpack.github.io%2Fcommunity%2Fmeetings%2Foffice-hours.ics&amp;name=ModelSpec%20Public%20Office%20Hours"',
    );
    expect(section).toContain('<a href="/community/meetings/office-hours.ics" download>');
    expect(section).toContain('<code class="feed-url">https://modelpack.github.io/community/meetings/office-hours.ics</code>');
    expect(section).toContain('<button type="button" data-copy="https://modelpack.github.io/community/meetings/office-hours.ics" hidden>Copy</button>');
  });

  it('says where the dates come from, how they are corrected, and that the site is rebuilt daily', () => {
    expect(section).toContain('href="https://github.com/modelpack/community/blob/main/content/meetings/office-hours.yaml"');
    expect(html).toContain('href="https://github.com/modelpack/community/tree/main/content/meetings"');
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
    expect(existsSync(join(dist, 'meetings.ics'))).toBe(true);
    expect(readBuilt('meetings.ics')).toContain('UID:office-hours.community@modelpack.github.io');
    expect(readBuilt('meetings/office-hours.ics')).toContain('X-WR-CALNAME:ModelSpec Public Office Hours');
  });

  it('stamp the series with the last commit that touched its file', () => {
    const file = 'content/meetings/office-hours.yaml';
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    const committed =
      git('status', '--porcelain', '--', file) === '' && git('rev-parse', '--is-shallow-repository') === 'false'
        ? git('log', '-1', '--format=%cI', '--', file)
        : '';
    const expected = committed ? new Date(committed) : new Date(`${officeHours!.firstOccurrence}T00:00:00Z`);
    expect(readBuilt('meetings.ics')).toContain(`DTSTAMP:${expected.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`);
  });
});

describe('the charter', () => {
  const charter = readBuilt('governance/');

  it('states the meeting time from the data, true in every season, instead of "10:00ET"', () => {
    expect(charter).toContain('which occurs every other Thursday at 14:00 UTC (10:00 in New York during daylight saving time, 09:00 otherwise).');
    expect(charter).not.toContain('10:00ET');
    expect(charter).not.toContain('Every second Thursday');
  });

  it('gives the schedule and join details from the data and links to the meetings page', () => {
    const meetings = charter.slice(charter.indexOf('id="meetings"'), charter.indexOf('id="code-of-conduct"'));
    expect(meetings).toContain('id="modelspec-public-office-hours-bi-weekly"');
    expect(meetings).toContain('<strong>Every other Thursday, 14:00-15:00 UTC</strong>');
    expect(meetings).toContain('<strong>Meeting ID</strong>: 890 8591 6734');
    expect(meetings).toContain('<strong>Passcode</strong>: 274899');
    expect(meetings).toContain('href="/community/meetings/#office-hours"');
  });
});
