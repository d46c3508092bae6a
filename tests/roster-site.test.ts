import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../test-support/browser.ts';
import { builtCopy, projectRoot } from '../test-support/project.ts';

/**
 * The roster as the built site shows it: the page, the charter's numbers and /maintainers.json,
 * pinned on a fixture roster (tests/fixtures/roster/, the eleven maintainers of the seed) so that
 * adding or moving a maintainer in content/ breaks no test. The real content's roster is
 * smoke-tested in tests/real-content.test.ts.
 */
const FIXTURE_ROSTER = 'tests/fixtures/roster';
const HANDLES = readdirSync(`${projectRoot}/${FIXTURE_ROSTER}`).map((f) => f.replace(/\.ya?ml$/, ''));
// The fixture content (tests/fixtures/site/content) with the fixture roster and no decision.
const fixtureSite = builtCopy((copy) => copy.withFixtureContent().replaceFolder('content/maintainers', FIXTURE_ROSTER).remove('content/decisions'));
const readBuilt = (route: string) => fixtureSite.read(route);

/** The HTML between the element with id `from` and the element with id `to`. */
function section(html: string, from: string, to: string): string {
  const start = html.indexOf(`id="${from}"`);
  const end = html.indexOf(`id="${to}"`, start);
  expect(start, `#${from}`).toBeGreaterThan(-1);
  expect(end, `#${to}`).toBeGreaterThan(start);
  return html.slice(start, end);
}

/** Text as a reader sees it: block elements apart, inline ones run together, entities decoded. */
const text = (html: string) =>
  html
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<\/?(p|li|ul|ol|h[1-6]|div|blockquote|section|nav|main|header|footer)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the roster page', () => {
  let html: string;
  beforeAll(() => {
    html = readBuilt('maintainers/');
  });

  it('lists the eleven maintainers of the seed, each linked to their GitHub profile, and nobody as emeritus', () => {
    expect(HANDLES).toHaveLength(11);
    const active = section(html, 'active', 'emeritus');
    for (const handle of HANDLES) expect(active).toMatch(new RegExp(`<a href="https://github.com/${handle}" rel="noopener"[^>]*>@${handle}</a>`));
    expect(active.match(/<li\b/g)).toHaveLength(11);
    expect(text(section(html, 'emeritus', 'thresholds'))).toContain('No maintainer is emeritus.');
    expect(text(html)).toContain('Example has 11 active maintainers.');
  });

  it('shows the whole roster of eleven on one page, every entry in full: no emeritus or history page of a long roster', () => {
    expect(html.match(/<li class="roster-entry" id="maintainer-[^"]+">/g)).toHaveLength(11);
    expect(existsSync(join(fixtureSite.dist, 'maintainers/emeritus'))).toBe(false);
    expect(existsSync(join(fixtureSite.dist, 'maintainers/history'))).toBe(false);
  });

  it('draws each avatar in the page instead of loading an image', () => {
    expect(html).not.toMatch(/<img\b/);
    expect(html.match(/<span class="avatar avatar-hue-\d+" aria-hidden="true">[A-Z0-9]{1,2}<\/span>/g)).toHaveLength(11);
    expect(html).toMatch(/<span class="avatar avatar-hue-\d+" aria-hidden="true">GQ<\/span>/);
  });

  it('shows the three thresholds, 8, 7 and 8, each beside the charter sentence and section it comes from', () => {
    const thresholds = text(section(html, 'thresholds', 'organisations'));
    expect(thresholds).toContain(
      'Approve a new maintainer: 8 of 11 maintainers A 2/3 vote of existing Maintainers approves the application. The charter, Becoming a Maintainer',
    );
    expect(thresholds).toContain(
      'Remove a maintainer: 7 of the 10 remaining maintainers A Maintainer may be removed at any time by a 2/3 vote of the remaining maintainers. The charter, Removing a Maintainer',
    );
    expect(thresholds).toContain(
      'Change the charter: 8 of 11 maintainers Changes to this Governance and its supporting documents may be approved by a 2/3 vote of the Maintainers. The charter, Modifying this Charter',
    );
    for (const id of ['becoming-a-maintainer', 'removing-a-maintainer', 'modifying-this-charter'])
      expect(html).toContain(`href="/community/governance/#${id}"`);
    expect(thresholds).toContain('With no active member in a body, no vote can be held under its rules');
    expect(thresholds).toContain("a rule that sets its subject aside cannot be used on the body's only member");
  });

  it('says no affiliations are recorded yet', () => {
    expect(text(section(html, 'organisations', 'propose'))).toContain('No affiliations are recorded yet.');
  });

  it('offers a "Propose a new maintainer" link to a GitHub issue with the charter’s title and a template of its criteria', () => {
    const href = /<a class="action" href="([^"]+)" rel="noopener"[^>]*>Propose a new maintainer<\/a>/.exec(html)?.[1];
    expect(href).toBeTruthy();
    const url = new URL(href!.replaceAll('&amp;', '&'));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/example-org/community/issues/new');
    expect(url.searchParams.get('title')).toBe('New Maintainer Proposal');
    const body = url.searchParams.get('body')!;
    for (const heading of ['## Nominee', '## Nominator', '### Sustained contributions over six months', "### Reviews of other people's changes"]) {
      expect(body).toContain(heading);
    }
    expect(body).toContain('https://governance.example.org/community/governance/#becoming-a-maintainer');
  });
});

describe('the charter', () => {
  it('shows today’s numbers beside the rules it states, linked to the roster', () => {
    const html = text(readBuilt('governance/'));
    expect(html).toContain('A 2/3 vote of existing Maintainers (today: 8 of 11 maintainers) approves the application.');
    expect(html).toContain('by a 2/3 vote of the remaining maintainers (today: 7 of the 10 remaining maintainers).');
    expect(html).toContain('may be approved by a 2/3 vote of the Maintainers (today: 8 of 11 maintainers).');
    expect(readBuilt('governance/').match(/href="\/community\/maintainers\/#thresholds"/g)).toHaveLength(3);
  });
});

describe('/maintainers.json', () => {
  it('parses, with a schema version, 11 active maintainers and the thresholds', () => {
    const doc = JSON.parse(readBuilt('maintainers.json'));
    expect(doc.schemaVersion).toBe(1);
    expect(doc.activeCount).toBe(11);
    expect(doc.maintainers.filter((m: { status: string }) => m.status === 'active').map((m: { handle: string }) => m.handle)).toEqual(HANDLES.sort());
    expect(doc.thresholds['approve-new-maintainer'].votesNeeded).toBe(8);
    expect(doc.thresholds['remove-maintainer'].votesNeeded).toBe(7);
    expect(doc.thresholds['change-charter'].votesNeeded).toBe(8);
  });
});

describe('the roster in a real browser', () => {
  const served = siteInBrowser(() => fixtureSite.dist);

  it('fits a phone screen, and the charter’s numbers lead to the thresholds', async () => {
    const page = await served.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${served.site.url}maintainers/`);
    expect(await page.locator('#active + ul li').count()).toBe(11);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.goto(`${served.site.url}governance/`);
    await page.locator('.vote-threshold a').first().click();
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`${served.site.base}maintainers/#thresholds`);
    expect(await page.locator('#thresholds').isVisible()).toBe(true);
    const json = await page.evaluate(async (url) => (await fetch(url)).json(), `${served.site.url}maintainers.json`);
    expect(json.activeCount).toBe(11);
    await page.close();
  });
});
