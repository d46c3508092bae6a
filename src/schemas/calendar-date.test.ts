import { describe, expect, it } from 'vitest';
import { calendarDate, calendarDateProblem, daysInMonth } from './calendar-date.ts';

describe('a calendar date', () => {
  it('knows the length of every month, leap years included', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('accepts days that exist and says why the others do not', () => {
    expect(calendarDateProblem('2024-02-29')).toBeUndefined();
    expect(calendarDateProblem('2025-12-31')).toBeUndefined();
    expect(calendarDateProblem('2025-02-29')).toBe('2025-02-29 is not a date: February 2025 has 28 days; write YYYY-MM-DD');
    expect(calendarDateProblem('2025-06-00')).toBe('2025-06-00 is not a date: June 2025 has 30 days; write YYYY-MM-DD');
    expect(calendarDateProblem('2025-00-10')).toBe('2025-00-10 is not a date: there is no month 00; write YYYY-MM-DD with a month from 01 to 12');
    expect(calendarDateProblem('1 June 2025')).toBe('"1 June 2025" is not a date in the form YYYY-MM-DD; write e.g. 2025-02-28');
  });

  it('takes the Date that Astro’s YAML parser makes of an unquoted date, as the same text', () => {
    // js-yaml (inside Astro's loader) reads `since: 2025-02-28` as a Date at UTC midnight.
    expect(calendarDate.parse(new Date(Date.UTC(2025, 1, 28)))).toBe('2025-02-28');
    expect(calendarDate.parse('2025-02-28')).toBe('2025-02-28');
    const withTime = calendarDate.safeParse(new Date('2025-02-28T10:00:00Z'));
    expect(withTime.success ? [] : withTime.error.issues.map((i) => i.message)).toEqual(['write only the day, as YYYY-MM-DD, e.g. 2025-02-28']);
    const number = calendarDate.safeParse(2025);
    expect(number.success ? [] : number.error.issues.map((i) => i.message)).toEqual(['write a date as YYYY-MM-DD, e.g. 2025-02-28']);
  });
});
