import { describe, expect, it } from 'vitest';
import { findTimeMentions } from './mentions.ts';

describe('findTimeMentions', () => {
  it.each([
    ['occurs bi-weekly on Thursday at 10:00ET.', 'Thursday at 10:00ET', 10, 0, 'America/New_York'],
    ['at 10am ET', '10am ET', 10, 0, 'America/New_York'],
    ['at 10 a.m. Eastern', '10 a.m. Eastern', 10, 0, 'America/New_York'],
    ['at 14:00 UTC', '14:00 UTC', 14, 0, 'UTC'],
    ['at 2 pm CET', '2 pm CET', 14, 0, 'UTC+1'],
    ['at 15h UTC', '15h UTC', 15, 0, 'UTC'],
    ['at 15h30 CEST', '15h30 CEST', 15, 30, 'UTC+2'],
    ['at 9:30 PT', '9:30 PT', 9, 30, 'America/Los_Angeles'],
    ['at 14:00Z', '14:00Z', 14, 0, 'UTC'],
    ['at 14:00 GMT', '14:00 GMT', 14, 0, 'UTC'],
    ['at 22:00 UTC+8', '22:00 UTC+8', 22, 0, 'UTC+8'],
    ['at 10:00 EDT', '10:00 EDT', 10, 0, 'UTC-4'],
    ['at 9 am Eastern Standard Time', '9 am Eastern Standard Time', 9, 0, 'UTC-5'],
    ['at 8:00 Central Time', '8:00 Central Time', 8, 0, 'America/Chicago'],
    ['at 7:00 MT', '7:00 MT', 7, 0, 'America/Denver'],
    ['at noon ET', 'noon ET', 12, 0, 'America/New_York'],
    ['at 10:00 (ET)', '10:00 (ET)', 10, 0, 'America/New_York'],
    // An abbreviation glossed with its region's name reads as that region's wall clock (Kubeflow's committees).
    ['Friday at 7:30AM PST (Pacific Time)', 'Friday at 7:30AM PST (Pacific Time)', 7, 30, 'America/Los_Angeles'],
    ['at 10:00 EST (ET)', '10:00 EST (ET)', 10, 0, 'America/New_York'],
    ['at 10:00 EST (CET)', '10:00 EST', 10, 0, 'UTC-5'],
  ])('reads %j as %j', (text, written, hour, minute, zone) => {
    const [mention, ...more] = findTimeMentions(text);
    expect(more).toEqual([]);
    expect(mention).toMatchObject({ text: written, start: { hour, minute }, zone: { luxonZone: zone } });
    expect(text.slice(mention!.index, mention!.index + written.length)).toBe(written);
  });

  it('reads a range with its start and end, not the end alone', () => {
    for (const text of ['10:00-11:00 ET', '10-11am ET', '14:00 – 15:00 UTC', 'from 2 to 3 pm CET']) {
      const [m] = findTimeMentions(text);
      expect(m?.end, text).toBeDefined();
      expect(m!.end!.hour - m!.start.hour, text).toBe(1);
    }
  });

  it('keeps the weekday and the date a mention names', () => {
    expect(findTimeMentions('on Thursday at 10:00 ET')[0]?.weekday).toBe(4);
    expect(findTimeMentions('On March 12, 2026 at 10:00 ET')[0]?.date).toEqual({ year: 2026, month: 3, day: 12 });
  });

  it('ignores times that name no zone, relative times, and numbers that are not times', () => {
    for (const text of [
      'Every second Thursday @ 14:00 - 15:00',
      'at 10:00 etc.',
      'in 1 hour UTC',
      'Meeting ID: 890 8591 6734',
      'A 2/3 vote of the Maintainers',
      'a 48h PT window',
      'ET starts at 10:00',
    ]) {
      expect(findTimeMentions(text), text).toEqual([]);
    }
  });

  it('finds each time of a sentence that gives two zones', () => {
    const mentions = findTimeMentions('Thursdays, 14:00 UTC / 10:00 ET');
    expect(mentions.map((m) => [m.text, m.zoneWord])).toEqual([
      ['14:00 UTC', 'UTC'],
      ['10:00 ET', 'ET'],
    ]);
  });
});
