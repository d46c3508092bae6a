/**
 * The next meeting of a series from its rule, with the browser's Intl API only
 * (no luxon in the browser). The build already placed every exception
 * (src/meetings/browser-data.ts); this repeats only the rule's arithmetic:
 * dates every N weeks or by position in each month, a wall-clock time in the series' zone. Tests hold it to
 * src/meetings/occurrences.ts across DST changes.
 */
import type { BrowserSeriesRule } from '../meetings/browser-data.ts';

const DAY = 86_400_000;
const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** Offset (ms) of `zone` from UTC at the instant `ms`. */
function offset(zone: string, ms: number): number {
  let format = partsFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(zone, format);
  }
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(ms / 1000) * 1000;
}

/** The instant of a wall-clock time in `zone` (as luxon resolves it: a time in a spring gap moves forward). */
function wallClock(zone: string, localMs: number): number {
  const first = offset(zone, localMs);
  const guess = localMs - first;
  const second = offset(zone, guess);
  if (second === first) return guess;
  const third = offset(zone, localMs - second);
  return second === third ? localMs - second : localMs - Math.min(second, third);
}

/** The rule's days (days since 1970-01-01) of the month `month` (0-11) of `year`. */
function monthDays(rule: BrowserSeriesRule, year: number, month: number): number[] {
  const first = Date.UTC(year, month, 1) / DAY;
  const length = Date.UTC(year, month + 1, 1) / DAY - first;
  const firstWeekday = ((((first + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
  const firstOfWeekday = first + ((rule.weekday - firstWeekday + 7) % 7);
  const count = Math.floor((first + length - 1 - firstOfWeekday) / 7) + 1;
  return [...new Set(rule.positions!.map((p) => firstOfWeekday + 7 * ((p === -1 ? count : p) - 1)))].sort((a, b) => a - b);
}

/** The rule's days from `fromDay` on, in order (at most `limit`). */
function* ruleDays(rule: BrowserSeriesRule, fromDay: number, limit: number): Generator<number> {
  const firstDay = Date.parse(`${rule.first}T00:00:00Z`) / DAY;
  if (rule.positions) {
    const start = new Date(Math.max(fromDay, firstDay) * DAY);
    for (let year = start.getUTCFullYear(), month = start.getUTCMonth(), n = 0; n < limit; month === 11 ? (year++, (month = 0)) : month++) {
      for (const day of monthDays(rule, year, month)) if (day >= firstDay && day >= fromDay && n++ < limit) yield day;
    }
    return;
  }
  const step = 7 * rule.intervalWeeks;
  for (let k = Math.max(0, Math.floor((fromDay - firstDay) / step)), n = 0; n < limit; k++, n++) yield firstDay + k * step;
}

/** The first meeting of `rule` that has not ended at `now`, cancelled ones skipped: [start, end]. */
export function nextMeeting(rule: BrowserSeriesRule, now: number): [number, number] | undefined {
  const [h, m] = rule.start.split(':').map(Number) as [number, number];
  const lastDay = rule.until ? Date.parse(`${rule.until}T00:00:00Z`) / DAY : Infinity;
  const replaced = new Set(rule.replaced);
  let best: [number, number] | undefined;
  for (const added of rule.added) if (added[1] > now && (!best || added[0] < best[0])) best = added;
  for (const day of ruleDays(rule, Math.floor(now / DAY - 2), 400)) {
    if (day > lastDay) break;
    const start = wallClock(rule.zone, day * DAY + (h * 60 + m) * 60_000);
    if (best && start >= best[0]) break;
    const end = start + rule.minutes * 60_000;
    if (end > now && !replaced.has(start)) return [start, end];
  }
  return best;
}
