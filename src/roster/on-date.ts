import type { Maintainer } from '../schemas/maintainer.ts';
import { compareHandles } from './handles.ts';

/**
 * The roster on any day, from each maintainer's `since` and `emeritusSince`: what a vote
 * closed on that day was counted against. A maintainer without `since` (the public list
 * gives no dates) counts as active from before any recorded decision; the pages say so
 * instead of inventing a date. Dates are "YYYY-MM-DD", which compare as text.
 */

type Dated = Pick<Maintainer, 'handle' | 'status' | 'since' | 'emeritusSince'>;

/** Whether `m` could vote on `date`: on or after `since` (or no since) and before `emeritusSince`. */
export function activeOn(m: Dated, date: string): boolean {
  if (m.since !== undefined && date < m.since) return false;
  if (m.emeritusSince !== undefined && date >= m.emeritusSince) return false;
  // An emeritus file always has emeritusSince (a check ensures it); without one, trust the status.
  return m.status === 'active' || m.emeritusSince !== undefined;
}

// Every decision is counted against the roster of its day, twice in the checks and once for
// the pages, and many close on the same day: sorting a 1,000-person roster for each count was
// most of the decision checks' time. So each roster is sorted once and each day's list made
// once, kept per roster array: another array (the next read under astro dev, a test's roster)
// never gets this one's answer.
const activeByRoster = new WeakMap<readonly Dated[], { byHandle: readonly Dated[]; onDay: Map<string, readonly Dated[]> }>();

/**
 * The maintainers active on `date`, by handle. The same roster array and day give the same
 * array, frozen, as every count of that day shares it; a roster must not change once counted.
 */
export function activeMaintainersOn<M extends Dated>(roster: readonly M[], date: string): readonly M[] {
  let memo = activeByRoster.get(roster);
  if (!memo) {
    memo = { byHandle: [...roster].sort((a, b) => compareHandles(a.handle, b.handle)), onDay: new Map() };
    activeByRoster.set(roster, memo);
  }
  let active = memo.onDay.get(date);
  if (!active) {
    active = Object.freeze(memo.byHandle.filter((m) => activeOn(m, date)));
    memo.onDay.set(date, active);
  }
  // Only arrays of M were stored under this roster (an M[] is its own key).
  return active as readonly M[];
}

export interface RosterChange {
  date: string;
  handle: string;
  change: 'joined' | 'emeritus';
}

export interface RosterHistory {
  /** Every change whose date is known, oldest first (on one day: joins first, then by handle). */
  changes: RosterChange[];
  /** Maintainers whose joining day is not recorded: active from before any recorded decision. */
  undatedJoins: string[];
}

/** Who joined and who became emeritus, by date, where dates are known. */
export function rosterHistory(roster: readonly Dated[]): RosterHistory {
  const changes: RosterChange[] = [];
  for (const m of roster) {
    if (m.since !== undefined) changes.push({ date: m.since, handle: m.handle, change: 'joined' });
    if (m.emeritusSince !== undefined) changes.push({ date: m.emeritusSince, handle: m.handle, change: 'emeritus' });
  }
  const rank = (c: RosterChange) => (c.change === 'joined' ? 0 : 1);
  changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a) - rank(b) || compareHandles(a.handle, b.handle)));
  const undatedJoins = roster
    .filter((m) => m.since === undefined)
    .map((m) => m.handle)
    .sort(compareHandles);
  return { changes, undatedJoins };
}
