import { describe, expect, it } from 'vitest';
import { formatRange, zoneAbbreviation } from './time-range.ts';

const at = (iso: string) => new Date(iso);
const now = at('2026-12-01T00:00:00Z');

describe('formatRange', () => {
  it('reads a meeting that crosses midnight in Tokyo compactly: one date, no GMT+9', () => {
    expect(formatRange(at('2026-12-24T14:00:00Z'), at('2026-12-24T15:00:00Z'), { timeZone: 'Asia/Tokyo', locale: 'en-GB', now })).toBe(
      'Thursday 24 December, 23:00-00:00 JST',
    );
  });

  it("names the end's day when the meeting runs on past midnight", () => {
    expect(formatRange(at('2026-12-24T14:30:00Z'), at('2026-12-24T15:30:00Z'), { timeZone: 'Asia/Tokyo', locale: 'en-GB', now })).toBe(
      'Thursday 24 December, 23:30-Friday 00:30 JST',
    );
  });

  it("names the year only when it is not the current one, and uses the reader's words for the date", () => {
    expect(formatRange(at('2027-01-07T14:00:00Z'), at('2027-01-07T15:00:00Z'), { timeZone: 'Europe/Berlin', locale: 'en-GB', now })).toBe(
      'Thursday, 7 January 2027, 15:00-16:00 CET',
    );
    expect(formatRange(at('2026-12-10T14:00:00Z'), at('2026-12-10T15:00:00Z'), { timeZone: 'America/New_York', locale: 'en-US', now })).toBe(
      'Thursday, December 10, 09:00-10:00 EST',
    );
    expect(formatRange(at('2026-12-10T14:00:00Z'), at('2026-12-10T15:00:00Z'), { timeZone: 'UTC', locale: 'en-GB', now })).toBe(
      'Thursday 10 December, 14:00-15:00 UTC',
    );
  });
});

describe('zoneAbbreviation', () => {
  it.each([
    ['Asia/Tokyo', '2026-12-24T14:00:00Z', 'JST'],
    ['Europe/Berlin', '2026-01-08T14:00:00Z', 'CET'],
    ['Europe/Berlin', '2026-07-09T14:00:00Z', 'CEST'],
    ['Europe/London', '2026-07-09T14:00:00Z', 'BST'],
    ['Europe/London', '2026-01-08T14:00:00Z', 'GMT'],
    ['Asia/Kolkata', '2026-01-08T14:00:00Z', 'IST'],
    ['America/Los_Angeles', '2026-07-09T14:00:00Z', 'PDT'],
    ['Australia/Sydney', '2026-01-08T14:00:00Z', 'AEDT'],
    ['Asia/Dubai', '2026-01-08T14:00:00Z', 'GST'],
    ['Europe/Istanbul', '2026-01-08T14:00:00Z', 'GMT+3'],
  ])('%s on %s: %s', (zone, when, expected) => {
    expect(zoneAbbreviation(zone, at(when))).toBe(expected);
  });
});
