import { DateTime } from 'luxon';
import type { MeetingData, MeetingSeries, MonthPosition } from '../schemas/meeting.ts';
import { weekdayName, WEEKDAYS } from '../schemas/weekdays.ts';

/**
 * The one definition of when a meeting series meets. The pages, the calendar
 * feeds, the charter and the data for the browser script all call this module.
 *
 * Dates are walked as calendar dates (no clock, no DST) and each date's start
 * is then placed on the wall clock of the series' time zone, so a series
 * anchored in America/New_York keeps 10:00 New York time all year and one
 * anchored in UTC keeps 14:00 UTC while local clocks move around it.
 */
export interface Occurrence {
  seriesId: string;
  start: Date;
  end: Date;
  status: 'scheduled' | 'cancelled' | 'moved' | 'extra';
  /** For a moved occurrence: when it was scheduled before it moved. */
  originalStart?: Date;
  reason?: string;
}

/** The fields occurrences depend on; the id is the file name. */
export type SeriesSchedule = Pick<MeetingSeries, 'id' | 'rule' | 'firstOccurrence' | 'until' | 'cancelled' | 'moved' | 'extra'>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days from 1970-01-01 to an ISO date, on the calendar alone. */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** The ISO date `day` days after 1970-01-01. */
export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Luxon weekday (1 = Monday) of the weekday named in the rule. */
export function weekdayNumber(weekday: MeetingData['rule']['weekday']): number {
  return WEEKDAYS.indexOf(weekday) + 1;
}

/** Weekday (1 = Monday … 7 = Sunday) of an ISO date. */
export function weekdayOf(isoDate: string): number {
  return ((((dayNumber(isoDate) + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

/** The start on the series' wall clock of the meeting held on `isoDate` at `time` (default: the rule's start). */
export function wallClockStart(series: Pick<SeriesSchedule, 'rule'>, isoDate: string, time: string = series.rule.start): DateTime {
  // As RFC 5545 3.3.5 places a local time: one inside a spring-forward gap (02:30 in New York on the night clocks
  // jump) with the offset before the gap, i.e. 03:30 that day (luxon's reading too); one the autumn change repeats
  // at its first occurrence (luxon takes the second). The meeting rules refuse both within the years they check.
  const start = DateTime.fromISO(`${isoDate}T${time}`, { zone: series.rule.timeZone });
  if (start.zone.isUniversal) return start;
  const possible = start.getPossibleOffsets();
  return possible.length > 1 ? possible.reduce((a, b) => (b.toMillis() < a.toMillis() ? b : a)) : start;
}

type Rule = MeetingData['rule'];
type Dated = Pick<SeriesSchedule, 'rule' | 'firstOccurrence' | 'until'>;

/** A monthly position as a number: 1 to 4, or -1 for the last. */
export function positionNumber(position: MonthPosition): number {
  return position === 'last' ? -1 : Number(position[0]);
}

/** The weekday's dates in the month `month` (1-12) of `year` at the rule's positions, in order. */
export function monthlyDates(weekday: number, positions: readonly number[], year: number, month: number): string[] {
  const first = dayNumber(`${year}-${String(month).padStart(2, '0')}-01`);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const firstOfWeekday = first + ((weekday - weekdayOf(isoDateOfDay(first)) + 7) % 7);
  const count = Math.floor((first + days - 1 - firstOfWeekday) / 7) + 1;
  return [...new Set(positions.map((p) => firstOfWeekday + 7 * ((p === -1 ? count : p) - 1)))].sort((a, b) => a - b).map(isoDateOfDay);
}

/** Whether a date falls on the rule's weekday, and, for a monthly rule, at one of its positions in the month. */
export function isOnRule(rule: Rule, isoDate: string): boolean {
  if (weekdayOf(isoDate) !== weekdayNumber(rule.weekday)) return false;
  if (!rule.monthly) return true;
  const day = Number(isoDate.slice(8, 10));
  const daysInMonth = new Date(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), 0)).getUTCDate();
  return rule.monthly.some((p) => (p === 'last' ? day + 7 > daysInMonth : Math.ceil(day / 7) === positionNumber(p)));
}

/** The longest gap, in days, between two dates of the rule: how far to look for a neighbour. */
export function longestGapDays(rule: Rule): number {
  return rule.monthly ? 35 : 7 * (rule.intervalWeeks ?? 1);
}

/** Whether the rule, with no exception applied, meets on the local date `isoDate`. */
export function isScheduledDate(series: Dated, isoDate: string): boolean {
  const offset = dayNumber(isoDate) - dayNumber(series.firstOccurrence);
  if (offset < 0 || (series.until && isoDate > series.until)) return false;
  if (series.rule.monthly) return isOnRule(series.rule, isoDate);
  return offset % (7 * (series.rule.intervalWeeks ?? 1)) === 0;
}

/** The rule's dates (local to the series) from `fromDate` to `toDate`, both included, with no exception applied. */
export function scheduledDates(series: Dated, fromDate: string, toDate: string): string[] {
  const { rule } = series;
  const first = dayNumber(series.firstOccurrence);
  const last = Math.min(dayNumber(toDate), series.until ? dayNumber(series.until) : Infinity);
  const dates: string[] = [];
  if (rule.monthly) {
    const from = isoDateOfDay(Math.max(first, dayNumber(fromDate)));
    const weekday = weekdayNumber(rule.weekday);
    const positions = rule.monthly.map(positionNumber);
    for (
      let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7));
      dayNumber(`${y}-${String(m).padStart(2, '0')}-01`) <= last;
      m === 12 ? (y++, (m = 1)) : m++
    ) {
      for (const date of monthlyDates(weekday, positions, y, m)) if (date >= from && dayNumber(date) <= last) dates.push(date);
    }
    return dates;
  }
  const step = 7 * (rule.intervalWeeks ?? 1);
  let day = first + Math.max(0, Math.ceil((dayNumber(fromDate) - first) / step)) * step;
  for (; day <= last; day += step) dates.push(isoDateOfDay(day));
  return dates;
}

/** The scheduled dates next to `isoDate` (for messages that suggest a fix). */
export function nearestScheduledDates(series: Dated, isoDate: string): string[] {
  const step = longestGapDays(series.rule);
  const from = isoDateOfDay(dayNumber(isoDate) - step);
  const to = isoDateOfDay(dayNumber(isoDate) + step);
  return scheduledDates(series, from, to)
    .filter((d) => d !== isoDate)
    .sort((a, b) => Math.abs(dayNumber(a) - dayNumber(isoDate)) - Math.abs(dayNumber(b) - dayNumber(isoDate)))
    .slice(0, 2)
    .sort();
}

/** "1st and 3rd", "last", "1st, 2nd and last". */
export function positionsInWords(positions: readonly MonthPosition[]): string {
  const sorted = [...positions].sort((a, b) => (positionNumber(a) === -1 ? 9 : positionNumber(a)) - (positionNumber(b) === -1 ? 9 : positionNumber(b)));
  return sorted.length === 1 ? sorted[0]! : `${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`;
}

/**
 * The rule's cycle in words, before its time: "every other Thursday", "every 3 weeks on Monday",
 * "on the 1st and 3rd Wednesday of each month". `capital` starts it as a sentence does.
 */
export function cycleInWords(rule: Pick<Rule, 'weekday' | 'intervalWeeks' | 'monthly'>, capital = false): string {
  if (rule.monthly) return `${capital ? 'The' : 'on the'} ${positionsInWords(rule.monthly)} ${weekdayName(rule.weekday)} of each month`;
  const interval = describeInterval(rule.intervalWeeks ?? 1);
  return `${capital ? interval : interval.toLowerCase()} ${weekdayName(rule.weekday)}`;
}

/** Items sorted by a YYYY-MM-DD date, to find those of a range by binary search. */
interface ByDate<T> {
  dates: string[];
  items: T[];
}

function sortedByDate<T>(items: readonly T[], dateOf: (item: T) => string): ByDate<T> {
  const sorted = [...items].sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0));
  return { dates: sorted.map(dateOf), items: sorted };
}

/** The first index whose date is not before `date`. */
function lowerBound(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items dated from `fromDate` to `toDate`, both included, in date order. */
function inRange<T>(index: ByDate<T>, fromDate: string, toDate: string): T[] {
  return index.items.slice(lowerBound(index.dates, fromDate), lowerBound(index.dates, `${toDate}\uffff`));
}

/**
 * A series' exceptions indexed by date, made once per list (content is never changed in place):
 * the pages and the browser data ask for the meetings around each exception, and walking every
 * exception for each of them made a series with 2,000 extra sessions cost 2,000 × 2,000 placements.
 */
interface ExceptionIndex {
  cancelled: Map<string, string>;
  movedFrom: Map<string, SeriesSchedule['moved'][number]>;
  movedTo: ByDate<SeriesSchedule['moved'][number]>;
  extra: ByDate<SeriesSchedule['extra'][number]>;
}
type Exceptions = Pick<SeriesSchedule, 'cancelled' | 'moved' | 'extra'>;
// Keyed by the extra sessions' list and checked against the other two: a copy of the series ({ id, ...data }) shares all three.
const exceptionIndexes = new WeakMap<Exceptions['extra'], { of: Exceptions; index: ExceptionIndex }>();

function exceptionIndex(series: Exceptions): ExceptionIndex {
  const known = exceptionIndexes.get(series.extra);
  if (known && known.of.cancelled === series.cancelled && known.of.moved === series.moved) return known.index;
  const index: ExceptionIndex = {
    cancelled: new Map(series.cancelled.map((c) => [c.date, c.reason])),
    // The first move of a date, as a search of the list finds it.
    movedFrom: new Map([...series.moved].reverse().map((m) => [m.date, m])),
    movedTo: sortedByDate(series.moved, (m) => m.to),
    extra: sortedByDate(series.extra, (e) => e.date),
  };
  exceptionIndexes.set(series.extra, { of: { cancelled: series.cancelled, moved: series.moved, extra: series.extra }, index });
  return index;
}

/** The move of the meeting usually held on `date`, if it moved. */
export function movedFrom(series: Exceptions, date: string): SeriesSchedule['moved'][number] | undefined {
  return exceptionIndex(series).movedFrom.get(date);
}

const overlaps = (o: Occurrence, from: Date, to: Date) => o.end.getTime() > from.getTime() && o.start.getTime() < to.getTime();

/**
 * Every occurrence that overlaps [from, to): scheduled ones, cancelled ones
 * (marked, with their reason), moved ones at their new time, and extra sessions,
 * sorted by start.
 */
export function occurrencesBetween(series: SeriesSchedule, from: Date, to: Date): Occurrence[] {
  const { id: seriesId, rule } = series;
  const span = (start: DateTime, minutes: number) => ({ start: start.toJSDate(), end: start.plus({ minutes }).toJSDate() });
  // Local dates can differ from UTC dates by up to a day (and a meeting can run past midnight).
  const fromDate = isoDateOfDay(Math.floor(from.getTime() / DAY_MS) - 2);
  const toDate = isoDateOfDay(Math.floor(to.getTime() / DAY_MS) + 2);
  const { cancelled, movedFrom: movedDates, movedTo, extra: extras } = exceptionIndex(series);

  const result: Occurrence[] = [];
  for (const date of scheduledDates(series, fromDate, toDate)) {
    if (movedDates.has(date)) continue;
    const reason = cancelled.get(date);
    const occurrence: Occurrence = {
      seriesId,
      ...span(wallClockStart(series, date), rule.durationMinutes),
      status: reason === undefined ? 'scheduled' : 'cancelled',
    };
    if (reason !== undefined) occurrence.reason = reason;
    if (overlaps(occurrence, from, to)) result.push(occurrence);
  }
  // Only the exceptions dated in the range: a meeting on a local date outside it cannot overlap [from, to).
  for (const move of inRange(movedTo, fromDate, toDate)) {
    const occurrence: Occurrence = {
      seriesId,
      ...span(wallClockStart(series, move.to, move.start), move.durationMinutes ?? rule.durationMinutes),
      status: 'moved',
      originalStart: wallClockStart(series, move.date).toJSDate(),
      reason: move.reason,
    };
    if (overlaps(occurrence, from, to)) result.push(occurrence);
  }
  for (const extra of inRange(extras, fromDate, toDate)) {
    const occurrence: Occurrence = {
      seriesId,
      ...span(wallClockStart(series, extra.date, extra.start), extra.durationMinutes ?? rule.durationMinutes),
      status: 'extra',
      reason: extra.reason,
    };
    if (overlaps(occurrence, from, to)) result.push(occurrence);
  }
  return result.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** How far ahead to look for the next occurrences before deciding the series has ended. */
const HORIZON_DAYS = 3 * 366;

/** Occurrences that have not ended by `now`, in time order, window by window (at most three years ahead). */
function* upcoming(series: SeriesSchedule, now: Date): Generator<Occurrence> {
  const window = longestGapDays(series.rule) * 8 * DAY_MS;
  // A series with an end date has nothing after it (and its last moved or extra meeting).
  const lastDates = series.until ? [series.until, ...series.moved.map((m) => m.to), ...series.extra.map((e) => e.date)] : [];
  const last = lastDates.length ? (dayNumber(lastDates.sort().at(-1)!) + 2) * DAY_MS : Infinity;
  for (let from = now.getTime(); from < Math.min(last, now.getTime() + HORIZON_DAYS * DAY_MS); from += window) {
    for (const o of occurrencesBetween(series, new Date(from), new Date(from + window))) {
      // A meeting that runs across a window's edge belongs to the window it starts in (or to the first, if under way at `now`).
      if (from === now.getTime() || o.start.getTime() >= from) yield o;
    }
  }
}

/** The next `count` occurrences that have not ended by `now` (cancelled ones included, marked). */
export function nextOccurrences(series: SeriesSchedule, now: Date, count: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (const o of upcoming(series, now)) {
    if (found.length >= count) break;
    found.push(o);
  }
  return found;
}

/** The next meeting that will actually take place (not cancelled), if any within three years. */
export function nextMeeting(series: SeriesSchedule, now: Date): Occurrence | undefined {
  for (const o of upcoming(series, now)) if (o.status !== 'cancelled') return o;
  return undefined;
}

/** "Every", "Every other", "Every 3rd week on": never "every second", which reads as monthly. */
export function describeInterval(weeks: number): string {
  if (weeks === 1) return 'Every';
  if (weeks === 2) return 'Every other';
  return `Every ${weeks} weeks on`;
}
