import { DateTime, IANAZone } from 'luxon';

/**
 * The nights a zone's clocks jump forward (some wall-clock times do not exist) or back (some
 * happen twice), as local dates and wall-clock ranges. A meeting at such a time is placed
 * differently by different calendar clients; src/rules/meeting-rules.ts refuses one.
 */
export interface ClockShift {
  /** Local date of the shift. */
  date: string;
  /** `gap`: wall-clock times from `from` up to `to` do not exist that day; `repeat`: they happen twice. */
  kind: 'gap' | 'repeat';
  /** "HH:MM" on the wall clock, `from` included, `to` not. */
  from: string;
  to: string;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// Offsets have changed at most twice in a few weeks in any zone's history: sampled every four
// days, no pair of changes falls between two samples.
const STEP = 4 * DAY;

const wallClock = (ms: number) => DateTime.fromMillis(ms, { zone: 'UTC' });

/** Every clock shift of `zone` from the start of `fromYear` to the end of `toYear`. */
export function clockShifts(zone: string, fromYear: number, toYear: number): ClockShift[] {
  // Asked for each series of a zone, by each check of it: the answer for a zone and years never changes.
  const key = `${zone} ${fromYear} ${toYear}`;
  let shifts = known.get(key);
  if (!shifts) known.set(key, (shifts = findClockShifts(zone, fromYear, toYear)));
  return shifts;
}
const known = new Map<string, ClockShift[]>();

function findClockShifts(zone: string, fromYear: number, toYear: number): ClockShift[] {
  const iana = IANAZone.create(zone);
  if (!iana.isValid || iana.isUniversal) return [];
  const shifts: ClockShift[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let before = iana.offset(Date.UTC(fromYear, 0, 1));
  for (let t = Date.UTC(fromYear, 0, 1); t < end; t += STEP) {
    const next = iana.offset(t + STEP);
    if (next === before) continue;
    // The first minute on the new offset.
    let lo = t / MINUTE;
    let hi = (t + STEP) / MINUTE;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (iana.offset(mid * MINUTE) === before) lo = mid;
      else hi = mid;
    }
    const at = hi * MINUTE;
    const after = iana.offset(at);
    // The wall clock reads at + before just before the change, and at + after just after it.
    const [first, last] = after > before ? [at + before * MINUTE, at + after * MINUTE] : [at + after * MINUTE, at + before * MINUTE];
    shifts.push({
      date: wallClock(first).toISODate()!,
      kind: after > before ? 'gap' : 'repeat',
      from: wallClock(first).toFormat('HH:mm'),
      to: wallClock(last).toFormat('HH:mm'),
    });
    before = after;
  }
  return shifts;
}

/** The shift `time` ("HH:MM") on `date` falls in, if any. A shift that crosses midnight covers the rest of its day. */
export function shiftAt(shifts: readonly ClockShift[], date: string, time: string): ClockShift | undefined {
  return shifts.find((s) => s.date === date && time >= s.from && (s.to <= s.from ? true : time < s.to));
}
