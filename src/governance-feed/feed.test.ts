import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import Parser from 'rss-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { CharterAmendment, RecordedDecision } from './entries.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { governanceFeedItems, governanceFeedOptions, type GovernanceRecord } from './feed.ts';

/** Fixtures of every kind, given in no particular order. */
const decisions: RecordedDecision[] = [
  {
    id: '2026-03-approve-ada',
    title: 'Approve a new maintainer: ada-lovelace',
    closed: '2026-03-10',
    outcome: 'approved',
    changesCharter: false,
    heldAt: 'https://github.com/example-org/community/issues/7',
    route: '/decisions/2026-03-approve-ada/',
  },
  {
    id: '2026-05-charter-quorum',
    title: 'Change the charter: a quorum for meetings',
    closed: '2026-05-02',
    outcome: 'rejected',
    changesCharter: true,
    heldAt: 'https://github.com/example-org/community/pull/9',
    route: '/decisions/2026-05-charter-quorum/',
  },
];
const amendments: CharterAmendment[] = [
  {
    commit: '0123456789abcdef0123456789abcdef01234567',
    date: '2026-04-01T09:30:00+02:00',
    summary: 'Charter: meetings every other week',
    route: '/governance/history/0123456/',
  },
];
const maintainers: Maintainer[] = [
  { handle: 'Ada-Lovelace', name: 'Ada Lovelace', affiliation: 'Example Corp', status: 'active', since: '2026-03-11' },
  { handle: 'grace', status: 'emeritus', since: '2024-01-15', emeritusSince: '2026-03-11' },
  // No dates known: no item.
  { handle: 'nodates', status: 'active' },
];
const site = { url: 'https://example.org/steering/', project: 'Lantern' };
const record: GovernanceRecord = { decisions, amendments, maintainers };

/**
 * The feed's XML read back by parsers other than the one that wrote it (@astrojs/rss
 * writes with fast-xml-parser): rss-parser (xml2js, strict XML) for what a feed reader
 * sees, htmlparser2's DOM for the attributes rss-parser drops.
 */
async function readBack(options: ReturnType<typeof governanceFeedOptions>) {
  const xml = await getRssString(options);
  const feed = await new Parser().parseString(xml);
  const document = parseDocument(xml, { xmlMode: true });
  const { getElementsByTagName, textContent } = DomUtils;
  const guids = getElementsByTagName('guid', document).map((g) => ({ text: textContent(g), isPermaLink: g.attribs.isPermaLink }));
  const channel = getElementsByTagName('channel', document)[0]!;
  const channelDate = (name: string) => getElementsByTagName(name, channel.children, false).map(textContent);
  return { xml, feed, guids, channelDate };
}

describe('governanceFeedItems', () => {
  it('lists decisions, amendments and maintainers joining and leaving, newest first, dated when they happened', () => {
    const items = governanceFeedItems(record, site);
    expect(items.map((i) => [i.date.toISOString(), i.guid])).toEqual([
      ['2026-05-02T00:00:00.000Z', 'decision:2026-05-charter-quorum'],
      ['2026-04-01T07:30:00.000Z', 'charter-amendment:0123456789abcdef0123456789abcdef01234567'],
      // One day, two events: by kind, then id, whatever the input order.
      ['2026-03-11T00:00:00.000Z', 'maintainer:grace:emeritus'],
      ['2026-03-11T00:00:00.000Z', 'maintainer:ada-lovelace:joined'],
      ['2026-03-10T00:00:00.000Z', 'decision:2026-03-approve-ada'],
      ['2024-01-15T00:00:00.000Z', 'maintainer:grace:joined'],
    ]);
    const shuffled = { decisions: [...decisions].reverse(), amendments, maintainers: [...maintainers].reverse() };
    expect(governanceFeedItems(shuffled, site)).toEqual(items);
  });

  it('links each item to its page under the site’s base path, a maintainer to their entry on the roster', () => {
    const byGuid = new Map(governanceFeedItems(record, site).map((i) => [i.guid, i]));
    expect(byGuid.get('decision:2026-03-approve-ada')).toMatchObject({
      title: 'Decision approved: Approve a new maintainer: ada-lovelace',
      link: 'https://example.org/steering/decisions/2026-03-approve-ada/',
    });
    expect(byGuid.get('charter-amendment:0123456789abcdef0123456789abcdef01234567')).toMatchObject({
      title: 'Charter amended: Charter: meetings every other week',
      link: 'https://example.org/steering/governance/history/0123456/',
    });
    expect(byGuid.get('maintainer:ada-lovelace:joined')).toMatchObject({
      title: '@Ada-Lovelace (Ada Lovelace, Example Corp) became a maintainer',
      link: 'https://example.org/steering/maintainers/#maintainer-ada-lovelace',
      description: '@Ada-Lovelace (Ada Lovelace, Example Corp) joined the maintainers of Lantern on 2026-03-11.',
    });
    expect(byGuid.get('maintainer:grace:emeritus')).toMatchObject({
      title: '@grace became an emeritus maintainer',
      link: 'https://example.org/steering/maintainers/#maintainer-grace',
    });
  });

  it('has no amendment items in a build without the charter’s history', () => {
    expect(governanceFeedItems({ ...record, amendments: undefined }, site).some((i) => i.kind === 'charter-amendment')).toBe(false);
  });
  it('lists a group lead starting and ending, each with an id of its own (a second term has its own day), linking to the group', async () => {
    const leadChanges = [
      { groupId: 'runtime', groupName: 'Runtime WG', handle: 'Ada-Lovelace', name: 'Ada Lovelace', change: 'started' as const, day: '2025-01-10' },
      { groupId: 'runtime', groupName: 'Runtime WG', handle: 'Ada-Lovelace', name: 'Ada Lovelace', change: 'ended' as const, day: '2026-03-11' },
      { groupId: 'runtime', groupName: 'Runtime WG', handle: 'Ada-Lovelace', change: 'started' as const, day: '2026-06-01' },
    ];
    const items = governanceFeedItems({ ...record, leadChanges }, site).filter((i) => i.kind.startsWith('group-'));
    expect(items.map((i) => [i.date.toISOString().slice(0, 10), i.guid, i.title, i.link])).toEqual([
      [
        '2026-06-01',
        'group:runtime:lead:ada-lovelace:started:2026-06-01',
        '@Ada-Lovelace became a lead of Runtime WG',
        'https://example.org/steering/groups/runtime/',
      ],
      [
        '2026-03-11',
        'group:runtime:lead:ada-lovelace:ended:2026-03-11',
        '@Ada-Lovelace (Ada Lovelace) is no longer a lead of Runtime WG',
        'https://example.org/steering/groups/runtime/',
      ],
      [
        '2025-01-10',
        'group:runtime:lead:ada-lovelace:started:2025-01-10',
        '@Ada-Lovelace (Ada Lovelace) became a lead of Runtime WG',
        'https://example.org/steering/groups/runtime/',
      ],
    ]);
    const { feed } = await readBack(governanceFeedOptions({ ...record, leadChanges }, site));
    expect(feed.description).toBe(
      'What changed in how Lantern is governed: decisions closed, amendments of the charter, maintainers joining and becoming emeritus, leads of its groups changing.',
    );
    expect(feed.items.find((i) => i.guid === 'group:runtime:lead:ada-lovelace:ended:2026-03-11')?.categories).toEqual(['groups']);
  });
});

describe('the governance feed as RSS 2.0', () => {
  it('reads back with each item’s title, link, date and a guid that is not a permalink', async () => {
    const { feed, guids, channelDate } = await readBack(governanceFeedOptions(record, site));
    expect(feed.title).toBe('Lantern governance record');
    expect(feed.link).toBe('https://example.org/steering/');
    expect(feed.items.map((i) => [i.guid, i.link, i.isoDate])).toEqual(governanceFeedItems(record, site).map((i) => [i.guid, i.link, i.date.toISOString()]));
    expect(feed.items[0]?.title).toBe('Decision rejected: Change the charter: a quorum for meetings');
    expect(guids).toHaveLength(6);
    expect(guids.every((g) => g.isPermaLink === 'false')).toBe(true);
    // The channel is dated by its newest item, not by the clock.
    expect(channelDate('pubDate')).toEqual(['Sat, 02 May 2026 00:00:00 GMT']);
    expect(channelDate('lastBuildDate')).toEqual(['Sat, 02 May 2026 00:00:00 GMT']);
  });

  it('escapes what XML would misread in titles', async () => {
    const odd = { decisions: [{ ...decisions[0]!, title: 'Adopt <Spec> & "Tools"' }], amendments: [], maintainers: [] };
    const { feed } = await readBack(governanceFeedOptions(odd, site));
    expect(feed.items[0]?.title).toBe('Decision approved: Adopt <Spec> & "Tools"');
  });

  it('escapes descriptions as HTML, which readers render them as: markup in a subject or a name shows as text', async () => {
    const subject = 'Adopt <script>alert(1)</script> & <img src=x onerror=alert(1)>';
    const odd = {
      decisions: [{ ...decisions[0]!, title: subject, heldAt: 'https://github.com/example-org/community/issues/7?a=1&b=<2>' }],
      amendments: [],
      maintainers: [{ handle: 'ada', name: '<b>Ada</b>', status: 'active' as const, since: '2026-01-01' }],
    };
    const { feed } = await readBack(governanceFeedOptions(odd, site));
    const items = governanceFeedItems(odd, site);
    expect(feed.items).toHaveLength(2);
    for (const [i, item] of feed.items.entries()) {
      // What a reader renders: HTML whose only node is the text, exactly as the item says it.
      const html = parseDocument(item.content!);
      expect(html.children.every((node) => node.type === 'text')).toBe(true);
      expect(DomUtils.textContent(html)).toBe(items[i]!.description);
    }
    expect(items.map((i) => i.description).join(' ')).toMatch(/&b=<2>.*<b>Ada<\/b>/);
  });

  it('stays well-formed XML with a control character in a name or a commit summary: every character is one XML 1.0 allows', async () => {
    const odd = {
      decisions: [],
      amendments: [{ ...amendments[0]!, summary: 'Charter:\u0000 meetings\u001b[31m every\u0007 other week\uFFFE\uD800' }],
      maintainers: [{ handle: 'ada', name: 'Ada\u0008 Lovelace', status: 'active' as const, since: '2026-01-01' }],
    };
    const { xml, feed } = await readBack(governanceFeedOptions(odd, site));
    // Neither rss-parser nor htmlparser2 checks XML 1.0's Char production (section 2.2), which strict readers enforce: checked here.
    // eslint-disable-next-line no-control-regex -- the characters XML allows include tab, LF and CR
    const notXmlChar = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
    expect(notXmlChar.test(xml)).toBe(false);
    expect(notXmlChar.test('a\u0007b')).toBe(true);
    expect(feed.items.map((i) => i.title)).toEqual([
      'Charter amended: Charter:\uFFFD meetings\uFFFD[31m every\uFFFD other week\uFFFD\uFFFD',
      '@ada (Ada\uFFFD Lovelace) became a maintainer',
    ]);
  });

  it('is the same bytes from the same record, whenever it is made', async () => {
    const first = await getRssString(governanceFeedOptions(record, site));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await getRssString(governanceFeedOptions(record, site))).toBe(first);
  });

  it('is a valid feed with no items and no channel date when no date is known', async () => {
    const empty = { decisions: [], amendments: undefined, maintainers: [{ handle: 'nodates', status: 'active' as const }] };
    const { xml, feed, channelDate } = await readBack(governanceFeedOptions(empty, site));
    expect(feed.title).toBe('Lantern governance record');
    expect(feed.items).toEqual([]);
    expect(channelDate('pubDate')).toEqual([]);
    expect(channelDate('lastBuildDate')).toEqual([]);
    expect(await getRssString(governanceFeedOptions(empty, site))).toBe(xml);
  });

  it("gives a file that lists its roles an item for each role's days, by the role's names", () => {
    const roles = [
      { id: 'committer', singular: 'Committer', plural: 'Committers' },
      { id: 'reviewer', singular: 'Reviewer', plural: 'Reviewers' },
    ];
    const cat = {
      handle: 'Cat',
      status: 'active' as const,
      roles: [
        { role: 'reviewer', status: 'emeritus' as const, since: '2024-01-01', emeritusSince: '2025-06-01' },
        { role: 'committer', status: 'active' as const, since: '2025-06-01' },
      ],
    };
    const items = governanceFeedItems({ decisions: [], amendments: [], maintainers: [cat], roles }, site);
    expect(items.map((i) => [i.guid, i.title, i.link])).toEqual([
      ['reviewer:cat:emeritus:2025-06-01', '@Cat became emeritus as a reviewer', 'https://example.org/steering/maintainers/#reviewer-cat'],
      ['committer:cat:joined:2025-06-01', '@Cat became a committer', 'https://example.org/steering/maintainers/#maintainer-cat'],
      ['reviewer:cat:joined:2024-01-01', '@Cat became a reviewer', 'https://example.org/steering/maintainers/#reviewer-cat'],
    ]);
  });
});
