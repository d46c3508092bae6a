import { describe, expect, it } from 'vitest';
import { visibleDates } from './next-dates.ts';

describe('visibleDates', () => {
  const ends = [10, 20, 30, 40, 50];
  it('shows the first ones that have not ended, up to the count', () => {
    expect(visibleDates(ends, 0, 3)).toEqual([true, true, true, false, false]);
    expect(visibleDates(ends, 20, 3)).toEqual([false, false, true, true, true]);
    expect(visibleDates(ends, 25, 2)).toEqual([false, false, true, true, false]);
  });
  it('shows none once every date has ended', () => {
    expect(visibleDates(ends, 50, 3)).toEqual([false, false, false, false, false]);
  });
});
