import type { Bodies, Governance, Role, VoteRule } from '../schemas/governance.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { compareHandles } from './handles.ts';
import { activeHolders, bodyOf, currentGroupMembers, defaultRoleOf, groupOfRule, holdingsOf, inSentence, type RoleHolding } from './roles.ts';
import { describeThreshold, plural, thresholdOf, type VoteThreshold } from './vote-rules.ts';
import { GENERATE_COMMAND } from '../site/commands.ts';
import { ROSTER_PAGE } from '../site/nav.ts';
import { markdownText, markdownUrl } from '../markdown/inline-text.ts';

/**
 * Everything the site says about the roster, computed from the maintainer files:
 * the order, the vote thresholds of the charter, the counts per organisation,
 * /maintainers.json and MAINTAINERS.md.
 */

/** Active maintainers first, each group by handle ignoring case (handles are ASCII). */
export function sortRoster(maintainers: readonly Maintainer[]): Maintainer[] {
  const rank = (m: Maintainer) => (m.status === 'active' ? 0 : 1);
  return [...maintainers].sort((a, b) => rank(a) - rank(b) || compareHandles(a.handle, b.handle));
}

export { compareHandles } from './handles.ts';
export { plural } from './vote-rules.ts';

export const activeMaintainers = (roster: readonly Maintainer[]) => sortRoster(roster).filter((m) => m.status === 'active');
export const emeritusMaintainers = (roster: readonly Maintainer[]) => sortRoster(roster).filter((m) => m.status === 'emeritus');

export const githubProfileUrl = (handle: string) => `https://github.com/${handle}`;

/**
 * The id of a maintainer's entry on the roster page ("maintainer-gorkem"), for links to
 * one person (the governance feed's items). Lowercase, as handles are unique in any case;
 * the prefix keeps it apart from the page's section ids (a handle may be "data").
 */
export const maintainerAnchor = (handle: string) => `maintainer-${handle.toLowerCase()}`;

/**
 * A roster longer than this is split so that each page stays within the page-weight budget
 * (18 KB gzip on a first visit): the roster page lists the active maintainers one short line
 * each, and the emeritus maintainers and the history get pages of their own. Up to this size
 * (every roster so far) the roster page shows everyone in full, as before.
 */
export const LONG_ROSTER_FROM = 60;

/** The emeritus maintainers' page of a long roster. */
export const EMERITUS_PAGE_ROUTE = `${ROSTER_PAGE.route}emeritus/`;
/** The roster history's page of a long roster. */
export const ROSTER_HISTORY_ROUTE = `${ROSTER_PAGE.route}history/`;

/** Whether the roster is long enough to be split over the roster page, the emeritus page and the history page. */
export const isLongRoster = (roster: readonly unknown[]) => roster.length >= LONG_ROSTER_FROM;

/**
 * The page that lists one maintainer, a site route with their #fragment: the roster page,
 * or the emeritus page for an emeritus maintainer of a long roster. `roster` is the whole
 * roster, which decides whether it is split.
 */
export const maintainerRoute = (maintainer: Pick<Maintainer, 'handle' | 'status'>, roster: readonly unknown[]) =>
  `${maintainer.status === 'emeritus' && isLongRoster(roster) ? EMERITUS_PAGE_ROUTE : ROSTER_PAGE.route}#${maintainerAnchor(maintainer.handle)}`;

// ---------------------------------------------------------------------------
// Vote thresholds today: each rule of content/governance.yaml against its body's
// active members (emeritus members do not vote). The arithmetic is vote-rules.ts's.
// ---------------------------------------------------------------------------

/** Where the roster page lists today's thresholds: what a threshold shown elsewhere links to. */
export const THRESHOLDS_ROUTE = `${ROSTER_PAGE.route}#thresholds`;
/** One rule's numbers on the roster page. */
export const thresholdRoute = (ruleId: string) => `${ROSTER_PAGE.route}#threshold-${ruleId}`;

/** The role a rule's body is, or the names of its group's members (src/roster/roles.ts). */
export { bodyOf } from './roles.ts';

// Every doc that shows a threshold asks with the same roster (read once per build): each body is
// counted once, not again for each of the charter's thresholds on each page (issue 14's profile).
const activeCounts = new WeakMap<readonly Maintainer[], Map<string, number>>();
function activeCount(roster: readonly Maintainer[], role: string, defaultRole: string): number {
  let counts = activeCounts.get(roster);
  if (!counts) activeCounts.set(roster, (counts = new Map()));
  let count = counts.get(role);
  if (count === undefined) counts.set(role, (count = activeHolders(roster, role, defaultRole).length));
  return count;
}

/** Today's threshold of a rule: its body's active members (a group's current ones), less the subject for a rule that sets the subject aside. */
export function thresholdToday(rule: VoteRule, roster: readonly Maintainer[], governance: Bodies): VoteThreshold {
  const group = groupOfRule(rule, governance);
  const members = group ? currentGroupMembers(group).length : activeCount(roster, rule.body!, defaultRoleOf(governance).id);
  return thresholdOf(rule, rule.base === 'remaining-members' ? Math.max(0, members - 1) : members);
}

/**
 * The threshold of one rule for a roster, by its id; an unknown id (a typo in a page's
 * `<VoteThreshold rule="…" />`) is an error that lists the rules there are.
 */
export function thresholdFor(id: string, roster: readonly Maintainer[], governance: Governance & Bodies): VoteThreshold {
  const rule = governance.rules.find((r) => r.id === id);
  if (!rule) {
    const known = governance.rules.map((r) => r.id);
    throw new Error(
      known.length === 0
        ? `<VoteThreshold rule="${id}" />: content/governance.yaml has no rules; add the rule there, or remove the component`
        : `<VoteThreshold rule="${id}" />: unknown rule; use one of ${known.join(', ')}`,
    );
  }
  return thresholdToday(rule, roster, governance);
}

/** Today's threshold of `rule` in words, with its body's names: "8 of 11 maintainers". */
export const thresholdInWords = (t: VoteThreshold, governance: Bodies) => describeThreshold(t, bodyOf(governance, t.rule));

// ---------------------------------------------------------------------------
// Organisations: how many active members each employer has.
// ---------------------------------------------------------------------------

export interface AffiliationCount {
  affiliation: string;
  count: number;
}

/**
 * How many active maintainers each organisation has, most first; spellings that
 * differ only in case count as one organisation. `unknown` counts those with no
 * affiliation recorded.
 */
export function affiliationCounts(roster: readonly Maintainer[]): { counts: AffiliationCount[]; unknown: number } {
  const byKey = new Map<string, AffiliationCount>();
  let unknown = 0;
  for (const m of activeMaintainers(roster)) {
    if (m.affiliation === undefined) {
      unknown++;
      continue;
    }
    const key = m.affiliation.toLowerCase();
    const entry = byKey.get(key) ?? { affiliation: m.affiliation, count: 0 };
    entry.count++;
    byKey.set(key, entry);
  }
  const counts = [...byKey.values()].sort((a, b) => b.count - a.count || a.affiliation.localeCompare(b.affiliation, 'en'));
  return { counts, unknown };
}

// ---------------------------------------------------------------------------
// Initials avatars, drawn at build time instead of loading GitHub's images.
// ---------------------------------------------------------------------------

export interface Avatar {
  initials: string;
  /**
   * One of AVATAR_HUES colours (0 to AVATAR_HUES - 1) picked from the handle, so a person
   * keeps their colour. A class per colour, not a style attribute: the CSP allows no inline style.
   */
  hue: number;
}

/** How many avatar colours the stylesheet defines (.avatar-hue-0 …), 30° of hue apart. */
export const AVATAR_HUES = 12;

export function avatarFor(m: Pick<Maintainer, 'handle' | 'name'>): Avatar {
  const words = (m.name ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  let initials: string;
  if (words.length > 0) {
    const first = [...words[0]!][0]!;
    initials = words.length > 1 ? first + [...words.at(-1)!][0]! : [...words[0]!].slice(0, 2).join('');
  } else {
    const parts = m.handle.split('-').filter(Boolean);
    initials = parts.length > 1 ? parts[0]![0]! + parts[1]![0]! : m.handle.slice(0, 2);
  }
  let hash = 0;
  for (const ch of m.handle.toLowerCase()) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return { initials: initials.toUpperCase(), hue: hash % AVATAR_HUES };
}

// ---------------------------------------------------------------------------
// /maintainers.json
// ---------------------------------------------------------------------------

/** Bump when a field is renamed or removed or changes meaning; adding a field keeps the version. */
export const ROSTER_SCHEMA_VERSION = 1;

export interface RosterDocument {
  schemaVersion: typeof ROSTER_SCHEMA_VERSION;
  /** Where the data is kept (a folder of the repository, on GitHub). */
  source: string;
  activeCount: number;
  emeritusCount: number;
  /** Each rule of content/governance.yaml, by id: who may vote today and the votes for that carry it (0 for a rule on the votes cast), and the quorum when it has one. */
  thresholds: Record<string, { voters: number; votesNeeded: number; quorumNeeded?: number }>;
  maintainers: (Maintainer & { github: string })[];
}

export function rosterDocument(roster: readonly Maintainer[], governance: Governance & Bodies, opts: { source: string }): RosterDocument {
  const sorted = sortRoster(roster);
  const active = sorted.filter((m) => m.status === 'active').length;
  return {
    schemaVersion: ROSTER_SCHEMA_VERSION,
    source: opts.source,
    activeCount: active,
    emeritusCount: sorted.length - active,
    thresholds: Object.fromEntries(
      governance.rules.map((rule) => {
        const t = thresholdToday(rule, roster, governance);
        return [rule.id, { voters: t.voters, votesNeeded: t.votesNeeded, ...(rule.quorum ? { quorumNeeded: t.quorumNeeded } : {}) }];
      }),
    ),
    maintainers: sorted.map((m) => ({ ...m, github: githubProfileUrl(m.handle) })),
  };
}

// ---------------------------------------------------------------------------
// MAINTAINERS.md
// ---------------------------------------------------------------------------

export const MAINTAINERS_FILE = 'MAINTAINERS.md';

function markdownLine(m: Maintainer, h: RoleHolding, role: Role): string {
  const who = [m.name, m.affiliation].filter(Boolean).join(', ');
  const when =
    h.status === 'emeritus'
      ? [h.since && `${inSentence(role.singular)} since ${h.since}`, `emeritus since ${h.emeritusSince ?? 'a date not recorded'}`]
      : [h.since && `since ${h.since}`];
  const details = [...when, m.areas?.length ? `areas: ${m.areas.join(', ')}` : undefined].filter(Boolean).join('; ');
  return `- [@${m.handle}](${markdownUrl(githubProfileUrl(m.handle))})${who ? ` — ${markdownText(who)}` : ''}${details ? ` (${markdownText(details)})` : ''}`;
}

/**
 * The text of MAINTAINERS.md: the roster as the charter refers to it, role by role, with the
 * vote thresholds of today. Generated, so it can never disagree with the site. The words are
 * the governance data's: a role's names, the name of their body and the section describing it
 * when the data gives them, each rule's name.
 */
export function maintainersMarkdown(
  roster: readonly Maintainer[],
  governance: Governance & Bodies,
  opts: { project: string; rosterPageUrl: string; dataDir: string; charterPath: string },
): string {
  const defaultRole = defaultRoleOf(governance);
  const sorted = sortRoster(roster);
  const holders = (role: Role, status: RoleHolding['status']) =>
    sorted.flatMap((m) =>
      holdingsOf(m, defaultRole.id)
        .filter((h) => h.role === role.id && h.status === status)
        .slice(0, 1)
        .map((h) => ({ m, h })),
    );
  const charterLink = `[governance charter](${markdownUrl(opts.charterPath)}${defaultRole.section ? `#${defaultRole.section}` : ''})`;
  const bodyName = defaultRole.bodyName
    ? `, who together form the ${markdownText(defaultRole.bodyName)} described in the ${charterLink}`
    : `, as the ${charterLink} describes them`;
  const roleSections = governance.roles.flatMap((role) => {
    const many = inSentence(role.plural);
    const one = inSentence(role.singular);
    const active = holders(role, 'active');
    const emeritus = holders(role, 'emeritus');
    return [
      `## Active ${many} (${active.length})`,
      '',
      ...(active.length > 0 ? active.map(({ m, h }) => markdownLine(m, h, role)) : [`No ${one} is active.`]),
      '',
      `## Emeritus ${many} (${emeritus.length})`,
      '',
      ...(emeritus.length > 0 ? emeritus.map(({ m, h }) => markdownLine(m, h, role)) : [`No ${one} is emeritus.`]),
      '',
    ];
  });
  const votes = governance.roles.flatMap((role) => {
    const rules = governance.rules.filter((r) => r.body === role.id);
    if (rules.length === 0) return [];
    const active = activeHolders(roster, role.id, defaultRole.id).length;
    const fractions = new Set(rules.map((r) => r.threshold.text));
    const kind = fractions.size === 1 ? `${[...fractions][0]} ` : '';
    return [
      `With ${plural(active, `active ${inSentence(role.singular)}`, `active ${inSentence(role.plural)}`)}, the charter's ${kind}votes need:`,
      '',
      ...rules.map((rule) => `- to ${inSentence(rule.name)}: ${describeThreshold(thresholdToday(rule, roster, governance), role)}`),
      '',
    ];
  });
  // A group's members need not be on this roster: its rules follow the roles', with the group's current members.
  const groupVotes = [...new Set(governance.rules.flatMap((r) => (r.group === undefined ? [] : [r.group])))].flatMap((id) => {
    const rules = governance.rules.filter((r) => r.group === id);
    const body = bodyOf(governance, rules[0]!);
    const members = currentGroupMembers(groupOfRule(rules[0]!, governance)!).length;
    const fractions = new Set(rules.map((r) => r.threshold.text));
    const kind = fractions.size === 1 ? `${[...fractions][0]} ` : '';
    return [
      `With ${plural(members, inSentence(markdownText(body.singular)), inSentence(markdownText(body.plural)))}, the charter's ${kind}votes need:`,
      '',
      ...rules.map(
        (rule) =>
          `- to ${inSentence(rule.name)}: ${describeThreshold(thresholdToday(rule, roster, governance), { ...body, plural: markdownText(body.plural), singular: markdownText(body.singular) })}`,
      ),
      '',
    ];
  });
  const lines = [
    `<!-- Generated from ${opts.dataDir}/ by \`${GENERATE_COMMAND}\`; do not edit by hand. -->`,
    '',
    `# ${markdownText(defaultRole.plural)}`,
    '',
    `The ${inSentence(markdownText(defaultRole.plural))} of ${markdownText(opts.project)}${bodyName}. The same roster, with the vote thresholds beside the rules they come from, is at ${opts.rosterPageUrl}.`,
    '',
    ...roleSections,
    ...(votes.length + groupVotes.length > 0 ? ['## Votes today', '', ...votes, ...groupVotes] : []),
    '## Changing this list',
    '',
    `Each ${inSentence(defaultRole.singular)} has a file, \`${opts.dataDir}/<handle>.yaml\`. Add, change or move a ${inSentence(defaultRole.singular)} there, run \`${GENERATE_COMMAND}\`, and commit both in the same pull request.`,
    '',
  ];
  return lines.join('\n');
}
