import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMeetingSeries } from '../../test-support/meetings.ts';
import { nextMeeting, nextOccurrences, occurrencesBetween, wallClockStart, type SeriesSchedule } from './occurrences.ts';
import { localTimes } from './words.ts';

const [officeHours] = loadMeetingSeries(join(process.cwd(), 'tests/fixtures/site'));
const fixtures = new Map(loadMeetingSeries(process.cwd(), 'tests/fixtures/meetings').map((s) => [s.id, s]));
const specSync = fixtures.get('spec-sync')!;
const communityCall = fixtures.get('community-call')!;

const utc = (iso: string) => new Date(`${iso}Z`);
const day = (series: SeriesSchedule, isoDate: string) => occurrencesBetween(series, utc(`${isoDate}T00:00:00`), utc(`${isoDate}T23:59:59`));
const at = (zone: string, o: { start: Date; end: Date }) => localTimes(o, [zone])[0]!.start;

describe('the office hours (content/meetings/office-hours.yaml), anchored in UTC', () => {
  it('is the charter series: every other Thursday from 2025-06-26, 14:00 UTC for an hour', () => {
    expect(officeHours!.id).toBe('office-hours');
    const first = occurrencesBetween(officeHours!, utc('2025-06-01T00:00:00'), utc('2025-07-25T00:00:00'));
    expect(first.map((o) => [o.start.toISOString(), o.end.toISOString()])).toEqual([
      ['2025-06-26T14:00:00.000Z', '2025-06-26T15:00:00.000Z'],
      ['2025-07-10T14:00:00.000Z', '2025-07-10T15:00:00.000Z'],
      ['2025-07-24T14:00:00.000Z', '2025-07-24T15:00:00.000Z'],
    ]);
  });

  // New York changes clocks on 2026-03-08 and 2026-11-01, Berlin on 2026-03-29 and 2026-10-25.
  it.each([
    ['2026-03-05', '09:00', '15:00'],
    ['2026-03-19', '10:00', '15:00'], // New York already on daylight time, Berlin not yet
    ['2026-04-02', '10:00', '16:00'],
    ['2026-10-29', '10:00', '15:00'], // Berlin back on winter time, New York not yet
    ['2026-11-12', '09:00', '15:00'],
  ])('meets on %s at 14:00 UTC: %s in New York, %s in Berlin', (date, newYork, berlin) => {
    const [o, ...rest] = day(officeHours!, date);
    expect(rest).toEqual([]);
    expect(o!.start.toISOString()).toBe(`${date}T14:00:00.000Z`);
    expect(o!.status).toBe('scheduled');
    expect(at('America/New_York', o!)).toBe(newYork);
    expect(at('Europe/Berlin', o!)).toBe(berlin);
  });

  it('keeps the two-week cycle across the year boundary, although 2026 has 53 ISO weeks', () => {
    const around = occurrencesBetween(officeHours!, utc('2026-12-15T00:00:00'), utc('2027-01-15T00:00:00'));
    expect(around.map((o) => o.start.toISOString().slice(0, 10))).toEqual(['2026-12-24', '2027-01-07']);
    // On the far side of the date line the 14:00 UTC meeting is already late evening.
    expect(localTimes(around[1]!, ['Asia/Tokyo', 'America/Los_Angeles'])).toMatchObject([
      { date: '2027-01-07', start: '23:00', dayShift: 0 },
      { date: '2027-01-07', start: '06:00', dayShift: 0 },
    ]);
  });

  it('does not meet on the Thursdays in between', () => {
    expect(day(officeHours!, '2026-03-12')).toEqual([]);
    expect(day(officeHours!, '2026-12-31')).toEqual([]);
  });
});

describe('a series anchored in America/New_York (tests/fixtures/meetings/spec-sync.yaml)', () => {
  it.each([
    ['2026-03-05', '15:00'], // EST, UTC-5
    ['2026-03-19', '14:00'], // EDT, UTC-4
    ['2026-10-29', '14:00'],
    ['2026-11-12', '15:00'],
  ])('keeps 10:00 New York time on %s, which is %s UTC', (date, utcTime) => {
    const [o] = day(specSync, date);
    expect(at('America/New_York', o!)).toBe('10:00');
    expect(o!.start.toISOString()).toBe(`${date}T${utcTime}:00.000Z`);
    expect(o!.end.getTime() - o!.start.getTime()).toBe(45 * 60_000);
  });

  it('shows in Berlin at 16:00, except in the weeks when only the US has changed clocks', () => {
    expect(at('Europe/Berlin', day(specSync, '2026-03-05')[0]!)).toBe('16:00');
    expect(at('Europe/Berlin', day(specSync, '2026-03-19')[0]!)).toBe('15:00');
    expect(at('Europe/Berlin', day(specSync, '2026-04-02')[0]!)).toBe('16:00');
    expect(at('Europe/Berlin', day(specSync, '2026-10-29')[0]!)).toBe('15:00');
  });
});

describe('exceptions (tests/fixtures/meetings/community-call.yaml)', () => {
  const all = occurrencesBetween(communityCall, utc('2027-01-01T00:00:00'), utc('2027-02-10T00:00:00'));

  it('marks the cancelled meeting with its reason, moves the moved one and adds the extra one, in time order', () => {
    expect(all.map((o) => [o.start.toISOString(), o.status, o.reason])).toEqual([
      ['2027-01-05T16:00:00.000Z', 'scheduled', undefined],
      ['2027-01-12T16:00:00.000Z', 'scheduled', undefined],
      ['2027-01-19T16:00:00.000Z', 'cancelled', 'Winter break'],
      ['2027-01-28T15:00:00.000Z', 'moved', 'Clashes with the KubeCon keynote'],
      ['2027-02-02T16:00:00.000Z', 'scheduled', undefined],
      ['2027-02-04T08:30:00.000Z', 'extra', 'Release 1.0 planning'],
      ['2027-02-09T16:00:00.000Z', 'scheduled', undefined],
    ]);
    const moved = all.find((o) => o.status === 'moved')!;
    expect(moved.originalStart?.toISOString()).toBe('2027-01-26T16:00:00.000Z');
    expect(moved.end.toISOString()).toBe('2027-01-28T16:30:00.000Z');
  });

  it('finds a moved meeting by its new date even when its usual date is outside the window', () => {
    expect(occurrencesBetween(communityCall, utc('2027-01-27T00:00:00'), utc('2027-01-29T00:00:00')).map((o) => o.status)).toEqual(['moved']);
    expect(occurrencesBetween(communityCall, utc('2027-01-26T00:00:00'), utc('2027-01-27T00:00:00'))).toEqual([]);
  });

  it('stops after the until date', () => {
    const late = occurrencesBetween(communityCall, utc('2027-03-20T00:00:00'), utc('2027-06-01T00:00:00'));
    expect(late.map((o) => o.start.toISOString().slice(0, 10))).toEqual(['2027-03-23', '2027-03-30']);
    expect(nextOccurrences(communityCall, utc('2027-03-31T00:00:00'), 6)).toEqual([]);
  });

  it('counts a meeting in progress as the next one, and skips a cancelled one for "next meeting"', () => {
    expect(nextOccurrences(communityCall, utc('2027-01-05T16:30:00'), 1)[0]!.start.toISOString()).toBe('2027-01-05T16:00:00.000Z');
    expect(nextOccurrences(communityCall, utc('2027-01-13T00:00:00'), 2).map((o) => o.status)).toEqual(['cancelled', 'moved']);
    expect(nextMeeting(communityCall, utc('2027-01-13T00:00:00'))!.status).toBe('moved');
  });
});

describe('a start the clock shows not once that day, placed as RFC 5545 3.3.5 says', () => {
  const newYork = { rule: { weekday: 'sunday', start: '01:30', durationMinutes: 60, intervalWeeks: 1, timeZone: 'America/New_York' } } as const;

  it('takes a time in the hour the autumn change repeats at its first occurrence (EDT), not its second', () => {
    expect(wallClockStart(newYork, '2026-11-01').toUTC().toISO()).toBe('2026-11-01T05:30:00.000Z');
    expect(wallClockStart(newYork, '2026-11-08').toUTC().toISO()).toBe('2026-11-08T06:30:00.000Z');
  });

  it('takes a time in the hour the spring change skips with the offset before it: 02:30 is 03:30 EDT that day only', () => {
    expect(wallClockStart(newYork, '2026-03-08', '02:30').toISO()).toBe('2026-03-08T03:30:00.000-04:00');
    expect(wallClockStart(newYork, '2026-03-15', '02:30').toISO()).toBe('2026-03-15T02:30:00.000-04:00');
  });
});

describe('exceptions looked up by date', () => {
  const [officeHours] = loadMeetingSeries(join(process.cwd(), 'tests/fixtures/site'));
  const day = (n: number) => new Date(Date.parse('2026-01-02T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);
  // Extra sessions on the Fridays after each meeting, and every fourth meeting moved to the Tuesday before it.
  const series = {
    ...officeHours!,
    id: 'many',
    extra: Array.from({ length: 60 }, (_, k) => ({ date: day(14 * k + 7), reason: `extra ${k}` })).reverse(),
    moved: Array.from({ length: 15 }, (_, k) => ({ date: day(56 * k + 13), to: day(56 * k + 11), reason: `moved ${k}` })),
    cancelled: [],
  };
  const all = occurrencesBetween(series, new Date('2025-12-01T00:00:00Z'), new Date('2028-12-01T00:00:00Z'));

  it('finds in every window exactly the meetings of the whole range that overlap it', () => {
    expect(all.filter((o) => o.status === 'extra')).toHaveLength(60);
    expect(all.filter((o) => o.status === 'moved')).toHaveLength(15);
    for (let start = Date.parse('2026-01-01T00:00:00Z'); start < Date.parse('2028-06-01T00:00:00Z'); start += 5 * 86_400_000 + 3_600_000) {
      const from = new Date(start);
      const to = new Date(start + 3 * 86_400_000);
      expect(occurrencesBetween(series, from, to)).toEqual(all.filter((o) => o.end > from && o.start < to));
    }
  });

  it('reads a changed list, not the index of the list it replaced', () => {
    const fewer = { ...series, moved: series.moved.slice(1) };
    expect(occurrencesBetween(fewer, new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z')).filter((o) => o.status === 'moved')).toEqual([]);
    expect(occurrencesBetween(series, new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z')).filter((o) => o.status === 'moved')).toHaveLength(1);
  });
});
