import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadMeetingSeries } from '../test-support/meetings.ts';
import { join } from 'node:path';
import { nextMeeting, nextOccurrences } from '../src/meetings/occurrences.ts';
import { FIXTURE_CONTENT, fixtureSite } from '../test-support/project.ts';
import { siteInBrowser } from '../test-support/browser.ts';
import { HARD_DAYS } from '../test-support/build-days.ts';

/**
 * /meetings/ of the fixture site in a real Chromium, with the reader's time zone and the
 * browser's clock set: the times are shown in the reader's zone and the next meeting is
 * worked out on the reader's day, whenever the page was built.
 */
const site = fixtureSite();
const served = siteInBrowser(() => site.dist);

const [officeHours] = loadMeetingSeries(join(process.cwd(), FIXTURE_CONTENT, '..'));

async function openMeetings(timezoneId: string, now: string): Promise<Page> {
  const context = await served.browser.newContext({ timezoneId, locale: 'en-GB' });
  await context.clock.setFixedTime(new Date(now));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${served.site.url}meetings/`);
  await page.locator('[data-reader-zone]').filter({ hasText: timezoneId }).waitFor();
  expect(errors).toEqual([]);
  return page;
}

describe("the meetings page in the reader's time zone", () => {
  // A spring day when US clocks have changed and European ones not yet, and an autumn day after both changed back.
  it.each([
    ['Asia/Tokyo', '2027-03-16T12:00:00Z'],
    ['America/Los_Angeles', '2027-03-16T12:00:00Z'],
    ['Asia/Tokyo', '2027-11-09T20:00:00Z'],
    ['America/Los_Angeles', '2027-11-09T20:00:00Z'],
  ])('in %s on %s: names the zone and the next meeting in local time', async (zone, now) => {
    const page = await openMeetings(zone, now);
    const expected = nextMeeting(officeHours!, new Date(now))!;
    const local = DateTime.fromJSDate(expected.start, { zone });
    const next = page.locator('[data-next-meeting="office-hours"]');
    expect(await next.getAttribute('datetime')).toBe(expected.start.toISOString());
    const text = await next.textContent();
    // Compact: the reader's date once (no year: it is this year), the times, the zone's abbreviation.
    expect(text).toMatch(new RegExp(`^${local.setLocale('en-GB').toFormat('cccc d LLLL')}, ${local.toFormat('HH:mm')}-\\d\\d:\\d\\d [A-Z]{3,4}$`));
    expect(await page.locator('p[data-js-only]').isVisible()).toBe(true);
    expect(await page.locator('p[data-no-js]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('shows 23:00-00:00 in Tokyo on one date, and 07:00 or 06:00 in Los Angeles, as US clocks change', async () => {
    const tokyo = await openMeetings('Asia/Tokyo', '2027-03-16T12:00:00Z');
    expect(await tokyo.locator('[data-next-meeting="office-hours"]').textContent()).toBe('Thursday 18 March, 23:00-00:00 JST');
    await tokyo.context().close();
    const losAngeles = await openMeetings('America/Los_Angeles', '2027-03-16T12:00:00Z');
    expect(await losAngeles.locator('[data-next-meeting="office-hours"]').textContent()).toBe('Thursday 18 March, 07:00-08:00 PDT');
    await losAngeles.context().close();
    const winter = await openMeetings('America/Los_Angeles', '2027-11-09T20:00:00Z');
    expect(await winter.locator('[data-next-meeting="office-hours"]').textContent()).toBe('Thursday 11 November, 06:00-07:00 PST');
    await winter.context().close();
  });

  it("rewrites every listed time into the reader's zone, and lists none as next once all are over", async () => {
    // More than a year after the build: every listed date (three months of them) is over.
    const page = await openMeetings('America/Los_Angeles', new Date(site.now.getTime() + 400 * 86_400_000).toISOString());
    const items = page.locator('ol.occurrences > li');
    expect(await items.count()).toBeGreaterThanOrEqual(6);
    for (const li of await items.all()) {
      const time = li.locator('time').first();
      const start = DateTime.fromISO((await time.getAttribute('datetime'))!, { zone: 'America/Los_Angeles' });
      expect(await time.textContent()).toContain(start.toFormat('HH:mm'));
      expect(await li.getAttribute('data-past')).toBe('');
      expect(await li.isVisible()).toBe(false);
    }
    expect(await page.locator('[data-no-next-dates]').isVisible()).toBe(true);
    // The table keeps its fixed zones: it is there for readers without JavaScript and for comparing zones.
    const tokyoCell = page.locator('table.local-times tbody tr').first().locator('td').last();
    expect(await tokyoCell.isVisible()).toBe(false); // its date is over too
    expect(await tokyoCell.textContent()).toMatch(/^(\w{3} )?\d\d:\d\d$/);
    await page.context().close();
  });

  it('lists no past date as next when read days after the build (built on one day, read 19 days later)', async () => {
    const html = site.read('meetings/');
    const builtOn = /built on <time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html)![1]!;
    const now = new Date(Date.parse(`${builtOn}T00:00:00Z`) + 19 * 86_400_000);
    const page = await openMeetings('Europe/Berlin', now.toISOString());
    const visible = await page.locator('section:has(#office-hours) ol.occurrences > li:visible').all();
    expect(visible.length).toBeGreaterThan(0);
    for (const li of visible) expect(Date.parse((await li.getAttribute('data-ends'))!)).toBeGreaterThan(now.getTime());
    const first = await visible[0]!.locator('time').first().getAttribute('datetime');
    expect(first).toBe(nextOccurrences(officeHours!, now, 1)[0]!.start.toISOString());
    const rows = await page.locator('section:has(#office-hours) table.local-times tbody tr:visible').all();
    expect(rows.length).toBe(visible.length);
    await page.context().close();
  });

  // The reader's clock on each hard day, in a zone whose clocks change in March and one whose
  // do not: the next meeting and the next dates are worked out on that day, from the rules.
  it.each(HARD_DAYS.flatMap((day) => [['America/New_York', `${day}T12:00:00Z`] as const, ['Asia/Tokyo', `${day}T12:00:00Z`] as const]))(
    'in %s on %s: names the next meeting and lists only dates not over',
    async (zone, now) => {
      const page = await openMeetings(zone, now);
      const expected = nextMeeting(officeHours!, new Date(now))!;
      const next = page.locator('[data-next-meeting="office-hours"]');
      expect(await next.getAttribute('datetime')).toBe(expected.start.toISOString());
      const local = DateTime.fromJSDate(expected.start, { zone });
      // The year only when it is not the reader's (a meeting in January, read on 31 December).
      const year = local.year === DateTime.fromISO(now, { zone }).year ? '' : ` ${local.year}`;
      const date = `${local.toFormat('cccc')},? ${local.toFormat('d LLLL')}${year}`;
      expect(await next.textContent()).toMatch(new RegExp(`^${date}, ${local.toFormat('HH:mm')}-${local.plus({ hours: 1 }).toFormat('HH:mm')} [A-Z]{3,4}$`));
      const visible = await page.locator('section:has(#office-hours) ol.occurrences > li:visible').all();
      for (const li of visible) expect(Date.parse((await li.getAttribute('data-ends'))!)).toBeGreaterThan(Date.parse(now));
      // The page lists three months from its build: a reader on a later day sees what is left of them.
      const listed = await page
        .locator('section:has(#office-hours) ol.occurrences > li')
        .evaluateAll((lis) => lis.map((li) => Date.parse(li.getAttribute('data-ends')!)));
      expect(visible.length).toBe(Math.min(6, listed.filter((end) => end > Date.parse(now)).length));
      await page.context().close();
    },
  );
});
