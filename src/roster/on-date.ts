import type { Maintainer } from '../schemas/maintainer.ts';
import { compareHandles } from './handles.ts';
import { holdingsOf } from './roles.ts';

/**
 * The roster's history: who took each role and who became emeritus in it, by date, from each
 * holding's `since` and `emeritusSince` (the shorthand's being the default role's). A holding
 * without `since` (the public list gives no dates) counts from before any recorded decision;
 * the pages say so instead of inventing a date. Dates are "YYYY-MM-DD", which compare as text.
 */

type Dated = Pick<Maintainer, 'handle' | 'status' | 'since' | 'emeritusSince' | 'roles'>;

export interface RosterChange {
  date: string;
  handle: string;
  /** The role taken or left. */
  role: string;
  change: 'joined' | 'emeritus';
}

export interface RosterHistory {
  /** Every change whose date is known, oldest first (on one day: joins first, then by handle). */
  changes: RosterChange[];
  /** People one of whose roles records no joining day: holding it from before any recorded decision. */
  undatedJoins: string[];
}

/** Who took and who left each role, by date, where dates are known. */
export function rosterHistory(roster: readonly Dated[], defaultRole: string): RosterHistory {
  const changes: RosterChange[] = [];
  const undated: string[] = [];
  for (const m of roster) {
    const holdings = holdingsOf(m, defaultRole);
    for (const h of holdings) {
      if (h.since !== undefined) changes.push({ date: h.since, handle: m.handle, role: h.role, change: 'joined' });
      if (h.emeritusSince !== undefined) changes.push({ date: h.emeritusSince, handle: m.handle, role: h.role, change: 'emeritus' });
    }
    if (holdings.some((h) => h.since === undefined)) undated.push(m.handle);
  }
  const rank = (c: RosterChange) => (c.change === 'joined' ? 0 : 1);
  changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a) - rank(b) || compareHandles(a.handle, b.handle)));
  return { changes, undatedJoins: undated.sort(compareHandles) };
}
