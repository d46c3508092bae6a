import { DateTime } from 'luxon';
import { zoneAbbreviation } from './time-range.ts';

/**
 * A VTIMEZONE component for an IANA zone, computed with luxon from the same
 * time zone data that places the meetings on the wall clock, so calendar
 * clients and this site agree on every local time.
 *
 * Transitions are found year by year and, where a run of years follows one
 * rule ("second Sunday of March at 02:00"), written as one yearly RRULE: the
 * form Outlook needs (it reads one STANDARD and one DAYLIGHT rule) and that
 * Google, Apple and Thunderbird read as well.
 */
interface Transition {
  /** The instant the offset changes. */
  at: number;
  from: number;
  to: number;
  dst: boolean;
  name: string | undefined;
  /** Wall clock just before the change, in the old offset: what DTSTART of the observance holds. */
  onset: DateTime;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function offsetAt(zone: string, ms: number): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

/** TZNAME: the zone's abbreviation (EST, CEST, JST), the one the pages print; none when it has only an offset ("GMT+3"). */
function zoneName(zone: string, ms: number): string | undefined {
  const name = zoneAbbreviation(zone, new Date(ms));
  return /^GMT[+-]/.test(name) ? undefined : name;
}

/**
 * A zone's changes of offset in one calendar year (UTC), kept for the life of the process: every
 * feed of a build (each series', each group's, the one of all meetings) writes the same zones for
 * the same years, and finding them (two luxon offsets a day, more around each change) was the
 * largest cost of a feed. The time zone data does not change while the process runs.
 */
const yearTransitions = new Map<string, readonly Transition[]>();

function transitionsInYear(zone: string, year: number): readonly Transition[] {
  const key = `${zone} ${year}`;
  let found = yearTransitions.get(key);
  if (!found) {
    found = findTransitions(zone, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
    yearTransitions.set(key, found);
  }
  return found;
}

/** The zone's changes of offset from the UTC day starting at `start` to `end`, searched day by day. */
function findTransitions(zone: string, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  for (let t = start; t < end; t += DAY) {
    const before = offsetAt(zone, t);
    if (offsetAt(zone, t + DAY) === before) continue;
    // Offsets change on a whole minute: search minutes within the day.
    let lo = t / MINUTE;
    let hi = (t + DAY) / MINUTE;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(zone, mid * MINUTE) === before) lo = mid;
      else hi = mid;
    }
    const at = hi * MINUTE;
    const after = DateTime.fromMillis(at, { zone });
    found.push({
      at,
      from: before,
      to: after.offset,
      dst: after.isInDST,
      name: zoneName(zone, at),
      onset: DateTime.fromMillis(at + before * MINUTE, { zone: 'UTC' }),
    });
  }
  return found;
}

/** The zone's changes of offset from the start of `fromYear` to the end of `toYear` (UTC), oldest first. */
export function transitions(zone: string, fromYear: number, toYear: number): Transition[] {
  const found: Transition[] = [];
  for (let year = fromYear; year <= toYear; year++) found.push(...transitionsInYear(zone, year));
  return found;
}

/** BYDAY values that describe the onset's day within its month: "2SU", and "-1SU" when it is also the last such day. */
function dayRules(onset: DateTime): string[] {
  const code = WEEKDAY_CODES[onset.weekday - 1]!;
  const rules = [`${Math.ceil(onset.day / 7)}${code}`];
  if (onset.day + 7 > onset.daysInMonth!) rules.unshift(`-1${code}`);
  return rules;
}

interface Observance {
  first: Transition;
  last: Transition;
  byDay?: string;
  count: number;
}

const sameKind = (a: Transition, b: Transition) =>
  a.dst === b.dst &&
  a.from === b.from &&
  a.to === b.to &&
  a.name === b.name &&
  a.onset.month === b.onset.month &&
  a.onset.toFormat('HHmmss') === b.onset.toFormat('HHmmss');

function groupIntoObservances(list: Transition[]): Observance[] {
  const groups: Observance[] = [];
  // Each kind of change (to DST, to standard time) is grouped on its own, in time order.
  for (const dst of [true, false]) {
    let current: Observance | undefined;
    for (const t of list.filter((x) => x.dst === dst)) {
      const rules = dayRules(t.onset);
      const fits =
        current &&
        sameKind(current.last, t) &&
        t.onset.year === current.last.onset.year + 1 &&
        (current.byDay ? rules.includes(current.byDay) : dayRules(current.first.onset).some((r) => rules.includes(r)));
      if (current && fits) {
        current.byDay ??= dayRules(current.first.onset).find((r) => rules.includes(r));
        current.last = t;
        current.count++;
      } else {
        current = { first: t, last: t, count: 1 };
        groups.push(current);
      }
    }
  }
  return groups.sort((a, b) => a.first.at - b.first.at);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/**
 * VTIMEZONE lines (CRLF) for `zone`, valid for events from `fromYear` to `toYear`.
 * The last rule of each kind is left open, as the zone's current rule.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  // Start a year early so the observance in force on the first event is in the file.
  const list = transitions(zone, fromYear - 1, toYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (list.length === 0) {
    const offset = formatOffset(offsetAt(zone, Date.UTC(fromYear, 0, 1)));
    const name = zoneName(zone, Date.UTC(fromYear, 0, 1));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      ...(name ? [`TZNAME:${name}`] : []),
      'END:STANDARD',
    );
  }
  for (const o of groupIntoObservances(list)) {
    const kind = o.first.dst ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${kind}`, `DTSTART:${o.first.onset.toFormat("yyyyLLdd'T'HHmmss")}`);
    if (o.count > 1) {
      // Open-ended when the rule still held in the last year looked at; otherwise it ended with its last change.
      const open = o.last.onset.year === toYear;
      const until = open ? '' : `;UNTIL=${DateTime.fromMillis(o.last.at, { zone: 'UTC' }).toFormat("yyyyLLdd'T'HHmmss'Z'")}`;
      lines.push(`RRULE:FREQ=YEARLY;BYMONTH=${o.first.onset.month};BYDAY=${o.byDay}${until}`);
    }
    lines.push(
      `TZOFFSETFROM:${formatOffset(o.first.from)}`,
      `TZOFFSETTO:${formatOffset(o.first.to)}`,
      ...(o.first.name ? [`TZNAME:${o.first.name}`] : []),
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return `${lines.join('\r\n')}\r\n`;
}
