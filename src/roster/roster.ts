import type { Maintainer } from '../schemas/maintainer.ts';
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

export function compareHandles(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

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
// Vote thresholds.
//
// The charter's three 2/3 votes are counted among active maintainers only:
// emeritus maintainers "will still be consulted", but do not vote. A 2/3 vote
// needs at least two thirds of the voters in favour: ceil(2/3 × voters).
//
// Two edge cases the charter does not foresee, defined here so every page says
// the same thing:
// - 1 active maintainer: removing them leaves no remaining maintainer to vote,
//   so the removal rule cannot be applied (voters 0; they may still resign).
//   Approving a new maintainer or changing the charter needs their one vote.
// - 0 active maintainers: nobody can vote on anything (voters 0 for every rule).
// ---------------------------------------------------------------------------

export type VoteRule = 'approve-new-maintainer' | 'remove-maintainer' | 'change-charter';
export const VOTE_RULES: readonly VoteRule[] = ['approve-new-maintainer', 'remove-maintainer', 'change-charter'];

export interface VoteThreshold {
  rule: VoteRule;
  /** Maintainers entitled to vote. 0 means no vote can be held. */
  voters: number;
  /** Votes in favour that carry the decision: ceil(2/3 × voters); 0 when there are no voters. */
  votesNeeded: number;
}

/** ceil(2n/3) in integers, so no floating-point rounding can move a threshold. */
export function twoThirdsOf(voters: number): number {
  if (!Number.isInteger(voters) || voters < 0) throw new RangeError(`a number of voters is a whole number >= 0, got ${voters}`);
  return Math.ceil((2 * voters) / 3);
}

/** "A 2/3 vote of existing Maintainers approves the application." */
export function votesToApproveNewMaintainer(active: number): VoteThreshold {
  return { rule: 'approve-new-maintainer', voters: active, votesNeeded: twoThirdsOf(active) };
}

/** "A Maintainer may be removed at any time by a 2/3 vote of the remaining maintainers." */
export function votesToRemoveMaintainer(active: number): VoteThreshold {
  const remaining = Math.max(0, active - 1);
  return { rule: 'remove-maintainer', voters: remaining, votesNeeded: twoThirdsOf(remaining) };
}

/** "Changes to this Governance and its supporting documents may be approved by a 2/3 vote of the Maintainers." */
export function votesToChangeCharter(active: number): VoteThreshold {
  return { rule: 'change-charter', voters: active, votesNeeded: twoThirdsOf(active) };
}

export function voteThresholds(active: number): Record<VoteRule, VoteThreshold> {
  return {
    'approve-new-maintainer': votesToApproveNewMaintainer(active),
    'remove-maintainer': votesToRemoveMaintainer(active),
    'change-charter': votesToChangeCharter(active),
  };
}

/**
 * The threshold of one rule for a roster; an unknown rule (a typo in a page's
 * `<VoteThreshold rule="…" />`) is an error that lists the rules there are.
 */
export function thresholdFor(rule: string, roster: readonly Maintainer[]): VoteThreshold {
  if (!(VOTE_RULES as readonly string[]).includes(rule)) throw new Error(`<VoteThreshold rule="${rule}" />: unknown rule; use one of ${VOTE_RULES.join(', ')}`);
  return voteThresholds(activeCount(roster))[rule as VoteRule];
}

// Every doc that shows a threshold asks with the same roster (read once per build): it is counted
// once, not sorted for each of the charter's thresholds on each page (issue 14's profile).
const activeCounts = new WeakMap<readonly Maintainer[], number>();
function activeCount(roster: readonly Maintainer[]): number {
  let count = activeCounts.get(roster);
  if (count === undefined) activeCounts.set(roster, (count = roster.filter((m) => m.status === 'active').length));
  return count;
}

/** Where the roster page lists today's thresholds: what a threshold shown elsewhere links to. */
export const THRESHOLDS_ROUTE = `${ROSTER_PAGE.route}#thresholds`;

/** What each rule decides, for headings and lists. */
export const VOTE_RULE_LABELS: Record<VoteRule, string> = {
  'approve-new-maintainer': 'Approve a new maintainer',
  'remove-maintainer': 'Remove a maintainer',
  'change-charter': 'Change the charter',
};

/** "1 maintainer", "11 maintainers". */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The threshold in words: "8 of 11 maintainers", "7 of the 10 remaining maintainers",
 * or why no vote can be held.
 */
export function describeThreshold(t: VoteThreshold): string {
  if (t.voters === 0) {
    return t.rule === 'remove-maintainer' ? 'no vote can be held: no other maintainer is active to vote' : 'no vote can be held: no maintainer is active';
  }
  const of = t.rule === 'remove-maintainer' ? plural(t.voters, 'remaining maintainer', 'remaining maintainers') : plural(t.voters, 'maintainer', 'maintainers');
  return `${t.votesNeeded} of ${t.rule === 'remove-maintainer' ? 'the ' : ''}${of}`;
}

// ---------------------------------------------------------------------------
// Organisations ("evaluated without prejudice to employer").
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
  thresholds: Record<VoteRule, { voters: number; votesNeeded: number }>;
  maintainers: (Maintainer & { github: string })[];
}

export function rosterDocument(roster: readonly Maintainer[], opts: { source: string }): RosterDocument {
  const sorted = sortRoster(roster);
  const active = sorted.filter((m) => m.status === 'active').length;
  const thresholds = voteThresholds(active);
  return {
    schemaVersion: ROSTER_SCHEMA_VERSION,
    source: opts.source,
    activeCount: active,
    emeritusCount: sorted.length - active,
    thresholds: Object.fromEntries(
      VOTE_RULES.map((rule) => [rule, { voters: thresholds[rule].voters, votesNeeded: thresholds[rule].votesNeeded }]),
    ) as RosterDocument['thresholds'],
    maintainers: sorted.map((m) => ({ ...m, github: githubProfileUrl(m.handle) })),
  };
}

// ---------------------------------------------------------------------------
// MAINTAINERS.md
// ---------------------------------------------------------------------------

export const MAINTAINERS_FILE = 'MAINTAINERS.md';

function markdownLine(m: Maintainer): string {
  const who = [m.name, m.affiliation].filter(Boolean).join(', ');
  const when =
    m.status === 'emeritus'
      ? [m.since && `maintainer since ${m.since}`, m.emeritusSince && `emeritus since ${m.emeritusSince}`]
      : [m.since && `since ${m.since}`];
  const details = [...when, m.areas?.length ? `areas: ${m.areas.join(', ')}` : undefined].filter(Boolean).join('; ');
  return `- [@${m.handle}](${markdownUrl(githubProfileUrl(m.handle))})${who ? ` — ${markdownText(who)}` : ''}${details ? ` (${markdownText(details)})` : ''}`;
}

/**
 * The text of MAINTAINERS.md: the roster as the charter refers to it, with the
 * vote thresholds of today. Generated, so it can never disagree with the site.
 */
export function maintainersMarkdown(
  roster: readonly Maintainer[],
  opts: { project: string; rosterPageUrl: string; dataDir: string; charterPath: string },
): string {
  const active = activeMaintainers(roster);
  const emeritus = emeritusMaintainers(roster);
  const t = voteThresholds(active.length);
  const lines = [
    `<!-- Generated from ${opts.dataDir}/ by \`${GENERATE_COMMAND}\`; do not edit by hand. -->`,
    '',
    '# Maintainers',
    '',
    `The maintainers of ${markdownText(opts.project)}, who together form the Maintainer Council described in the [governance charter](${markdownUrl(opts.charterPath)}#maintainers). The same roster, with the vote thresholds beside the rules they come from, is at ${opts.rosterPageUrl}.`,
    '',
    `## Active maintainers (${active.length})`,
    '',
    ...(active.length > 0 ? active.map(markdownLine) : ['No maintainer is active.']),
    '',
    `## Emeritus maintainers (${emeritus.length})`,
    '',
    ...(emeritus.length > 0 ? emeritus.map(markdownLine) : ['No maintainer is emeritus.']),
    '',
    '## Votes today',
    '',
    `With ${plural(active.length, 'active maintainer', 'active maintainers')}, the charter's 2/3 votes need:`,
    '',
    ...VOTE_RULES.map((rule) => `- to ${VOTE_RULE_LABELS[rule].toLowerCase()}: ${describeThreshold(t[rule])}`),
    '',
    '## Changing this list',
    '',
    `Each maintainer has a file, \`${opts.dataDir}/<handle>.yaml\`. Add, change or move a maintainer there, run \`${GENERATE_COMMAND}\`, and commit both in the same pull request.`,
    '',
  ];
  return lines.join('\n');
}
