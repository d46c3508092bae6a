import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMeetingSeries } from '../../test-support/meetings.ts';
import { localTimeAllYear, meetingWhenInWords } from './words.ts';

const [officeHours] = loadMeetingSeries(join(process.cwd(), 'tests/fixtures/site'));

describe('localTimeAllYear', () => {
  it('says what the office hours are on other wall clocks all year, for each zone and each rule', () => {
    const later = { ...officeHours!, rule: { ...officeHours!.rule, start: '15:00' } };
    // Asked in turn and again: each answer belongs to its own series and zone (the answers are kept between calls).
    for (let round = 0; round < 2; round++) {
      expect(localTimeAllYear(officeHours!, 'America/New_York')).toBe('10:00 in New York during daylight saving time, 09:00 otherwise');
      expect(localTimeAllYear(officeHours!, 'Asia/Tokyo')).toBe('23:00 in Tokyo');
      expect(localTimeAllYear(later, 'America/New_York')).toBe('11:00 in New York during daylight saving time, 10:00 otherwise');
      expect(localTimeAllYear(later, 'Asia/Tokyo')).toBe('00:00 in Tokyo');
    }
  });
});

describe('meetingWhenInWords', () => {
  it('says the rule in the charter’s words, with another wall clock when asked', () => {
    const weekly = { ...officeHours!, rule: { ...officeHours!.rule, intervalWeeks: 1, timeZone: 'Europe/Berlin', start: '17:30' } };
    expect(meetingWhenInWords(officeHours!)).toBe('every other Thursday at 14:00 UTC');
    expect(meetingWhenInWords(officeHours!, 'America/New_York')).toBe(
      'every other Thursday at 14:00 UTC (10:00 in New York during daylight saving time, 09:00 otherwise)',
    );
    expect(meetingWhenInWords(weekly)).toBe('every Thursday at 17:30 Berlin time');
  });
});
