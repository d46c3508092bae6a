/**
 * The next meeting of a series from its rule, with the browser's Intl API only
 * (no luxon in the browser). The build already placed every exception
 * (src/meetings/browser-data.ts); this repeats only the rule's arithmetic:
 * dates every N weeks, a wall-clock time in the series' zone. Tests hold it to
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

/** The first meeting of `rule` that has not ended at `now`, cancelled ones skipped: [start, end]. */
export function nextMeeting(rule: BrowserSeriesRule, now: number): [number, number] | undefined {
  const [h, m] = rule.start.split(':').map(Number) as [number, number];
  const step = 7 * rule.intervalWeeks;
  const firstDay = Date.parse(`${rule.first}T00:00:00Z`) / DAY;
  const lastDay = rule.until ? Date.parse(`${rule.until}T00:00:00Z`) / DAY : Infinity;
  const replaced = new Set(rule.replaced);
  let best: [number, number] | undefined;
  for (const added of rule.added) if (added[1] > now && (!best || added[0] < best[0])) best = added;
  let k = Math.max(0, Math.floor((now / DAY - 2 - firstDay) / step));
  for (let tries = 0; tries < 400; tries++, k++) {
    const day = firstDay + k * step;
    if (day > lastDay) break;
    const start = wallClock(rule.zone, day * DAY + (h * 60 + m) * 60_000);
    if (best && start >= best[0]) break;
    const end = start + rule.minutes * 60_000;
    if (end > now && !replaced.has(start)) return [start, end];
  }
  return best;
}
