import type { Maintainer } from '../schemas/maintainer.ts';
import { compareHandles } from './roster.ts';

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

/** The maintainers active on `date`, by handle. */
export function activeMaintainersOn<M extends Dated>(roster: readonly M[], date: string): M[] {
  return roster.filter((m) => activeOn(m, date)).sort((a, b) => compareHandles(a.handle, b.handle));
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
