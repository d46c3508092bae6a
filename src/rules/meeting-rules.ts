import type { MeetingData } from '../schemas/meeting.ts';
import { calendarDateProblem } from '../schemas/calendar-date.ts';
import { weekdayName, WEEKDAYS } from '../schemas/weekdays.ts';
import { dayNumber, describeInterval, isoDateOfDay, isScheduledDate, nearestScheduledDates, weekdayNumber, weekdayOf } from '../meetings/occurrences.ts';
import type { EntryRule, FieldProblem } from './rule.ts';

/**
 * Checks across the fields of one meeting series (content/meetings/<id>.yaml),
 * listed in src/rules/index.ts. The dates they compare are computed by the one
 * occurrence module the pages and the feeds use.
 */
type Series = Omit<MeetingData, 'title' | 'description' | 'join' | 'notesUrl'>;

/** Whether `value` is a date written YYYY-MM-DD that the calendar has. */
function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && calendarDateProblem(value) === undefined;
}

const dayName = (n: number) => weekdayName(WEEKDAYS[n - 1]!);

/** Every other date check counts from the first date: only a first date on the rule's weekday is worth comparing with. */
// Zod runs these checks even when a date field failed its own (written 24.12.2026, say): that field's message is the one to give.
function firstDateHolds(series: Series): boolean {
  return isCalendarDate(series.firstOccurrence) && weekdayOf(series.firstOccurrence) === weekdayNumber(series.rule.weekday);
}

/** The first meeting falls on the rule's weekday. */
export const firstOccurrenceOnRuleWeekday: EntryRule<Series> = (series) => {
  if (!isCalendarDate(series.firstOccurrence)) return [];
  const weekday = weekdayNumber(series.rule.weekday);
  const actual = weekdayOf(series.firstOccurrence);
  if (actual === weekday) return [];
  const day = dayNumber(series.firstOccurrence);
  const before = isoDateOfDay(day - ((actual - weekday + 7) % 7));
  const after = isoDateOfDay(day + ((weekday - actual + 7) % 7));
  return [
    {
      path: ['firstOccurrence'],
      message: `${series.firstOccurrence} is a ${dayName(actual)}, but rule.weekday is ${series.rule.weekday}; write the date of the first ${dayName(weekday)} meeting, e.g. ${before} or ${after}`,
    },
  ];
};

/** A series does not end before its first meeting. */
export const untilNotBeforeFirstOccurrence: EntryRule<Series> = (series) => {
  if (!firstDateHolds(series) || !series.until || !isCalendarDate(series.until) || series.until >= series.firstOccurrence) return [];
  return [
    {
      path: ['until'],
      message: `the series cannot end (${series.until}) before its first meeting (${series.firstOccurrence}); write a later date or remove until`,
    },
  ];
};

/** The cancelled and moved dates, in the order they are written. */
function exceptionDates(series: Series): { path: (string | number)[]; label: string; date: string }[] {
  return [
    ...series.cancelled.map((c, i) => ({ path: ['cancelled', i, 'date'], label: `cancelled[${i}]`, date: c.date })),
    ...series.moved.map((m, i) => ({ path: ['moved', i, 'date'], label: `moved[${i}]`, date: m.date })),
  ].filter((d) => isCalendarDate(d.date));
}

/** Every cancelled or moved date is a date the series meets on. */
export const exceptionDatesAreMeetings: EntryRule<Series> = (series) => {
  if (!firstDateHolds(series)) return [];
  const problems: FieldProblem[] = [];
  for (const { path, date } of exceptionDates(series)) {
    if (isScheduledDate(series, date)) continue;
    const nearest = nearestScheduledDates(series, date);
    problems.push({
      path,
      message: `${date} is not a date of this series (${describeInterval(series.rule.intervalWeeks).toLowerCase()} ${dayName(weekdayNumber(series.rule.weekday))} from ${series.firstOccurrence}${series.until ? ` to ${series.until}` : ''})${nearest.length ? `; the nearest are ${nearest.join(' and ')}` : ''}`,
    });
  }
  return problems;
};

/** Each date is cancelled or moved once, under one entry. */
export const exceptionDatesListedOnce: EntryRule<Series> = (series) => {
  if (!firstDateHolds(series)) return [];
  const seen = new Map<string, string>();
  const problems: FieldProblem[] = [];
  for (const { path, label, date } of exceptionDates(series)) {
    const earlier = seen.get(date);
    if (earlier) problems.push({ path, message: `${date} is already listed under ${earlier}; list each date once` });
    seen.set(date, label);
  }
  return problems;
};

/** An extra session falls on a day the series does not meet on: each meeting's page is named by its day. */
export const extraSessionOnItsOwnDay: EntryRule<Series> = (series) => {
  if (!firstDateHolds(series)) return [];
  return series.extra.flatMap((extra, i) =>
    isCalendarDate(extra.date) && isScheduledDate(series, extra.date)
      ? [
          {
            path: ['extra', i, 'date'],
            message: `${extra.date} is already a date of this series, and each meeting's page is named by its date; for another time that day, list it under moved with a start instead, or give the extra session a day the series does not meet on`,
          },
        ]
      : [],
  );
};
