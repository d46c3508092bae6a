import type { RSSOptions } from '@astrojs/rss';
import type { CharterAmendment, RecordedDecision } from './entries.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import type { Governance } from '../schemas/governance.ts';
import { maintainerRoute } from '../roster/roster.ts';
import { groupRoute, type LeadChange } from '../groups/groups.ts';
import { defaultRoleOf, holdingsOf, inSentence, roleEntryId } from '../roster/roles.ts';
import { ROSTER_PAGE } from '../site/nav.ts';
import { absoluteUrl } from '../site/config.ts';

/**
 * The governance record as one RSS 2.0 feed: what changed in how the project is
 * governed, newest first. Decisions closed, amendments of the charter's words,
 * maintainers joining and becoming emeritus. Every item has the date it happened
 * (never the build's) and an id made of what it is (the decision's file, the
 * commit, the handle and the event), so a feed reader never shows one twice; the
 * channel's dates are the newest item's, so two builds of one commit give the same
 * bytes. The endpoint (src/pages/governance.xml.ts) hands these options to @astrojs/rss.
 */

/** The feed's route on the site, stated once for the endpoint's file name, the page head and the footer. */
export const GOVERNANCE_FEED_ROUTE = '/governance.xml';

/** The feed's title, for its channel and for the pages' <link rel="alternate">. */
export const governanceFeedTitle = (project: string) => `${project} governance record`;

export type GovernanceEventKind = 'decision' | 'charter-amendment' | 'maintainer-joined' | 'maintainer-emeritus' | 'group-lead-started' | 'group-lead-ended';

/** One item of the feed, before it is XML. */
export interface GovernanceFeedItem {
  kind: GovernanceEventKind;
  /** Stable forever, not a URL (isPermaLink="false"): "decision:<id>", "charter-amendment:<commit>", "maintainer:<handle>:joined". */
  guid: string;
  title: string;
  /** Absolute URL of the item's page. */
  link: string;
  /** When it happened: a day's start in UTC for a date without a time. */
  date: Date;
  description: string;
}

export interface GovernanceRecord {
  decisions: readonly RecordedDecision[];
  /** Undefined when the build has no history of the charter (shallow clone): no amendment items then. */
  amendments: readonly CharterAmendment[] | undefined;
  maintainers: readonly Maintainer[];
  /** The dated changes of lead of content/groups/ (src/groups/groups.ts); none without groups. */
  leadChanges?: readonly LeadChange[];
  /** The roles of content/governance.yaml: a person file's other roles give items too. Without it, the default role's only. */
  roles?: Governance['roles'];
}

export interface FeedSite {
  /** The site's public URL, ending in "/". */
  url: string;
  project: string;
}

/** A YYYY-MM-DD day as the start of that day in UTC. */
function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Kinds in this order when two items share a date, so the order never depends on input order. */
const KIND_ORDER: readonly GovernanceEventKind[] = [
  'charter-amendment',
  'decision',
  'maintainer-emeritus',
  'maintainer-joined',
  'group-lead-ended',
  'group-lead-started',
];

/** Every item of the record, newest first (ties: by kind, then by guid). */
export function governanceFeedItems(record: GovernanceRecord, site: FeedSite): GovernanceFeedItem[] {
  const url = (route: string) => absoluteUrl(site.url, route);
  const items: GovernanceFeedItem[] = [];
  for (const d of record.decisions) {
    items.push({
      kind: 'decision',
      guid: `decision:${d.id}`,
      title: `Decision ${d.outcome}: ${d.title}`,
      link: url(d.route),
      date: dayStart(d.closed),
      description: `The vote closed on ${d.closed}: ${d.outcome}${d.changesCharter ? ' (a change of the charter)' : ''}. The vote was held at ${d.heldAt}.`,
    });
  }
  for (const a of record.amendments ?? []) {
    items.push({
      kind: 'charter-amendment',
      guid: `charter-amendment:${a.commit}`,
      title: `Charter amended: ${a.summary}`,
      link: url(a.route),
      date: new Date(a.date),
      description: `The words of the charter changed on ${a.date.slice(0, 10)} (commit ${a.commit.slice(0, 12)}): ${a.summary}`,
    });
  }
  const defaultRole = record.roles ? defaultRoleOf({ roles: record.roles }).id : undefined;
  for (const m of record.maintainers) {
    const who = `@${m.handle}${m.name ? ` (${[m.name, m.affiliation].filter(Boolean).join(', ')})` : ''}`;
    const handle = m.handle.toLowerCase();
    if (m.since) {
      items.push({
        kind: 'maintainer-joined',
        guid: `maintainer:${handle}:joined`,
        title: `${who} became a maintainer`,
        link: url(maintainerRoute(m, record.maintainers)),
        date: dayStart(m.since),
        description: `${who} joined the maintainers of ${site.project} on ${m.since}.`,
      });
    }
    if (m.status === 'emeritus' && m.emeritusSince) {
      items.push({
        kind: 'maintainer-emeritus',
        guid: `maintainer:${handle}:emeritus`,
        title: `${who} became an emeritus maintainer`,
        link: url(maintainerRoute(m, record.maintainers)),
        date: dayStart(m.emeritusSince),
        description: `${who} became an emeritus maintainer of ${site.project} on ${m.emeritusSince}.`,
      });
    }
    // A file listing its roles: each role's days, by the role's names, with an id of the role and the handle.
    if (!m.roles || !record.roles || !defaultRole) continue;
    for (const h of holdingsOf(m, defaultRole)) {
      const role = record.roles.find((r) => r.id === h.role);
      if (!role) continue;
      const one = inSentence(role.singular);
      const an = /^[aeiou]/i.test(one) ? 'an' : 'a';
      const link = url(role.id === defaultRole ? maintainerRoute(m, record.maintainers) : `${ROSTER_PAGE.route}#${roleEntryId(role, m.handle)}`);
      if (h.since)
        items.push({
          kind: 'maintainer-joined',
          guid: `${role.id}:${handle}:joined:${h.since}`,
          title: `${who} became ${an} ${one}`,
          link,
          date: dayStart(h.since),
          description: `${who} joined the ${inSentence(role.plural)} of ${site.project} on ${h.since}.`,
        });
      if (h.status === 'emeritus' && h.emeritusSince)
        items.push({
          kind: 'maintainer-emeritus',
          guid: `${role.id}:${handle}:emeritus:${h.emeritusSince}`,
          title: `${who} became emeritus as ${an} ${one}`,
          link,
          date: dayStart(h.emeritusSince),
          description: `${who} became emeritus as ${an} ${one} of ${site.project} on ${h.emeritusSince}.`,
        });
    }
  }
  for (const c of record.leadChanges ?? []) {
    const who = `@${c.handle}${c.name ? ` (${c.name})` : ''}`;
    const started = c.change === 'started';
    items.push({
      kind: started ? 'group-lead-started' : 'group-lead-ended',
      // A second term of one lead has its own since (and until): the day keeps the ids apart.
      guid: `group:${c.groupId}:lead:${c.handle.toLowerCase()}:${c.change}:${c.day}`,
      title: started ? `${who} became a lead of ${c.groupName}` : `${who} is no longer a lead of ${c.groupName}`,
      link: url(groupRoute(c.groupId)),
      date: dayStart(c.day),
      description: started ? `${who} became a lead of ${c.groupName} on ${c.day}.` : `${who} led ${c.groupName} until ${c.day}.`,
    });
  }
  return items.sort(
    (a, b) =>
      b.date.getTime() - a.date.getTime() || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.guid < b.guid ? -1 : a.guid > b.guid ? 1 : 0),
  );
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Characters XML 1.0 cannot hold, in any form (its Char production, section 2.2): most C0
 * controls, lone surrogates, U+FFFE and U+FFFF. One of them in a name or a commit's summary
 * would make the whole feed invalid, and readers drop an invalid feed. The schemas refuse
 * them in content; a commit message is not content, so the feed replaces them with U+FFFD.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
export const xmlChars = (text: string) => text.replace(NOT_XML_CHAR, '\uFFFD');

/**
 * An item's description is HTML to every feed reader (RSS 2.0 says it may hold entity-encoded
 * HTML): its text is escaped as HTML here, and once more as XML by @astrojs/rss, so a "<script>"
 * in a decision's subject shows as those characters and never runs.
 */
export const descriptionHtml = (text: string) => xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The categories of an item, for readers that filter. */
const CATEGORY: Record<GovernanceEventKind, string> = {
  decision: 'decision',
  'charter-amendment': 'charter',
  'maintainer-joined': 'maintainers',
  'maintainer-emeritus': 'maintainers',
  'group-lead-started': 'groups',
  'group-lead-ended': 'groups',
};

/**
 * The options of @astrojs/rss's rss() for the record: the channel dated by its
 * newest item (a feed with no dated item has no channel date, which RSS 2.0
 * allows, rather than the clock's), each item with its own non-permalink guid.
 */
export function governanceFeedOptions(record: GovernanceRecord, site: FeedSite): RSSOptions {
  const items = governanceFeedItems(record, site);
  const newest = items[0]?.date.toUTCString();
  const self = absoluteUrl(site.url, GOVERNANCE_FEED_ROUTE);
  return {
    title: xmlChars(governanceFeedTitle(site.project)),
    description: xmlChars(
      `What changed in how ${site.project} is governed: decisions closed, amendments of the charter, maintainers joining and becoming emeritus${record.leadChanges?.length ? ', leads of its groups changing' : ''}.`,
    ),
    site: site.url,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>en</language>',
      `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
      ...(newest ? [`<pubDate>${newest}</pubDate>`, `<lastBuildDate>${newest}</lastBuildDate>`] : []),
    ].join(''),
    items: items.map((item) => ({
      title: xmlChars(item.title),
      link: item.link,
      pubDate: item.date,
      description: descriptionHtml(item.description),
      categories: [CATEGORY[item.kind]],
      // Replaces the permalink guid rss() makes from the link: pages may move, the id may not.
      customData: `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>`,
    })),
  };
}
