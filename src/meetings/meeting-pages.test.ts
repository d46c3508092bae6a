import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMeetingSeries } from '../../test-support/meetings.ts';
import { meetingPages, neighbours, occurrenceDate, occurrenceOn, pastWithRecords, statusInWords, upcomingPages } from './meeting-pages.ts';

// Weekly on Tuesday 17:00 Berlin from 2027-01-05 to 2027-03-30; 01-19 cancelled, 01-26 moved to 01-28 16:00, extra on 02-04 09:30.
const communityCall = loadMeetingSeries(process.cwd(), 'tests/fixtures/meetings').find((s) => s.id === 'community-call')!;
const [officeHours] = loadMeetingSeries(join(process.cwd(), 'tests/fixtures/site'));
const utc = (iso: string) => new Date(iso);

describe('occurrenceOn and occurrenceDate', () => {
  it('finds each occurrence by its usual date, whatever became of it, and gives that date back', () => {
    expect(occurrenceOn(communityCall, '2027-01-12')).toMatchObject({ status: 'scheduled', start: utc('2027-01-12T16:00:00Z') });
    expect(occurrenceOn(communityCall, '2027-01-19')).toMatchObject({ status: 'cancelled', reason: 'Winter break' });
    expect(occurrenceOn(communityCall, '2027-01-26')).toMatchObject({
      status: 'moved',
      start: utc('2027-01-28T15:00:00Z'),
      originalStart: utc('2027-01-26T16:00:00Z'),
    });
    expect(occurrenceOn(communityCall, '2027-02-04')).toMatchObject({ status: 'extra', start: utc('2027-02-04T08:30:00Z') });
    expect(occurrenceOn(communityCall, '2027-01-28')).toBeUndefined(); // where a meeting moved to is not its address
    expect(occurrenceOn(communityCall, '2027-01-13')).toBeUndefined();
    for (const date of ['2027-01-12', '2027-01-19', '2027-01-26', '2027-02-04'])
      expect(occurrenceDate(communityCall, occurrenceOn(communityCall, date)!)).toBe(date);
  });

  it("keeps the date of the series' zone when the meeting falls on another day in UTC", () => {
    const tokyo = { ...communityCall, rule: { ...communityCall.rule, timeZone: 'Asia/Tokyo', start: '07:00' } };
    const o = occurrenceOn(tokyo, '2027-01-12')!;
    expect(o.start.toISOString()).toBe('2027-01-11T22:00:00.000Z');
    expect(occurrenceDate(tokyo, o)).toBe('2027-01-12');
  });
});

describe('meetingPages', () => {
  it('gives a page to every meeting with a record, and to every meeting of the coming three months (cancelled, moved and extra ones included)', () => {
    const pages = meetingPages(communityCall, ['2027-01-05', '2027-01-19'], utc('2027-02-10T00:00:00Z'));
    expect(pages.map((p) => [p.date, p.occurrence.status, p.hasRecord])).toEqual([
      ['2027-01-05', 'scheduled', true],
      ['2027-01-19', 'cancelled', true],
      // past, without a record, but the feeds link them
      ['2027-01-26', 'moved', false],
      ['2027-02-04', 'extra', false],
      ...['02-16', '02-23', '03-02', '03-09', '03-16', '03-23', '03-30'].map((d) => [`2027-${d}`, 'scheduled', false]),
    ]);
  });

  it('orders moved and extra meetings by when they happen, under their usual date', () => {
    const pages = meetingPages(communityCall, [], utc('2027-01-20T00:00:00Z'));
    expect(pages.slice(0, 4).map((p) => [p.date, p.occurrence.status, p.occurrence.start.toISOString()])).toEqual([
      ['2027-01-26', 'moved', '2027-01-28T15:00:00.000Z'],
      ['2027-02-02', 'scheduled', '2027-02-02T16:00:00.000Z'],
      ['2027-02-04', 'extra', '2027-02-04T08:30:00.000Z'],
      ['2027-02-09', 'scheduled', '2027-02-09T16:00:00.000Z'],
    ]);
  });

  it('reaches past three months when the series meets rarely, so the next six meetings all have a page', () => {
    const monthly = { ...officeHours!, rule: { ...officeHours!.rule, intervalWeeks: 4 } };
    const pages = meetingPages(monthly, [], utc('2027-01-01T00:00:00Z'));
    expect(pages).toHaveLength(6);
    expect(pages.at(-1)!.date).toBe('2027-05-27');
  });

  it('includes a meeting under way at the build moment, and none that has ended without a record', () => {
    const pages = meetingPages(communityCall, [], utc('2027-01-12T16:30:00Z'));
    expect(pages[0]!.date).toBe('2027-01-12');
    expect(meetingPages(communityCall, [], utc('2027-01-12T17:00:00Z'))[0]!.date).toBe('2027-01-19');
  });

  it('has nothing for a series that has ended, beyond its records and the moved and extra meetings the feeds link', () => {
    expect(meetingPages(communityCall, ['2027-03-30'], utc('2028-01-01T00:00:00Z')).map((p) => p.date)).toEqual(['2027-01-26', '2027-02-04', '2027-03-30']);
  });

  it('gives a page to a moved meeting and an extra session far beyond the coming months, since the feeds link them', () => {
    const dates = meetingPages(communityCall, [], utc('2026-06-01T00:00:00Z')).map((p) => p.date);
    expect(dates).toContain('2027-01-26');
    expect(dates).toContain('2027-02-04');
  });
});

describe('the links and lists between pages', () => {
  const pages = meetingPages(communityCall, ['2027-01-05', '2027-01-12', '2027-01-26'], utc('2027-01-27T00:00:00Z'));

  it('links each page to the one before and after it in time', () => {
    expect(pages.map((p) => p.date).slice(0, 5)).toEqual(['2027-01-05', '2027-01-12', '2027-01-26', '2027-02-02', '2027-02-04']);
    const first = neighbours(pages, '2027-01-05');
    expect([first.previous, first.next?.date]).toEqual([undefined, '2027-01-12']);
    const moved = neighbours(pages, '2027-01-26');
    expect([moved.previous?.date, moved.next?.date]).toEqual(['2027-01-12', '2027-02-02']);
    const last = neighbours(pages, '2027-03-30');
    expect([last.previous?.date, last.next]).toEqual(['2027-03-23', undefined]);
    expect(neighbours(pages, '2027-01-13')).toEqual({});
  });

  it('lists past meetings with a record newest first, and upcoming ones in time order', () => {
    // At the build moment the moved meeting (28 January) has not happened yet.
    expect(pastWithRecords(pages, utc('2027-01-27T00:00:00Z')).map((p) => p.date)).toEqual(['2027-01-12', '2027-01-05']);
    expect(pastWithRecords(pages, utc('2027-02-01T00:00:00Z')).map((p) => p.date)).toEqual(['2027-01-26', '2027-01-12', '2027-01-05']);
    expect(
      upcomingPages(pages, utc('2027-01-27T00:00:00Z'))
        .map((p) => p.date)
        .slice(0, 2),
    ).toEqual(['2027-01-26', '2027-02-02']);
  });

  it('says what became of a meeting', () => {
    expect(statusInWords(occurrenceOn(communityCall, '2027-01-19')!)).toBe('Cancelled: Winter break');
    expect(statusInWords(occurrenceOn(communityCall, '2027-01-26')!)).toBe('Moved: Clashes with the KubeCon keynote');
    expect(statusInWords(occurrenceOn(communityCall, '2027-02-04')!)).toBe('Extra session: Release 1.0 planning');
    expect(statusInWords(occurrenceOn(communityCall, '2027-01-12')!)).toBeUndefined();
  });
});
