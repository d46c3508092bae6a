import { DateTime } from 'luxon';
import { cycleInWords, scheduledDates, wallClockStart, type Occurrence, type SeriesSchedule } from './occurrences.ts';

/**
 * Meeting times as people read them: the rule in words, local times in a list
 * of zones, and the charter's one-line summary. All from occurrences.ts.
 */

/** "New York" for America/New_York, "UTC" for UTC. */
export function zoneLabel(zone: string): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  return zone.split('/').pop()!.replace(/_/g, ' ');
}

/** "UTC" or "New York time": what follows a clock time. */
export function zoneSuffix(zone: string): string {
  return zoneLabel(zone) === 'UTC' ? 'UTC' : `${zoneLabel(zone)} time`;
}

/**
 * "every other Thursday at 14:00 UTC (10:00 in New York during daylight saving
 * time, 09:00 otherwise)": the charter's sentence on when a series meets, with the
 * local time of `alsoIn` (a valid IANA zone) when given. <MeetingWhen> on the site
 * and GOVERNANCE.md on GitHub both say it this way.
 */
export function meetingWhenInWords(series: Pick<SeriesSchedule, 'rule' | 'firstOccurrence' | 'until'>, alsoIn?: string): string {
  const { start, timeZone } = series.rule;
  const at = `${start} ${zoneSuffix(timeZone)}`;
  return `${cycleInWords(series.rule)} at ${at}${alsoIn ? ` (${localTimeAllYear(series, alsoIn)})` : ''}`;
}

/** "Every other Thursday, 14:00-15:00 UTC" (never "every second Thursday", which reads as monthly). */
export function ruleInWords(series: Pick<SeriesSchedule, 'rule'>): string {
  const { start, durationMinutes, timeZone } = series.rule;
  const end = DateTime.fromISO(`2000-01-01T${start}`, { zone: 'UTC' }).plus({ minutes: durationMinutes }).toFormat('HH:mm');
  return `${cycleInWords(series.rule, true)}, ${start}-${end} ${zoneSuffix(timeZone)}`;
}

export interface LocalTime {
  zone: string;
  label: string;
  /** ISO date of the start in this zone. */
  date: string;
  /** "10:00" */
  start: string;
  /** "11:00" */
  end: string;
  /** Days between the start's date here and in the reference zone (UTC for the table): -1, 0 or 1. */
  dayShift: number;
  /** "Fri" when dayShift is not 0. */
  weekday: string;
}

/** The occurrence on the wall clocks of `zones`, for the no-JavaScript table. */
export function localTimes(occurrence: Pick<Occurrence, 'start' | 'end'>, zones: readonly string[], referenceZone = 'UTC'): LocalTime[] {
  const reference = DateTime.fromJSDate(occurrence.start, { zone: referenceZone }).startOf('day');
  return zones.map((zone) => {
    const start = DateTime.fromJSDate(occurrence.start, { zone });
    const end = DateTime.fromJSDate(occurrence.end, { zone });
    const dayShift = Math.round(DateTime.fromISO(start.toISODate()!, { zone: referenceZone }).diff(reference, 'days').days);
    return {
      zone,
      label: zoneLabel(zone),
      date: start.toISODate()!,
      start: start.toFormat('HH:mm'),
      end: end.toFormat('HH:mm'),
      dayShift,
      weekday: start.setLocale('en').toFormat('ccc'),
    };
  });
}

/** "Thu 7 Jan 2027, 14:00": a row label of the local-times table. */
export function formatShort(start: Date, zone = 'UTC'): string {
  return DateTime.fromJSDate(start, { zone }).setLocale('en').toFormat('ccc d LLL yyyy, HH:mm');
}

/** "Tuesday 26 January 2027": the date a meeting is known by, on the wall clock of `zone`. */
export function formatDateInZone(start: Date, zone = 'UTC'): string {
  return DateTime.fromJSDate(start, { zone }).setLocale('en').toFormat('cccc d LLLL yyyy');
}

/** "Tuesday 26 January 2027, 17:00 Berlin time" */
export function formatStartInZone(start: Date, zone = 'UTC'): string {
  return `${DateTime.fromJSDate(start, { zone }).setLocale('en').toFormat('cccc d LLLL yyyy, HH:mm')} ${zoneSuffix(zone)}`;
}

/** "Thursday 26 November 2026, 14:00-15:00 UTC", the no-JavaScript text of a time. */
export function formatInZone(occurrence: Pick<Occurrence, 'start' | 'end'>, zone = 'UTC'): string {
  const start = DateTime.fromJSDate(occurrence.start, { zone }).setLocale('en');
  const end = DateTime.fromJSDate(occurrence.end, { zone });
  return `${start.toFormat('cccc d LLLL yyyy, HH:mm')}-${end.toFormat('HH:mm')} ${zoneSuffix(zone)}`;
}

/**
 * How the series' start reads on the wall clock of `zone` over a whole year of
 * meetings, as a statement that stays true all year: "10:00 in New York during
 * daylight saving time, 09:00 otherwise", or "23:00 in Tokyo".
 */
export function localTimeAllYear(series: Pick<SeriesSchedule, 'rule' | 'firstOccurrence' | 'until'>, zone: string): string {
  // A year of time-zone arithmetic per call, and every doc that shows the series calls it
  // (a build with 1,000 docs spent 5 s here): the answer depends on these inputs only.
  const key = JSON.stringify([series.rule, series.firstOccurrence, zone]);
  let text = allYearCache.get(key);
  if (text === undefined) allYearCache.set(key, (text = computeLocalTimeAllYear(series, zone)));
  return text;
}

const allYearCache = new Map<string, string>();

function computeLocalTimeAllYear(series: Pick<SeriesSchedule, 'rule' | 'firstOccurrence'>, zone: string): string {
  const place = zoneLabel(zone);
  const year = DateTime.fromISO(series.firstOccurrence, { zone: 'UTC' });
  // Every weekday of the rule for a year: each date, not only those of the series, so the answer does not depend on which week the cycle falls.
  const dates = scheduledDates(
    { ...series, rule: { ...series.rule, intervalWeeks: 1, monthly: undefined }, until: undefined },
    year.toISODate()!,
    year.plus({ weeks: 53 }).toISODate()!,
  );
  const byDst = new Map<boolean, Set<string>>();
  const all = new Set<string>();
  for (const date of dates) {
    const here = wallClockStart(series, date).setZone(zone);
    const time = here.toFormat('HH:mm');
    all.add(time);
    if (!byDst.has(here.isInDST)) byDst.set(here.isInDST, new Set());
    byDst.get(here.isInDST)!.add(time);
  }
  const times = [...all].sort();
  if (times.length === 1) return `${times[0]} in ${place}`;
  const summer = byDst.get(true);
  const winter = byDst.get(false);
  if (summer?.size === 1 && winter?.size === 1) {
    return `${[...summer][0]} in ${place} during daylight saving time, ${[...winter][0]} otherwise`;
  }
  // Both zones change clocks, on different dates: name every time it can be.
  return `${times.slice(0, -1).join(', ')} or ${times.at(-1)} in ${place}, depending on daylight saving time`;
}
