import { holdsPlaceOn } from '../groups/groups.ts';
import type { Bodies, Governance, Role, VoteRule, VotingGroup } from '../schemas/governance.ts';
import type { Maintainer, MaintainerStatus } from '../schemas/maintainer.ts';
import { compareHandles } from './handles.ts';

/**
 * The roles a person holds, each with its dates, and a body (the holders of one role) on any
 * day. A person file lists its roles, or holds the project's default role (the first of
 * content/governance.yaml's) through the shorthand status, since and emeritusSince.
 * Dates are "YYYY-MM-DD", which compare as text.
 */

export interface RoleHolding {
  role: string;
  status: MaintainerStatus;
  since?: string;
  emeritusSince?: string;
}

type Person = Pick<Maintainer, 'handle' | 'status' | 'since' | 'emeritusSince' | 'roles'>;

/** The project's default role: the one a person file's status, since and emeritusSince are about. */
export const defaultRoleOf = (governance: Pick<Governance, 'roles'>): Role => governance.roles[0]!;

// A body on each day of every decision asks every person for their holdings: the shorthand's is made once per person.
const shorthandHoldings = new WeakMap<Person, { defaultRole: string; holdings: RoleHolding[] }>();

/** Every role `person` holds or held. The same person and default role give the same array: do not change it. */
export function holdingsOf(person: Person, defaultRole: string): RoleHolding[] {
  if (person.roles) return person.roles;
  const known = shorthandHoldings.get(person);
  if (known?.defaultRole === defaultRole) return known.holdings;
  const holding: RoleHolding = { role: defaultRole, status: person.status };
  if (person.since !== undefined) holding.since = person.since;
  if (person.emeritusSince !== undefined) holding.emeritusSince = person.emeritusSince;
  shorthandHoldings.set(person, { defaultRole, holdings: [holding] });
  return [holding];
}

/**
 * Whether the holding certainly counted on `date`: on or after `since` (or no since: from before
 * any recorded decision) and, when emeritus, before `emeritusSince`. An emeritus holding whose
 * date is not recorded is never certain: see `bodyOn`.
 */
export function holdsOn(h: RoleHolding, date: string): boolean {
  if (h.since !== undefined && date < h.since) return false;
  if (h.status === 'active') return true;
  return h.emeritusSince !== undefined && date < h.emeritusSince;
}

/** Whether an emeritus holding without its date may have counted on `date` (on or after since). */
export function mayHaveHeldOn(h: RoleHolding, date: string): boolean {
  return h.status === 'emeritus' && h.emeritusSince === undefined && (h.since === undefined || date >= h.since);
}

export interface BodyOnDay<P> {
  /** Who held the role that day, by handle. */
  members: readonly P[];
  /**
   * Emeritus holders whose emeritus date is not recorded and who had joined by that day: they may
   * still have held the role. A count takes them on the side that cannot carry a vote wrongly:
   * in the number a threshold is a fraction of, never as voters.
   */
  undatedFormer: readonly P[];
}

// Every decision is counted against the body of its day, and many close on the same day: each
// roster is sorted once and each role's day computed once, kept per roster array, so another
// array (the next read under astro dev, a test's roster) never gets this one's answer.
const byRoster = new WeakMap<readonly Person[], { sorted: readonly Person[]; days: Map<string, BodyOnDay<Person>> }>();

/**
 * The body on a day: the people holding `role` on `date`, by handle. The same roster array,
 * role and day give the same arrays, frozen; a roster must not change once counted.
 */
export function bodyOn<P extends Person>(roster: readonly P[], role: string, date: string, defaultRole: string): BodyOnDay<P> {
  let memo = byRoster.get(roster);
  if (!memo) {
    memo = { sorted: [...roster].sort((a, b) => compareHandles(a.handle, b.handle)), days: new Map() };
    byRoster.set(roster, memo);
  }
  const key = `${role}\n${date}\n${defaultRole}`;
  let body = memo.days.get(key);
  if (!body) {
    const members: Person[] = [];
    const undatedFormer: Person[] = [];
    for (const p of memo.sorted) {
      let member = false;
      let maybe = false;
      for (const h of holdingsOf(p, defaultRole)) {
        if (h.role !== role) continue;
        if (holdsOn(h, date)) member = true;
        else if (mayHaveHeldOn(h, date)) maybe = true;
      }
      if (member) members.push(p);
      else if (maybe) undatedFormer.push(p);
    }
    body = Object.freeze({ members: Object.freeze(members), undatedFormer: Object.freeze(undatedFormer) });
    memo.days.set(key, body);
  }
  // Only bodies of P were stored under this roster (a P[] is its own key).
  return body as BodyOnDay<P>;
}

/** The handles holding `role` on `date`, by handle: a rule's body on a day. */
export const bodyHandlesOn = (roster: readonly Person[], role: string, date: string, defaultRole: string): string[] =>
  bodyOn(roster, role, date, defaultRole).members.map((p) => p.handle);

/** Who holds `role` today, whatever the day: the active holders. */
export function activeHolders<P extends Person>(roster: readonly P[], role: string, defaultRole: string): P[] {
  return [...roster]
    .filter((p) => holdingsOf(p, defaultRole).some((h) => h.role === role && h.status === 'active'))
    .sort((a, b) => compareHandles(a.handle, b.handle));
}

/**
 * A role's name inside a sentence: "Maintainers" becomes "maintainers"; a name with another
 * capital ("TSC members", "Governance Committee members") is a proper name and stays.
 */
export const inSentence = (name: string) => (/^\p{Lu}[^\p{Lu}]*$/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name);

export interface ListedHolder<P> {
  person: P;
  /** Their holding of the role: active, or their last emeritus one. */
  holding: RoleHolding;
}

export interface RoleList<P> {
  role: Role;
  /** The default role: the one the shorthand of a person file holds, whose entries the governance feed links. */
  isDefault: boolean;
  active: ListedHolder<P>[];
  emeritus: ListedHolder<P>[];
}

/** Each role's active and emeritus holders, by handle, in the order of content/governance.yaml's roles. */
export function roleLists<P extends Person>(roster: readonly P[], governance: Pick<Governance, 'roles'>): RoleList<P>[] {
  const defaultRole = defaultRoleOf(governance).id;
  const sorted = [...roster].sort((a, b) => compareHandles(a.handle, b.handle));
  return governance.roles.map((role) => {
    const active: ListedHolder<P>[] = [];
    const emeritus: ListedHolder<P>[] = [];
    for (const person of sorted) {
      const held = holdingsOf(person, defaultRole).filter((h) => h.role === role.id);
      const current = held.find((h) => h.status === 'active');
      if (current) active.push({ person, holding: current });
      else if (held.length > 0) emeritus.push({ person, holding: held.at(-1)! });
    }
    return { role, isDefault: role.id === defaultRole, active, emeritus };
  });
}

/** The id of a person's entry in a role's list: `maintainer-<handle>` style for every role, by the role's id. */
export const roleEntryId = (role: Pick<Role, 'id'>, handle: string) => `${role.id}-${handle.toLowerCase()}`;

// ---------------------------------------------------------------------------
// A rule's body: a role of the roster (body:), or a group of content/groups/ (group:), whose
// leads and members vote alike, each while their place lasts, maintainers or not.
// ---------------------------------------------------------------------------

/** The group a rule's body is, or undefined when it is a role. */
export function groupOfRule(rule: Pick<VoteRule, 'group'>, bodies: Bodies): VotingGroup | undefined {
  if (rule.group === undefined) return undefined;
  const group = bodies.groups?.find((g) => g.id === rule.group);
  // src/site/governance-file.ts reads every group a rule names, and gives no governance without one.
  if (!group) throw new Error(`the group ${rule.group} of a vote rule was not read with content/governance.yaml: is content/groups/${rule.group}.yaml there?`);
  return group;
}

/**
 * A rule's body as the pages name it: its role, or for a group "<group> member(s)", with the
 * group's name as the name of them all ("3 of 5 Technical Steering Committee members").
 */
export function bodyOf(bodies: Bodies, rule: Pick<VoteRule, 'body' | 'group'>): Role {
  const group = groupOfRule(rule, bodies);
  if (group) return { id: group.id, singular: `${group.name} member`, plural: `${group.name} members`, bodyName: group.name };
  return bodies.roles.find((r) => r.id === rule.body)!;
}

/** One member of a group's body on a day: whether the place that counts that day records no since (from before any record). */
export interface GroupVoter {
  handle: string;
  undated: boolean;
}

/** The group's body on `date`: its leads and members holding a place that day, once each, by handle. */
export function groupBodyOn(group: VotingGroup, date: string): GroupVoter[] {
  const byKey = new Map<string, GroupVoter>();
  for (const place of [...group.leads, ...group.members]) {
    if (!holdsPlaceOn(place, date)) continue;
    const key = place.handle.toLowerCase();
    const known = byKey.get(key);
    if (known) known.undated &&= place.since === undefined;
    else byKey.set(key, { handle: place.handle, undated: place.since === undefined });
  }
  return [...byKey.values()].sort((a, b) => compareHandles(a.handle, b.handle));
}

/**
 * The group's members whatever the day, as the roster's active holders: those holding a place
 * with no until, once each, by handle. Today's figures and the tools' files count these, so they
 * change when the group's file does, not with the day they are written.
 */
export function currentGroupMembers(group: VotingGroup): string[] {
  const handles = new Map<string, string>();
  for (const place of [...group.leads, ...group.members])
    if (place.until === undefined && !handles.has(place.handle.toLowerCase())) handles.set(place.handle.toLowerCase(), place.handle);
  return [...handles.values()].sort(compareHandles);
}

/** The handles of a rule's body today, whatever the day: the role's active holders, or the group's current members. */
export function currentBodyHandles(rule: Pick<VoteRule, 'body' | 'group'>, roster: readonly Person[], bodies: Bodies): string[] {
  const group = groupOfRule(rule, bodies);
  return group ? currentGroupMembers(group) : activeHolders(roster, rule.body!, defaultRoleOf(bodies).id).map((p) => p.handle);
}

/**
 * A rule's body on a day: the handles of those holding the rule's role, or a place in its group,
 * then, by handle. For the tools that read the rules (a vote bot's voters, CODEOWNERS): today's
 * date gives today's body.
 */
export const ruleBodyOn = (rule: Pick<VoteRule, 'body' | 'group'>, roster: readonly Person[], bodies: Bodies, date: string): string[] => {
  const group = groupOfRule(rule, bodies);
  return group ? groupBodyOn(group, date).map((v) => v.handle) : bodyHandlesOn(roster, rule.body!, date, defaultRoleOf(bodies).id);
};

/**
 * The role a rule's person subject joins or leaves: its subjectRole, or its body's; undefined for
 * a rule whose body is a group and that names no subjectRole (the subject joins or leaves the group).
 */
export const subjectRoleOf = (rule: Pick<VoteRule, 'body' | 'subjectRole'>): string | undefined => rule.subjectRole ?? rule.body;
