import { describe, expect, it } from 'vitest';
import { buildClock } from './clock.ts';

describe('buildClock', () => {
  it('is the start of the UTC day by the real clock, so two builds on one day agree', () => {
    const morning = buildClock({}, new Date('2026-03-29T00:59:59.123Z'));
    const evening = buildClock({}, new Date('2026-03-29T23:59:59.999Z'));
    expect(morning.toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(evening.getTime()).toBe(morning.getTime());
    // A zone's evening is already the next UTC day.
    expect(buildClock({}, new Date('2026-03-29T20:30:00-04:00')).toISOString()).toBe('2026-03-30T00:00:00.000Z');
  });

  it('takes MEETINGS_NOW to the instant, and refuses one without an offset', () => {
    expect(buildClock({ MEETINGS_NOW: '2027-01-01T13:45:00+01:00' }, new Date('2026-03-29T12:00:00Z')).toISOString()).toBe('2027-01-01T12:45:00.000Z');
    expect(() => buildClock({ MEETINGS_NOW: '2027-01-01' })).toThrow(
      'MEETINGS_NOW="2027-01-01" is not an instant; write it as an ISO date and time with its offset',
    );
  });
});
