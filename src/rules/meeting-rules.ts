import type { MeetingData } from '../schemas/meeting.ts';
import { calendarDateProblem } from '../schemas/calendar-date.ts';
import { weekdayName, WEEKDAYS } from '../schemas/weekdays.ts';
import {
  cycleInWords,
  dayNumber,
  isOnRule,
  isoDateOfDay,
  isScheduledDate,
  nearestScheduledDates,
  positionsInWords,
  scheduledDates,
  weekdayNumber,
  weekdayOf,
} from '../meetings/occurrences.ts';
import { clockShifts, shiftAt } from '../meetings/clock-shifts.ts';
import { zoneLabel } from '../meetings/words.ts';
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

/** Whether a monthly rule names positions at all: zod runs these checks after an empty list's own message too. */
const positionsHold = (series: Series) => !series.rule.monthly || series.rule.monthly.length > 0;

/** Every other date check counts from the first date: only a first date on the rule's weekday is worth comparing with. */
// Zod runs these checks even when a date field failed its own (written 24.12.2026, say): that field's message is the one to give.
function firstDateHolds(series: Series): boolean {
  return isCalendarDate(series.firstOccurrence) && positionsHold(series) && isOnRule(series.rule, series.firstOccurrence);
}

/** The first meeting falls on the rule's weekday. */
export const firstOccurrenceOnRuleWeekday: EntryRule<Series> = (series) => {
  if (!isCalendarDate(series.firstOccurrence) || !positionsHold(series)) return [];
  const weekday = weekdayNumber(series.rule.weekday);
  const actual = weekdayOf(series.firstOccurrence);
  if (series.rule.monthly && !isOnRule(series.rule, series.firstOccurrence)) {
    // Every date of the rule from a month before, so the nearest before and after are both found.
    const day = dayNumber(series.firstOccurrence);
    const around = scheduledDates({ rule: series.rule, firstOccurrence: isoDateOfDay(day - 40) }, isoDateOfDay(day - 40), isoDateOfDay(day + 40));
    const before = around.filter((d) => d < series.firstOccurrence).at(-1);
    const after = around.find((d) => d > series.firstOccurrence);
    return [
      {
        path: ['firstOccurrence'],
        message: `${series.firstOccurrence} is not the ${positionsInWords(series.rule.monthly).replace(/ and /, ' or ')} ${dayName(weekday)} of its month (rule.monthly); write the date of the first meeting, e.g. ${before} or ${after}`,
      },
    ];
  }
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
      message: `${date} is not a date of this series (${cycleInWords(series.rule)} from ${series.firstOccurrence}${series.until ? ` to ${series.until}` : ''})${nearest.length ? `; the nearest are ${nearest.join(' and ')}` : ''}`,
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

/**
 * How many years of an open-ended series the clock-change check looks at. Calendar clients read
 * the feed's recurrence for ever; past this, the pages still place a meeting as RFC 5545 says
 * (src/meetings/occurrences.ts's wallClockStart), but nothing checks that every client does.
 */
export const CLOCK_CHECK_YEARS = 30;

/**
 * Every meeting starts at a time its zone's clock shows once that day: not in the hour that a
 * spring change skips, nor in the hour an autumn change repeats. Calendar clients place such a
 * meeting differently (RFC 5545 moves 02:30 to 03:30 for that day; a client that takes the
 * first meeting's 03:30 for the series' time shows every later one an hour off).
 */
export const startsExistOnTheirDates: EntryRule<Series> = (series) => {
  if (!firstDateHolds(series) || (series.until && !isCalendarDate(series.until))) return [];
  const zone = series.rule.timeZone;
  const firstYear = Number(series.firstOccurrence.slice(0, 4));
  const lastYear = Math.max(
    series.until ? Number(series.until.slice(0, 4)) : firstYear + CLOCK_CHECK_YEARS,
    ...[...series.moved.map((m) => m.to), ...series.extra.map((e) => e.date)].filter(isCalendarDate).map((d) => Number(d.slice(0, 4))),
  );
  const shifts = clockShifts(zone, firstYear, lastYear);
  if (shifts.length === 0) return [];
  const problems: FieldProblem[] = [];
  const explain = (time: string, date: string, shift: NonNullable<ReturnType<typeof shiftAt>>) =>
    shift.kind === 'gap'
      ? `"${time}" does not exist in ${zoneLabel(zone)} (${zone}) on ${date}: the clocks jump from ${shift.from} to ${shift.to} that night, and calendar apps disagree on when such a meeting is`
      : `"${time}" happens twice in ${zoneLabel(zone)} (${zone}) on ${date}: the clocks go back from ${shift.to} to ${shift.from} that night, and calendar apps disagree on which one the meeting is at`;
  // A cancelled or moved meeting still counts: the feed names it by its usual time (EXDATE, RECURRENCE-ID).
  const hit = shifts.find((shift) => isScheduledDate(series, shift.date) && shiftAt([shift], shift.date, series.rule.start));
  if (hit) {
    problems.push({
      path: ['rule', 'start'],
      message: `${explain(series.rule.start, hit.date, hit)}; choose a start outside ${hit.from}-${hit.to}, or keep the series on UTC`,
    });
  }
  series.moved.forEach((move, i) => {
    if (!isCalendarDate(move.to)) return;
    const time = move.start ?? series.rule.start;
    const shift = shiftAt(shifts, move.to, time);
    if (shift)
      problems.push({
        path: ['moved', i, move.start ? 'start' : 'to'],
        message: `${explain(time, move.to, shift)}; choose a start outside ${shift.from}-${shift.to}`,
      });
  });
  series.extra.forEach((extra, i) => {
    if (!isCalendarDate(extra.date)) return;
    const time = extra.start ?? series.rule.start;
    const shift = shiftAt(shifts, extra.date, time);
    if (shift)
      problems.push({
        path: ['extra', i, extra.start ? 'start' : 'date'],
        message: `${explain(time, extra.date, shift)}; choose a start outside ${shift.from}-${shift.to}`,
      });
  });
  return problems;
};

/** A meeting is not moved onto a date whose meeting is cancelled: the page of that date would say both. */
export const movedNotOntoCancelled: EntryRule<Series> = (series) => {
  if (!firstDateHolds(series)) return [];
  const cancelled = new Map(series.cancelled.map((c, i) => [c.date, i]));
  return series.moved.flatMap((move, i) => {
    const c = cancelled.get(move.to);
    if (c === undefined || move.to === move.date) return [];
    return [
      {
        path: ['moved', i, 'to'],
        message: `${move.to} is the date of a cancelled meeting of this series (cancelled[${c}]); move the meeting of ${move.date} to a day the series does not meet on, or, to meet on ${move.to} after all, remove it from cancelled and cancel ${move.date} instead`,
      },
    ];
  });
};

/** A meeting is not moved onto the day of another meeting of the series (held as usual, moved there too, or an extra session). */
export const movedNotOntoAnotherMeeting: EntryRule<Series> = (series) => {
  if (!firstDateHolds(series)) return [];
  const cancelled = new Set(series.cancelled.map((c) => c.date));
  const movedAway = new Set(series.moved.map((m) => m.date));
  const extra = new Set(series.extra.map((e) => e.date));
  const arrivals = new Map<string, number>();
  return series.moved.flatMap((move, i) => {
    const other = arrivals.get(move.to);
    if (other === undefined) arrivals.set(move.to, i);
    let what: string | undefined;
    if (other !== undefined) what = `the meeting of ${series.moved[other]!.date} is moved to that day too (moved[${other}])`;
    else if (extra.has(move.to)) what = 'an extra session is held that day';
    else if (move.to !== move.date && isScheduledDate(series, move.to) && !cancelled.has(move.to) && !movedAway.has(move.to))
      what = 'the series meets that day as usual';
    if (!what) return [];
    return [
      {
        path: ['moved', i, 'to'],
        message: `${move.to} already has a meeting of this series: ${what}; move the meeting of ${move.date} to a day without one, or cancel it`,
      },
    ];
  });
};
