import type { Governance, Role } from '../schemas/governance.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { compareHandles } from './handles.ts';
import { defaultRoleOf, holdingsOf } from './roles.ts';

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

/** A role some of whose holders' files record no joining day: how many of its holders, of how many. */
export interface UndatedRole {
  role: Role;
  undated: number;
  /** Everyone who holds or held the role. */
  holders: number;
}

/**
 * Each role, in the order of the governance data, whose files leave some holders' joining day
 * unrecorded: counted over that role's holders only, as the note under the history names each role.
 */
export function undatedJoinsByRole(roster: readonly Dated[], governance: Pick<Governance, 'roles'>): UndatedRole[] {
  const defaultRole = defaultRoleOf(governance).id;
  return governance.roles.flatMap((role) => {
    let holders = 0;
    let undated = 0;
    for (const m of roster) {
      const held = holdingsOf(m, defaultRole).filter((h) => h.role === role.id);
      if (held.length === 0) continue;
      holders++;
      if (held.some((h) => h.since === undefined)) undated++;
    }
    return undated > 0 ? [{ role, undated, holders }] : [];
  });
}
