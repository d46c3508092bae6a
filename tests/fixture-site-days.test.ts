import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildDays } from '../test-support/build-days.ts';
import { FIXTURE_CONTENT, fixtureSite } from '../test-support/project.ts';

/**
 * What the build day changes on the fixture site besides the meeting dates
 * (tests/meetings-page.test.ts), built as of the run's day and each hard day: the open
 * vote is counted against the maintainers active that day (a fixture maintainer joins
 * on 2027-03-20, another leaves on 2027-12-01), and the feeds do not change at all.
 */
interface RosterFile {
  handle: string;
  since?: Date | string;
  emeritusSince?: Date | string;
}
const day = (d: Date | string | undefined) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const roster = readdirSync(join(FIXTURE_CONTENT, 'maintainers')).map((f) => load(readFileSync(join(FIXTURE_CONTENT, 'maintainers', f), 'utf8')) as RosterFile);
/** Active on `today`: joined on or before it (or undated), and not emeritus by then. */
const activeOn = (today: string) =>
  roster
    .filter((m) => (day(m.since) ?? '') <= today && !(day(m.emeritusSince) && day(m.emeritusSince)! <= today))
    .map((m) => m.handle)
    .sort();
const text = (html: string) =>
  html
    .slice(html.indexOf('<main'), html.indexOf('</main>'))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:)])/g, '$1');

const runDay = fixtureSite();

describe.each(buildDays().map((d) => [d.toISOString(), d] as const))('the fixture site built as of %s', (_, now) => {
  const today = now.toISOString().slice(0, 10);

  it('counts the open vote against the maintainers active on the build day, a 2/3 majority of them', () => {
    const site = fixtureSite(now);
    const active = activeOn(today);
    const needed = Math.ceil((2 * active.length) / 3);
    const page = text(site.read('decisions/2026-11-logo/'));
    expect(page).toContain(`1 vote for, ${needed} needed (1 against, 0 abstaining): ${needed} of ${active.length} maintainers active today.`);
    const notVoted = active.filter((h) => h !== 'ana-fixture' && h !== 'ben-fixture');
    expect(page).toContain(`Not voted yet: ${notVoted.map((h) => `@${h}`).join(', ')}.`);
    const json = JSON.parse(site.read('decisions.json'));
    expect(json.decisions.find((d: { id: string }) => d.id === '2026-11-logo')).toMatchObject({ countedOn: today });
  });

  it('writes the same feeds, byte for byte, as on any other day', () => {
    const site = fixtureSite(now);
    for (const feed of ['meetings.ics', 'meetings/office-hours.ics', 'governance.xml']) expect(site.read(feed), feed).toBe(runDay.read(feed));
  });
});
