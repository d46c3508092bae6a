import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMeetingSeries } from '../../test-support/meetings.ts';
import { clockChangeInWords, clockChanges } from './clock-changes.ts';
import { occurrencesBetween } from './occurrences.ts';

// Every other Thursday at 14:00 UTC from 2025-06-26 (content/meetings/office-hours.yaml).
const [officeHours] = loadMeetingSeries(join(process.cwd(), 'tests/fixtures/site'));
const between = (from: string, to: string, series = officeHours!) => occurrencesBetween(series, new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
const words = (from: string, to: string, zones: string[], series = officeHours!) =>
  clockChanges(between(from, to, series), zones, series).map(clockChangeInWords);

describe('clockChanges', () => {
  it('marks the spring change in New York and in Berlin, each at the first date of its new time', () => {
    const occurrences = between('2026-02-20', '2026-04-20');
    const changes = clockChanges(occurrences, ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo'], officeHours!);
    expect(changes.map(clockChangeInWords)).toEqual([
      'New York: 09:00 until 5 March, 10:00 from 19 March (the clocks change in New York)',
      'Berlin: 15:00 until 19 March, 16:00 from 2 April (the clocks change in Berlin)',
    ]);
    expect(changes.map((c) => occurrences[c.index]!.start.toISOString().slice(0, 10))).toEqual(['2026-03-19', '2026-04-02']);
    // The same rule in the other weeks: the dates of the example.
    const otherWeeks = { ...officeHours!, firstOccurrence: '2026-01-01' };
    expect(words('2026-02-20', '2026-04-20', ['America/New_York', 'Europe/Berlin'], otherWeeks)).toEqual([
      'New York: 09:00 until 26 February, 10:00 from 12 March (the clocks change in New York)',
      'Berlin: 15:00 until 26 March, 16:00 from 9 April (the clocks change in Berlin)',
    ]);
  });

  it('marks the autumn change in both, back by an hour', () => {
    expect(words('2026-10-01', '2026-11-30', ['America/New_York', 'Europe/Berlin'])).toEqual([
      'Berlin: 16:00 until 15 October, 15:00 from 29 October (the clocks change in Berlin)',
      'New York: 10:00 until 29 October, 09:00 from 12 November (the clocks change in New York)',
    ]);
  });

  it('marks nothing between two changes, or in a zone without daylight saving time', () => {
    expect(words('2026-04-09', '2026-10-16', ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'UTC'])).toEqual([]);
    expect(words('2026-01-01', '2027-01-01', ['Asia/Tokyo', 'Asia/Kolkata'])).toEqual([]);
  });

  it("says whose clocks changed when the series keeps its own zone's time (New York) and UTC moves around it", () => {
    const newYork = { ...officeHours!, rule: { ...officeHours!.rule, timeZone: 'America/New_York', start: '10:00' } };
    expect(words('2026-02-20', '2026-04-20', ['UTC', 'America/New_York', 'Europe/Berlin'], newYork)).toEqual([
      'UTC: 15:00 until 5 March, 14:00 from 19 March (the clocks change in New York)',
      // 10:00 in New York is 16:00 in Berlin in winter, 15:00 for the weeks when only New York has moved its clocks.
      'Berlin: 16:00 until 5 March, 15:00 from 19 March (the clocks change in New York)',
      'Berlin: 15:00 until 19 March, 16:00 from 2 April (the clocks change in Berlin)',
    ]);
  });

  it('does not count a moved meeting, which has a time of its own', () => {
    const moved = { ...officeHours!, moved: [{ date: '2026-03-05', to: '2026-03-06', start: '18:00', reason: 'Travel' }] };
    expect(words('2026-02-15', '2026-04-10', ['America/New_York'], moved)).toEqual([
      'New York: 09:00 until 19 February, 10:00 from 19 March (the clocks change in New York)',
    ]);
  });
});
