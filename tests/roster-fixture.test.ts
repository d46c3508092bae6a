import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticRoster } from '../scripts/generate-roster-fixture.ts';
import { validateCollection } from '../src/validation/validate.ts';
import { affiliationCounts } from '../src/roster/roster.ts';
import { reach } from '../src/roster/vote-rules.ts';

/** A 2/3 vote of n members, as the fixture site's rules (tests/fixtures/site/content/governance.yaml) ask. */
const twoThirdsOf = (n: number) => reach({ comparison: 'at-least', numerator: 2, denominator: 3 }, n);
import { maintainersCollection } from '../src/collections/registry.ts';
import { overBudget, weigh } from '../src/tooling/page-weight.ts';
import { firstVisit } from '../test-support/first-visit.ts';
import { htmlProblems } from '../test-support/html-validation.ts';
import { builtCopy } from '../test-support/project.ts';

/** The synthetic roster the build benchmark uses must be one the build accepts. */
describe('the synthetic roster fixture', () => {
  it('writes N valid maintainer files in place of the real ones', () => {
    const root = mkdtempSync(join(tmpdir(), 'roster-fixture-'));
    try {
      const dir = join(root, maintainersCollection.dir);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'gorkem.yaml'), 'handle: gorkem\nstatus: active\n');
      const counts = syntheticRoster(dir, 250);
      expect(counts).toEqual({ active: 225, emeritus: 25 });
      expect(readdirSync(dir)).toHaveLength(250);
      const { entries, problems } = validateCollection(root, maintainersCollection);
      expect(problems).toEqual([]);
      const roster = entries.map((e) => e.data);
      expect(roster.filter((m) => m.status === 'active')).toHaveLength(225);
      expect(twoThirdsOf(225)).toBe(150);
      expect(affiliationCounts(roster).counts.length).toBe(7);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/**
 * A thousand maintainers (the benchmark's largest roster) split over three pages, each within
 * the page budget, every person still at their maintainer-<handle> anchor, where the
 * governance feed links them.
 */
describe('a long roster, 1,000 synthetic maintainers', () => {
  // On the fixture content (tests/fixtures/site/content), its roster replaced by the synthetic one and no decision (its votes are by its own roster).
  const site = builtCopy((copy) => {
    copy.withFixtureContent().remove('content/decisions');
    const counts = syntheticRoster(copy.path(maintainersCollection.dir), 1000);
    expect(counts).toEqual({ active: 900, emeritus: 100 });
  });
  const ROSTER_PAGES = ['maintainers/', 'maintainers/emeritus/', 'maintainers/history/'];

  it('keeps every roster page within the page budget (18 KB gzip in all, 3 KB of JS)', () => {
    for (const route of ROSTER_PAGES) {
      const weight = weigh(firstVisit(site, route));
      expect(overBudget(weight), route).toEqual([]);
      expect(weight.requests, route).toBeGreaterThan(1); // the stylesheets were found
    }
  });

  it('lists the active maintainers on the roster page one short line each, and links the other two pages', () => {
    const html = site.read('maintainers/');
    expect(html).toContain(
      '<li id="maintainer-synthetic-0003"><a href="https://github.com/synthetic-0003">@synthetic-0003</a> Synthetic Person 3, Example Org 4</li>',
    );
    expect(html.match(/<li id="maintainer-synthetic-\d+">/g)).toHaveLength(900);
    expect(html).not.toContain('id="maintainer-synthetic-0010"');
    expect(html).toContain('href="/community/maintainers/emeritus/"');
    expect(html).toContain('href="/community/maintainers/history/"');
    // The vote thresholds count the 900 active maintainers.
    expect(html).toContain(`${twoThirdsOf(900)} of 900 maintainers`);
  });

  it('lists the emeritus maintainers in full on their own page, at their anchors', () => {
    const html = site.read('maintainers/emeritus/');
    expect(html.match(/<li class="roster-entry" id="maintainer-synthetic-\d+">/g)).toHaveLength(100);
    const entry = html.slice(html.indexOf('id="maintainer-synthetic-0010"'));
    expect(entry.slice(0, entry.indexOf('</li>'))).toMatch(
      /@synthetic-0010<\/a> <span>Synthetic Person 10<\/span> <span>Emeritus since <time datetime="2025-11-11">2025-11-11<\/time>, maintainer since <time datetime="2020-11-11">2020-11-11<\/time><\/span> <span>Areas: specification, tooling<\/span>/,
    );
  });

  it('keeps the history, every join and every emeritus day, on its own page', () => {
    const html = site.read('maintainers/history/');
    expect(html.match(/became a maintainer<\/li>/g)).toHaveLength(1000);
    expect(html.match(/became emeritus<\/li>/g)).toHaveLength(100);
    expect(site.read('maintainers/')).not.toContain('became a maintainer</li>');
  });

  it('builds valid HTML on every roster page', async () => {
    const problems = (await Promise.all(ROSTER_PAGES.map((route) => htmlProblems(site.read(route), `${route}index.html`)))).flat();
    expect(problems).toEqual([]);
  });

  it('keeps every roster page in the site search', () => {
    for (const route of ROSTER_PAGES) expect(site.read(route), route).toMatch(/<main [^>]*data-pagefind-body/);
  });

  it('links each person in the governance feed to a built page that has their anchor', () => {
    const feed = site.read('governance.xml');
    const linkOf = (guid: string) => {
      const item = feed.split('<item>').find((i) => i.includes(`>${guid}</guid>`));
      return item && /<link>([^<]+)<\/link>/.exec(item)?.[1];
    };
    const siteUrl = 'https://governance.example.org/community/';
    const links = {
      'maintainer:synthetic-0010:emeritus': `${siteUrl}maintainers/emeritus/#maintainer-synthetic-0010`,
      'maintainer:synthetic-0010:joined': `${siteUrl}maintainers/emeritus/#maintainer-synthetic-0010`,
      'maintainer:synthetic-0001:joined': `${siteUrl}maintainers/#maintainer-synthetic-0001`,
    };
    for (const [guid, link] of Object.entries(links)) {
      expect(linkOf(guid), guid).toBe(link);
      const [page, anchor] = link.replace(siteUrl, '').split('#');
      expect(site.read(page!), link).toContain(`id="${anchor}"`);
    }
  });
});
