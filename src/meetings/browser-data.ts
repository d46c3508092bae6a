import type { MeetingSeries } from '../schemas/meeting.ts';
import { occurrencesBetween, positionNumber, weekdayNumber } from './occurrences.ts';

/**
 * What the browser script needs to work out the next meeting again on the
 * reader's day: the rule as written, and each exception as instants computed
 * here by the occurrence module (so the script never re-implements them).
 * Embedded in the page as JSON (type application/json: data, not script).
 */
export interface BrowserSeriesRule {
  id: string;
  zone: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  /** "HH:MM" on the series' wall clock */
  start: string;
  minutes: number;
  /** Weeks between meetings; 0 for a monthly rule. */
  intervalWeeks: number;
  /** For a monthly rule: the weekday's positions in the month, 1 to 4 or -1 for the last. */
  positions?: number[];
  first: string;
  until?: string;
  /** Start (ms) of each cancelled or moved meeting, where the rule puts it. */
  replaced: number[];
  /** [start, end] in ms of each moved meeting at its new time and each extra session. */
  added: [number, number][];
}

const DAY = 86_400_000;

export function browserRules(series: readonly MeetingSeries[]): BrowserSeriesRule[] {
  return series.map((s) => {
    // Each exception, as the occurrence module places it: look around each date an exception names.
    const dates = [...s.cancelled.map((c) => c.date), ...s.moved.map((m) => m.to), ...s.extra.map((e) => e.date)];
    const seen = new Set<string>();
    const exceptions = dates
      .flatMap((d) => occurrencesBetween(s, new Date(Date.parse(`${d}T00:00:00Z`) - DAY), new Date(Date.parse(`${d}T00:00:00Z`) + 2 * DAY)))
      .filter((o) => o.status !== 'scheduled' && !seen.has(`${o.status}${o.start.getTime()}`) && seen.add(`${o.status}${o.start.getTime()}`));
    return {
      id: s.id,
      zone: s.rule.timeZone,
      weekday: weekdayNumber(s.rule.weekday),
      start: s.rule.start,
      minutes: s.rule.durationMinutes,
      // Written only for a monthly rule, so a weekly one's data stays as it was.
      intervalWeeks: s.rule.intervalWeeks ?? 0,
      ...(s.rule.monthly ? { positions: s.rule.monthly.map(positionNumber) } : {}),
      first: s.firstOccurrence,
      ...(s.until ? { until: s.until } : {}),
      replaced: exceptions.flatMap((o) => (o.status === 'cancelled' ? [o.start.getTime()] : o.status === 'moved' ? [o.originalStart!.getTime()] : [])),
      added: exceptions.filter((o) => o.status === 'moved' || o.status === 'extra').map((o) => [o.start.getTime(), o.end.getTime()]),
    };
  });
}
