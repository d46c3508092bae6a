import { z } from 'zod';

/**
 * A day in the calendar, written YYYY-MM-DD in content files.
 *
 * Two YAML parsers read the same files: the `yaml` library in our own validation
 * (which keeps an unquoted 2025-02-28 as a string) and js-yaml inside Astro's
 * loader (which turns it into a Date at UTC midnight, and silently rolls an
 * impossible 2025-02-30 over to 2025-03-02). Both forms are accepted and come out
 * as the same "YYYY-MM-DD" string; the impossible date is caught by our own
 * validation, which `npm run build` runs before Astro (see scripts/build.ts).
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `text` is not a YYYY-MM-DD date that exists, or undefined when it is one. */
export function calendarDateProblem(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    const loose = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
    const example = loose ? `${loose[1]}-${loose[2]!.padStart(2, '0')}-${loose[3]!.padStart(2, '0')}` : '2025-02-28';
    return `"${text}" is not a date in the form YYYY-MM-DD; write e.g. ${example}`;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${match[2]}; write YYYY-MM-DD with a month from 01 to 12`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${text} is not a date: ${MONTHS[month - 1]} ${year} has ${days} days; write YYYY-MM-DD`;
  return undefined;
}

export const calendarDate = z
  .union([z.string(), z.date()], { error: 'write a date as YYYY-MM-DD, e.g. 2025-02-28' })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime()) || value.toISOString().slice(10) !== 'T00:00:00.000Z') {
        ctx.addIssue({ code: 'custom', message: 'write only the day, as YYYY-MM-DD, e.g. 2025-02-28', input: value });
        return z.NEVER;
      }
      return value.toISOString().slice(0, 10);
    }
    const problem = calendarDateProblem(value);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem, input: value });
      return z.NEVER;
    }
    return value;
  })
  .meta({ title: 'date, YYYY-MM-DD' });

/** A date as stored after validation: "YYYY-MM-DD", which sorts and compares as text. */
export type CalendarDate = z.output<typeof calendarDate>;
