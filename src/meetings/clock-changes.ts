import { DateTime } from 'luxon';
import type { Occurrence, SeriesSchedule } from './occurrences.ts';
import { zoneLabel } from './words.ts';

/**
 * Where a zone's local time of a series shifts because clocks changed (in that zone, or in
 * the series' own zone): the local-times table marks the first date of the new time, so
 * nobody is surprised twice a year ("Berlin: 15:00 until 26 March, 16:00 from 9 April").
 */
export interface ClockChange {
  zone: string;
  /** Index, in the list given, of the first occurrence at the new local time. */
  index: number;
  before: string;
  after: string;
  /** Local dates in `zone` of the last occurrence at the old time and the first at the new one. */
  lastBefore: string;
  firstAfter: string;
  /** The zone whose clocks changed: `zone` itself, or the series' zone (a series kept on New York's clock moves on every other). */
  changedIn: string;
}

/**
 * Each shift of local time between consecutive meetings at the rule's time (scheduled or
 * cancelled: a moved or extra meeting has a time of its own), zone by zone, in list order.
 */
export function clockChanges(
  occurrences: readonly Pick<Occurrence, 'start' | 'status'>[],
  zones: readonly string[],
  series: Pick<SeriesSchedule, 'rule'>,
): ClockChange[] {
  const regular = occurrences.map((o, index) => ({ o, index })).filter(({ o }) => o.status === 'scheduled' || o.status === 'cancelled');
  const changes: ClockChange[] = [];
  for (const zone of zones) {
    for (let k = 1; k < regular.length; k++) {
      const a = DateTime.fromJSDate(regular[k - 1]!.o.start, { zone });
      const b = DateTime.fromJSDate(regular[k]!.o.start, { zone });
      if (a.toFormat('HH:mm') === b.toFormat('HH:mm')) continue;
      changes.push({
        zone,
        index: regular[k]!.index,
        before: a.toFormat('HH:mm'),
        after: b.toFormat('HH:mm'),
        lastBefore: a.toISODate()!,
        firstAfter: b.toISODate()!,
        changedIn: a.offset !== b.offset ? zone : series.rule.timeZone,
      });
    }
  }
  return changes.sort((x, y) => x.index - y.index || zones.indexOf(x.zone) - zones.indexOf(y.zone));
}

/** "Berlin: 15:00 until 26 March, 16:00 from 9 April (the clocks change in Berlin)". */
export function clockChangeInWords(change: ClockChange): string {
  const day = (iso: string) => DateTime.fromISO(iso).setLocale('en').toFormat('d LLLL');
  return `${zoneLabel(change.zone)}: ${change.before} until ${day(change.lastBefore)}, ${change.after} from ${day(change.firstAfter)} (the clocks change in ${zoneLabel(change.changedIn)})`;
}
