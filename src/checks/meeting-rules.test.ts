import { describe, expect, it } from 'vitest';
import { loadMeetingSeries } from '../../test-support/meetings.ts';
import type { MeetingData } from '../schemas/meeting.ts';
import { meetingRules } from './index.ts';
import { entryProblems } from './rule.ts';

const [officeHours] = loadMeetingSeries(process.cwd());
/** Every meeting rule of src/checks/index.ts, in its order. */
const seriesProblems = (series: Omit<MeetingData, never>) => entryProblems(meetingRules, series);

describe('checks across fields', () => {
  const base = { ...officeHours! };
  it('accepts the real office hours', () => {
    expect(seriesProblems(base)).toEqual([]);
  });

  it('names the nearest right dates for a first date on the wrong weekday', () => {
    expect(seriesProblems({ ...base, firstOccurrence: '2025-06-27' })).toEqual([
      {
        path: ['firstOccurrence'],
        message: '2025-06-27 is a Friday, but rule.weekday is thursday; write the date of the first Thursday meeting, e.g. 2025-06-26 or 2025-07-03',
      },
    ]);
  });

  it('names the nearest occurrences for a cancelled or moved date that is not one', () => {
    const problems = seriesProblems({
      ...base,
      cancelled: [{ date: '2026-03-12', reason: 'x' }],
      moved: [
        { date: '2026-03-05', to: '2026-03-06', reason: 'y' },
        { date: '2026-03-05', to: '2026-03-07', reason: 'z' },
      ],
    });
    expect(problems).toEqual([
      {
        path: ['cancelled', 0, 'date'],
        message: '2026-03-12 is not a date of this series (every other Thursday from 2025-06-26); the nearest are 2026-03-05 and 2026-03-19',
      },
      { path: ['moved', 1, 'date'], message: '2026-03-05 is already listed under moved[0]; list each date once' },
    ]);
  });
});

describe('meetings that clock changes or other meetings get in the way of', () => {
  const newYork = { ...officeHours!, rule: { ...officeHours!.rule, weekday: 'sunday' as const, intervalWeeks: 1, timeZone: 'America/New_York' } };

  it('refuses a start in the hour a clock change skips or repeats, on any date of the series, and accepts one beside it', () => {
    const at = (start: string, firstOccurrence = '2026-01-04') =>
      seriesProblems({ ...newYork, rule: { ...newYork.rule, start }, firstOccurrence, until: undefined });
    expect(at('02:30').map((p) => p.message)).toEqual([expect.stringMatching(/^"02:30" does not exist in New York \(America\/New_York\) on 2026-03-08:/)]);
    expect(at('01:00').map((p) => p.message)).toEqual([expect.stringMatching(/^"01:00" happens twice in New York \(America\/New_York\) on 2026-11-01:/)]);
    expect(at('03:00')).toEqual([]);
    expect(at('00:59')).toEqual([]);
    // Every fourth Sunday from 2026-01-04 first meets on a change night in 2038: found all the same.
    expect(seriesProblems({ ...newYork, rule: { ...newYork.rule, start: '02:30', intervalWeeks: 4 }, firstOccurrence: '2026-01-04' })[0]!.message).toContain(
      'on 2038-03-14',
    );
    // A series on UTC never meets in a gap.
    expect(seriesProblems({ ...newYork, rule: { ...newYork.rule, start: '02:30', timeZone: 'UTC' }, firstOccurrence: '2026-03-08' })).toEqual([]);
  });

  it('refuses a moved meeting or an extra session in such an hour', () => {
    const thursdays = { ...newYork, rule: { ...newYork.rule, weekday: 'thursday' as const, start: '10:00' }, firstOccurrence: '2026-01-01', until: undefined };
    const problems = seriesProblems({
      ...thursdays,
      moved: [
        { date: '2026-10-29', to: '2026-11-01', start: '01:30', reason: 'r' },
        { date: '2026-10-22', to: '2026-10-25', start: '01:30', reason: 'a week before: fine' },
      ],
      extra: [{ date: '2026-03-08', start: '02:10', reason: 'r' }],
    });
    expect(problems.map((p) => [p.path.join('.'), p.message.slice(0, 40)])).toEqual([
      ['moved.0.start', '"01:30" happens twice in New York (Ameri'],
      ['extra.0.start', '"02:10" does not exist in New York (Amer'],
    ]);
  });

  it('refuses a meeting moved onto a cancelled one, onto a usual meeting, onto an extra session or onto another moved one', () => {
    const base = { ...officeHours!, cancelled: [], moved: [], extra: [] };
    expect(
      seriesProblems({ ...base, cancelled: [{ date: '2026-03-19', reason: 'c' }], moved: [{ date: '2026-03-05', to: '2026-03-19', reason: 'm' }] }).map((p) =>
        p.path.join('.'),
      ),
    ).toEqual(['moved.0.to']);
    expect(seriesProblems({ ...base, moved: [{ date: '2026-03-05', to: '2026-03-19', reason: 'm' }] })[0]!.message).toContain(
      'the series meets that day as usual',
    );
    // A swap is fine: the meeting of 03-19 has moved away.
    expect(
      seriesProblems({
        ...base,
        moved: [
          { date: '2026-03-05', to: '2026-03-19', reason: 'm' },
          { date: '2026-03-19', to: '2026-03-20', reason: 'm' },
        ],
      }),
    ).toEqual([]);
    // Another time on the same day is fine.
    expect(seriesProblems({ ...base, moved: [{ date: '2026-03-05', to: '2026-03-05', start: '16:00', reason: 'm' }] })).toEqual([]);
  });
});
