import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { feedReaders, pagesReading } from '../../test-support/ical-readers.ts';
import { loadMeetingSeries } from '../../test-support/meetings.ts';
import { nextMeeting as nextMeetingInBrowser } from '../client/next-meeting.ts';
import { browserRules } from './browser-data.ts';
import { clockChangeInWords, clockChanges } from './clock-changes.ts';
import { buildFeed, contentStamp, type FeedContext } from './feed.ts';
import { meetingPages, occurrenceOn } from './meeting-pages.ts';
import { nextMeeting, occurrencesBetween } from './occurrences.ts';
import type { MeetingSeries } from '../schemas/meeting.ts';
import { meetingWhenInWords, ruleInWords } from './words.ts';

/**
 * The monthly fixtures of tests/fixtures/meetings/ over ten years, 2026-2035, across every
 * clock change: design-review (the 1st and 3rd Wednesday at 10:00 Los Angeles time, one
 * meeting cancelled, one moved) and steering (the last Friday at 16:00 Berlin time, with
 * no public link). Every date here is fixed: nothing depends on the day the suite runs.
 */
const fixtures = new Map(loadMeetingSeries(process.cwd(), 'tests/fixtures/meetings').map((s) => [s.id, s]));
const review = fixtures.get('design-review')!;
const steering = fixtures.get('steering')!;
const FROM = new Date('2026-01-01T00:00:00Z');
const TO = new Date('2036-01-01T00:00:00Z');
const context: FeedContext = { siteUrl: 'https://governance.example.org/community/', project: 'Example', stampOf: (s) => contentStamp(s, undefined) };

/** The weekday's dates in a month, counted with luxon day by day (not the occurrence module's arithmetic). */
function weekdaysOf(year: number, month: number, weekday: number): string[] {
  const dates: string[] = [];
  for (let d = DateTime.utc(year, month, 1); d.month === month; d = d.plus({ days: 1 })) if (d.weekday === weekday) dates.push(d.toISODate()!);
  return dates;
}

const months = () => {
  const list: [number, number][] = [];
  for (let y = 2026; y < 2036; y++) for (let m = 1; m <= 12; m++) list.push([y, m]);
  return list;
};

describe('a series on the 1st and 3rd Wednesday at 10:00 Los Angeles time, for ten years', () => {
  const occurrences = occurrencesBetween(review, FROM, TO);
  const la = (d: Date) => DateTime.fromJSDate(d, { zone: 'America/Los_Angeles' });

  it('meets on the 1st and 3rd Wednesday of every month at 10:00 on the Los Angeles clock, but for the cancelled and the moved meeting', () => {
    const expected = months().flatMap(([y, m]) => {
      const wednesdays = weekdaysOf(y, m, 3);
      return [wednesdays[0]!, wednesdays[2]!];
    });
    const regular = occurrences.filter((o) => o.status !== 'moved');
    expect(regular.map((o) => la(o.start).toISODate())).toEqual(expected.filter((d) => d !== '2027-03-17'));
    expect(new Set(regular.map((o) => la(o.start).toFormat('HH:mm')))).toEqual(new Set(['10:00']));
    expect(regular.filter((o) => o.status === 'cancelled').map((o) => o.start.toISOString())).toEqual(['2026-11-04T18:00:00.000Z']); // PST
    const moved = occurrences.filter((o) => o.status === 'moved');
    expect(moved.map((o) => [o.start.toISOString(), o.originalStart!.toISOString()])).toEqual([['2027-03-12T17:00:00.000Z', '2027-03-17T17:00:00.000Z']]); // 09:00 PST, from 10:00 PDT
    expect(occurrences).toHaveLength(240);
  });

  it('writes the rule as RRULE:FREQ=MONTHLY;BYDAY=1WE,3WE with the cancellation in EXDATE and the move in RECURRENCE-ID', () => {
    const lines = buildFeed([review], context, 'x')
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n');
    expect(lines).toContain('RRULE:FREQ=MONTHLY;BYDAY=1WE,3WE');
    expect(lines).toContain('EXDATE;TZID=America/Los_Angeles:20261104T100000');
    expect(lines).toContain('RECURRENCE-ID;TZID=America/Los_Angeles:20270317T100000');
    expect(lines).toContain('DTSTART;TZID=America/Los_Angeles:20270312T090000');
  });

  it.each(Object.keys(feedReaders))('is read by %s as the pages list it, meeting by meeting, 2026-2035', (reader) => {
    const expected = pagesReading([review, steering], context.siteUrl, FROM, TO);
    expect(expected).toHaveLength(239 + 120);
    expect(feedReaders[reader]!(buildFeed([review, steering], context, 'x'), FROM, TO)).toEqual(expected);
  });

  it('names the same next meeting in the browser as the build, every 29 hours for ten years (cancelled one skipped, moved one found)', () => {
    const rules = browserRules([review, steering]);
    const disagreements: string[] = [];
    for (const [series, rule] of [
      [review, rules[0]!],
      [steering, rules[1]!],
    ] as const) {
      for (let t = FROM.getTime(); t < TO.getTime(); t += 29 * 3_600_000) {
        const expected = nextMeeting(series, new Date(t));
        const actual = nextMeetingInBrowser(rule, t);
        const e = expected ? `${expected.start.toISOString()}/${expected.end.toISOString()}` : 'none';
        const a = actual ? `${new Date(actual[0]).toISOString()}/${new Date(actual[1]).toISOString()}` : 'none';
        if (e !== a) disagreements.push(`${series.id} at ${new Date(t).toISOString()}: ${a} instead of ${e}`);
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    expect(new Date(nextMeetingInBrowser(rules[0]!, Date.parse('2026-11-01T00:00:00Z'))![0]).toISOString()).toBe('2026-11-18T18:00:00.000Z');
    expect(new Date(nextMeetingInBrowser(rules[0]!, Date.parse('2027-03-04T00:00:00Z'))![0]).toISOString()).toBe('2027-03-12T17:00:00.000Z');
  });

  it('marks each clock change in the local-times table: twice a year in UTC, where Los Angeles changes', () => {
    const changes = clockChanges(occurrences, ['UTC'], review);
    expect(changes).toHaveLength(20);
    expect(new Set(changes.map((c) => c.changedIn))).toEqual(new Set(['America/Los_Angeles']));
    expect(changes.filter((c) => c.firstAfter.startsWith('2027')).map(clockChangeInWords)).toEqual([
      // The meeting of 17 March moved to the 12th, at its own time: the first at the new time is 7 April.
      'UTC: 18:00 until 3 March, 17:00 from 7 April (the clocks change in Los Angeles)',
      'UTC: 17:00 until 3 November, 18:00 from 17 November (the clocks change in Los Angeles)',
    ]);
    // Each change is marked at the first regular meeting after the second Sunday of March or the first of November.
    for (const c of changes) {
      const year = Number(c.firstAfter.slice(0, 4));
      const spring = c.after === '17:00';
      const changeDay = spring ? weekdaysOf(year, 3, 7)[1]! : weekdaysOf(year, 11, 7)[0]!;
      expect(c.lastBefore < changeDay && c.firstAfter > changeDay, clockChangeInWords(c)).toBe(true);
    }
  });

  it('gives each meeting a page named by its usual date: the moved one by 17 March, the cancelled one by 4 November', () => {
    expect(occurrenceOn(review, '2027-03-17')).toMatchObject({ status: 'moved', start: new Date('2027-03-12T17:00:00Z') });
    expect(occurrenceOn(review, '2026-11-04')).toMatchObject({ status: 'cancelled', reason: 'Release week' });
    expect(occurrenceOn(review, '2026-11-11')).toBeUndefined();
    expect(meetingPages(review, [], new Date('2027-01-01T00:00:00Z')).map((p) => `${p.date} ${p.occurrence.status}`)).toEqual([
      '2027-01-06 scheduled',
      '2027-01-20 scheduled',
      '2027-02-03 scheduled',
      '2027-02-17 scheduled',
      '2027-03-03 scheduled',
      '2027-03-17 moved',
    ]);
  });

  it('ends with UNTIL, and in UTC writes its cancelled dates in UTC, as every reader reads them', () => {
    const ended: MeetingSeries = { ...review, id: 'ended', until: '2030-06-30' };
    const onUtc: MeetingSeries = {
      ...steering,
      id: 'on-utc',
      rule: { ...steering.rule, timeZone: 'UTC' },
      cancelled: [{ date: '2026-05-29', reason: 'Holiday' }],
    };
    const text = buildFeed([ended, onUtc], context, 'x');
    const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines).toContain('RRULE:FREQ=MONTHLY;UNTIL=20300701T065959Z;BYDAY=1WE,3WE'); // the end of 30 June in Los Angeles
    expect(lines).toContain('EXDATE:20260529T160000Z');
    const expected = pagesReading([ended, onUtc], context.siteUrl, FROM, TO);
    expect(expected.filter((r) => r.uid.startsWith('ended.')).at(-1)!.start).toBe('2030-06-19T17:00:00.000Z');
    for (const read of Object.values(feedReaders)) expect(read(text, FROM, TO)).toEqual(expected);
  });

  it('says its rule in words, with the local time elsewhere as it changes during the year', () => {
    expect(ruleInWords(review)).toBe('The 1st and 3rd Wednesday of each month, 10:00-11:00 Los Angeles time');
    expect(meetingWhenInWords(review, 'Europe/Berlin')).toBe(
      'on the 1st and 3rd Wednesday of each month at 10:00 Los Angeles time (18:00 or 19:00 in Berlin, depending on daylight saving time)',
    );
  });
});

describe('a series on the last Friday of each month, with no public link', () => {
  it('meets on the last Friday of every month, for ten years', () => {
    const expected = months().map(([y, m]) => weekdaysOf(y, m, 5).at(-1)!);
    expect(occurrencesBetween(steering, FROM, TO).map((o) => DateTime.fromJSDate(o.start, { zone: 'Europe/Berlin' }).toFormat('yyyy-MM-dd HH:mm'))).toEqual(
      expected.filter((d) => d >= '2026-01-30').map((d) => `${d} 16:00`),
    );
    expect(ruleInWords(steering)).toBe('The last Friday of each month, 16:00-17:00 Berlin time');
  });

  it('carries how to get the link in the feed, and no LOCATION', () => {
    const text = buildFeed([steering], context, 'x').replace(/\r\n[ \t]/g, '');
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYDAY=-1FR\r\n');
    expect(text).toContain('How to join (Jitsi): Join the steering mailing list for the invite.');
    expect(text).not.toMatch(/^LOCATION/m);
  });
});
