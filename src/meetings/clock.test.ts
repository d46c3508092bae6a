import { describe, expect, it } from 'vitest';
import { buildClock, buildDay } from './clock.ts';

describe('buildClock', () => {
  it('is the start of the UTC day by the real clock, so two builds on one day agree', () => {
    const morning = buildClock({}, new Date('2026-03-29T00:59:59.123Z'));
    const evening = buildClock({}, new Date('2026-03-29T23:59:59.999Z'));
    expect(morning.toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(evening.getTime()).toBe(morning.getTime());
    // A zone's evening is already the next UTC day.
    expect(buildClock({}, new Date('2026-03-29T20:30:00-04:00')).toISOString()).toBe('2026-03-30T00:00:00.000Z');
  });

  it('takes BUILD_NOW as a day (its start, UTC) or as an instant with its offset', () => {
    const real = new Date('2026-03-29T12:00:00Z');
    expect(buildClock({ BUILD_NOW: '2028-02-29' }, real).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(buildClock({ BUILD_NOW: '2027-01-01T13:45:00+01:00' }, real).toISOString()).toBe('2027-01-01T12:45:00.000Z');
    expect(buildDay({ BUILD_NOW: '2027-03-14T23:30:00-05:00' }, real)).toBe('2027-03-15');
    expect(buildDay({}, real)).toBe('2026-03-29');
  });

  it.each([
    ['2027-02-29'], // not a leap year
    ['2027-1-5'],
    ['2027-01-01T09:30'], // no offset: on whose clock?
    ['tomorrow'],
  ])('refuses BUILD_NOW=%s, saying how to write a day or an instant', (value) => {
    expect(() => buildClock({ BUILD_NOW: value })).toThrow(
      `BUILD_NOW="${value}" is neither a day nor an instant; write a day as YYYY-MM-DD (BUILD_NOW=2027-01-01) or an instant with its offset (BUILD_NOW=2027-01-01T09:30:00Z)`,
    );
  });

  it('names the new variable when only the old MEETINGS_NOW is set', () => {
    expect(() => buildClock({ MEETINGS_NOW: '2027-01-01T00:00:00Z' })).toThrow(
      'MEETINGS_NOW is now called BUILD_NOW, and sets the day of the whole build: write BUILD_NOW=2027-01-01T00:00:00Z',
    );
  });
});
