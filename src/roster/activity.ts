import type { Decision } from '../schemas/decision.ts';
import type { Maintainer } from '../schemas/maintainer.ts';

/**
 * What the site records of each maintainer's activity: a vote cast in a decision of
 * content/decisions/, and a meeting whose record lists them under `attended`. Nothing else
 * (code, reviews, issues, chat) is seen, so this is a record for the maintainers to look at,
 * never a verdict: the roster page says so, and what it counts.
 */

/** One recorded act of a person. */
export interface Activity {
  /** YYYY-MM-DD. */
  day: string;
  kind: 'vote' | 'meeting';
  /** What it was, in a few words: the decision's or the meeting's title. */
  what: string;
  /** The page it is recorded on, a site route. */
  route: string;
}

/** A decision as activity needs it. */
export type DecisionVotes = Pick<Decision, 'opened' | 'closed' | 'votes'> & { title: string; route: string };

/**
 * Each vote cast, as an activity of the voter: dated by the day the vote closed, or, while it
 * is open, by the day it opened (the vote was cast on or after it: never a day later than the truth).
 */
export function voteActivities(decisions: readonly DecisionVotes[]): Map<string, Activity[]> {
  const byHandle = new Map<string, Activity[]>();
  for (const d of decisions) {
    for (const handle of Object.keys(d.votes)) add(byHandle, handle, { day: d.closed ?? d.opened, kind: 'vote', what: d.title, route: d.route });
  }
  return byHandle;
}

/** A meeting record as activity needs it: the day the meeting was held and who attended. */
export interface AttendedMeeting {
  day: string;
  attended: readonly string[];
  what: string;
  route: string;
}

/** Each meeting attended, as an activity of each person its record lists. */
export function meetingActivities(meetings: readonly AttendedMeeting[]): Map<string, Activity[]> {
  const byHandle = new Map<string, Activity[]>();
  for (const m of meetings) for (const handle of m.attended) add(byHandle, handle, { day: m.day, kind: 'meeting', what: m.what, route: m.route });
  return byHandle;
}

function add(byHandle: Map<string, Activity[]>, handle: string, activity: Activity): void {
  const key = handle.toLowerCase();
  const list = byHandle.get(key);
  if (list) list.push(activity);
  else byHandle.set(key, [activity]);
}

/** The latest of each person's activities (a vote before a meeting on the same day), by lower-case handle. */
export function lastActivities(...sources: readonly Map<string, Activity[]>[]): Map<string, Activity> {
  const last = new Map<string, Activity>();
  for (const source of sources) {
    for (const [handle, list] of source) {
      for (const a of list) {
        const known = last.get(handle);
        if (!known || a.day > known.day || (a.day === known.day && a.kind === 'vote' && known.kind !== 'vote')) last.set(handle, a);
      }
    }
  }
  return last;
}

/** The first day of the period that ends on `today`: `months` calendar months back (the 31st going back to a shorter month's last day). */
export function periodStart(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A maintainer the roster page lists for the maintainers to look at, with what is recorded of them. */
export interface QuietMaintainer {
  maintainer: Maintainer;
  /** Their last recorded activity, when there is one (before the period). */
  last: Activity | undefined;
}

/**
 * The active maintainers with no recorded activity on or after `from` (the period's first day)
 * who were maintainers the whole period: one who joined after `from` has not had the period yet.
 */
export function quietMaintainers(roster: readonly Maintainer[], last: ReadonlyMap<string, Activity>, from: string): QuietMaintainer[] {
  return roster
    .filter((m) => m.status === 'active' && (m.since === undefined || m.since <= from))
    .map((m) => ({ maintainer: m, last: last.get(m.handle.toLowerCase()) }))
    .filter((q) => q.last === undefined || q.last.day < from);
}
