import type { Group, GroupPlace } from '../schemas/group.ts';

/**
 * The groups of content/groups/ as the pages and the feeds need them: their routes, who holds a
 * place in a group on a day, which group a meeting series belongs to, and the changes of lead
 * that the governance feed lists.
 */

/** The list of groups, src/pages/groups/[...group].astro (only built when content has a group). */
export const GROUPS_ROUTE = '/groups/';

export function groupRoute(id: string): string {
  return `${GROUPS_ROUTE}${id}/`;
}

/** The calendar feed of a group's meeting series, src/pages/groups/[id].ics.ts. */
export function groupFeedRoute(id: string): string {
  return `${GROUPS_ROUTE}${id}.ics`;
}

/** Whether a place (a lead's, a member's) is held on `day` (YYYY-MM-DD): a missing since is "from before any record", a missing until "still". */
export function holdsPlaceOn(place: Pick<GroupPlace, 'since' | 'until'>, day: string): boolean {
  return (place.since === undefined || place.since <= day) && (place.until === undefined || day <= place.until);
}

/** The group's leads on `day`, in file order. */
export function leadsOn(group: Pick<Group, 'leads'>, day: string): GroupPlace[] {
  return group.leads.filter((p) => holdsPlaceOn(p, day));
}

/** The group's members besides its leads on `day`, in file order; a lead listed as a member too is shown once, as a lead. */
export function membersOn(group: Pick<Group, 'leads' | 'members'>, day: string): GroupPlace[] {
  const leading = new Set(leadsOn(group, day).map((p) => p.handle.toLowerCase()));
  return group.members.filter((p) => holdsPlaceOn(p, day) && !leading.has(p.handle.toLowerCase()));
}

/** Everyone who belonged to the group on `day`, leads and members, as lower-case handles: the group as a body that votes. */
export function bodyOn(group: Pick<Group, 'leads' | 'members'>, day: string): string[] {
  return [...new Set([...group.leads, ...group.members].filter((p) => holdsPlaceOn(p, day)).map((p) => p.handle.toLowerCase()))].sort();
}

/** The places that ended before `day`, leads first, the most recently ended first. */
export function formerPlacesOn(group: Pick<Group, 'leads' | 'members'>, day: string): (GroupPlace & { list: 'leads' | 'members' })[] {
  const ended = (list: 'leads' | 'members') => group[list].filter((p) => p.until !== undefined && p.until < day).map((p) => ({ ...p, list }));
  const newest = (a: GroupPlace, b: GroupPlace) => (a.until! < b.until! ? 1 : a.until! > b.until! ? -1 : 0);
  return [...ended('leads').sort(newest), ...ended('members').sort(newest)];
}

/** Each series a group lists, with its group (a series belongs to one group at most: src/rules/group-rules.ts). */
export function groupOfSeries(groups: readonly Group[]): Map<string, Group> {
  return new Map(groups.flatMap((g) => g.meetings.map((id) => [id, g] as const)));
}

/** A lead taking up or leaving the lead of a group, dated by the group's file. */
export interface LeadChange {
  groupId: string;
  groupName: string;
  handle: string;
  name?: string | undefined;
  /** started: the day in since; ended: the last day, until. */
  change: 'started' | 'ended';
  day: string;
}

/** Every dated change of lead, oldest first (ties: by group, then handle); a place without since (or until) gives no item for it. */
export function leadChanges(groups: readonly Group[]): LeadChange[] {
  const changes = groups.flatMap((g) =>
    g.leads.flatMap((p) => {
      const base = { groupId: g.id, groupName: g.name, handle: p.handle, ...(p.name ? { name: p.name } : {}) };
      return [
        ...(p.since ? [{ ...base, change: 'started' as const, day: p.since }] : []),
        ...(p.until ? [{ ...base, change: 'ended' as const, day: p.until }] : []),
      ];
    }),
  );
  const key = (c: LeadChange) => `${c.day} ${c.groupId} ${c.handle.toLowerCase()} ${c.change}`;
  return changes.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
