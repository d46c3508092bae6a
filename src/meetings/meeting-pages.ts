import { DateTime } from 'luxon';
import { movedFrom, nextOccurrences, occurrencesBetween, type Occurrence, type SeriesSchedule } from './occurrences.ts';

/**
 * Which meetings get a page of their own (/meetings/<series>/<date>/, src/meetings/routes.ts),
 * and how those pages link to each other. A page stands for one occurrence, named by
 * its scheduled date in the series' zone (before any move), so its address never
 * changes when it moves.
 */
export interface MeetingPage {
  seriesId: string;
  /** The scheduled date (YYYY-MM-DD, the series' zone): the page's address and its record's file name. */
  date: string;
  occurrence: Occurrence;
  /** Whether content/meetings/<series>/<date>.md exists. */
  hasRecord: boolean;
}

/** How many months ahead of the build day every meeting has a page (so its agenda can be written). */
export const PAGE_MONTHS_AHEAD = 3;
/** At least this many coming meetings have a page, however far apart they are (the lists show six). */
export const PAGE_MEETINGS_AHEAD = 6;

const DAY = 86_400_000;

/** The date an occurrence is known by: its scheduled date in the series' zone (the usual date of a moved one). */
export function occurrenceDate(series: Pick<SeriesSchedule, 'rule'>, occurrence: Pick<Occurrence, 'start' | 'originalStart'>): string {
  return DateTime.fromJSDate(occurrence.originalStart ?? occurrence.start, { zone: series.rule.timeZone }).toISODate()!;
}

/** The occurrence known by `date` (a usual date, cancelled or moved or not, or an extra session), if the series has one. */
export function occurrenceOn(series: SeriesSchedule, date: string): Occurrence | undefined {
  const move = movedFrom(series, date);
  const days = [date, ...(move ? [move.to] : [])].map((d) => Date.parse(`${d}T00:00:00Z`));
  const around = occurrencesBetween(series, new Date(Math.min(...days) - 2 * DAY), new Date(Math.max(...days) + 3 * DAY));
  return around.find((o) => occurrenceDate(series, o) === date);
}

/**
 * Every meeting with a page, in time order: each one that has a record, whenever it was,
 * each moved meeting and extra session, whenever it is (the calendar feeds link their
 * events to these pages), and every one from `now` to PAGE_MONTHS_AHEAD months later (at
 * least the next PAGE_MEETINGS_AHEAD), cancelled ones included. Two occurrences on one date (an extra
 * session on a usual date) share one address: the first is kept.
 */
export function meetingPages(series: SeriesSchedule, recordDates: readonly string[], now: Date): MeetingPage[] {
  const records = new Set(recordDates);
  const horizon = DateTime.fromJSDate(now, { zone: 'UTC' }).plus({ months: PAGE_MONTHS_AHEAD }).toJSDate();
  const occurrences = [
    ...[...recordDates, ...series.moved.map((m) => m.date), ...series.extra.map((e) => e.date)]
      .map((d) => occurrenceOn(series, d))
      .filter((o): o is Occurrence => o !== undefined),
    ...occurrencesBetween(series, now, horizon),
    ...nextOccurrences(series, now, PAGE_MEETINGS_AHEAD),
  ];
  const byDate = new Map<string, MeetingPage>();
  for (const occurrence of occurrences.sort((a, b) => a.start.getTime() - b.start.getTime())) {
    const date = occurrenceDate(series, occurrence);
    if (!byDate.has(date)) byDate.set(date, { seriesId: series.id, date, occurrence, hasRecord: records.has(date) });
  }
  return [...byDate.values()];
}

/** The pages before and after the one for `date`, in time order. */
export function neighbours<P extends MeetingPage>(pages: readonly P[], date: string): { previous?: P; next?: P } {
  return neighboursAt(
    pages,
    pages.findIndex((p) => p.date === date),
  );
}

/** The pages before and after the `i`th: what each meeting's page links, without a search of the list per page. */
export function neighboursAt<P extends MeetingPage>(pages: readonly P[], i: number): { previous?: P; next?: P } {
  if (i < 0 || i >= pages.length) return {};
  return { ...(i > 0 ? { previous: pages[i - 1]! } : {}), ...(i < pages.length - 1 ? { next: pages[i + 1]! } : {}) };
}

/** The meetings that were held (or cancelled) before `now` and have a record: the series' archive, newest first. */
export function pastWithRecords<P extends MeetingPage>(pages: readonly P[], now: Date): P[] {
  return pages.filter((p) => p.hasRecord && p.occurrence.end.getTime() <= now.getTime()).reverse();
}

/** The pages of meetings that have not ended by `now`, in time order. */
export function upcomingPages<P extends MeetingPage>(pages: readonly P[], now: Date): P[] {
  return pages.filter((p) => p.occurrence.end.getTime() > now.getTime());
}

/** What a reader needs to know of a meeting's status, in a few words: "Cancelled: Winter break". Nothing for a usual one. */
export function statusInWords(occurrence: Pick<Occurrence, 'status' | 'reason'>): string | undefined {
  switch (occurrence.status) {
    case 'cancelled':
      return `Cancelled: ${occurrence.reason}`;
    case 'moved':
      return `Moved: ${occurrence.reason}`;
    case 'extra':
      return `Extra session: ${occurrence.reason}`;
    default:
      return undefined;
  }
}
