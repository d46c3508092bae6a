import { describe, expect, it } from 'vitest';
import { addSyntheticDecisions } from '../scripts/bench/decisions.ts';
import { syntheticRoster } from '../scripts/generate-roster-fixture.ts';
import { overBudget, weigh } from '../src/tooling/page-weight.ts';
import { firstVisit } from '../test-support/first-visit.ts';
import { htmlProblems } from '../test-support/html-validation.ts';
import { builtCopy } from '../test-support/project.ts';

/**
 * A long record: 250 of the benchmark's synthetic decisions against a 60-person synthetic
 * roster. /decisions/ shows the newest hundred and goes on over further pages, each within
 * the first-visit budget (issue 14); each charter rule's decisions get a page of their own.
 */
// Built as of a day after every synthetic decision (they close in 2026): a vote closed after the build day is refused.
// On the fixture content (tests/fixtures/site/content), its own roster and decisions replaced by the synthetic ones.
const site = builtCopy((copy) => {
  copy.withFixtureContent().remove('content/decisions');
  syntheticRoster(copy.path('content/maintainers'), 60);
  addSyntheticDecisions(copy, 250, 60);
}, new Date('2027-01-01T00:00:00Z'));
const LIST_PAGES = ['decisions/', 'decisions/page/2/', 'decisions/page/3/'];
/** A built page without Astro's scoped-style attributes, as a reader's markup. */
const read = (route: string) => site.read(route).replace(/ data-astro-cid-\w+/g, '');
const entries = (html: string) => [...html.matchAll(/<li id="(synthetic-\d+)"/g)].map((m) => m[1]!);

describe('a long list of decisions', () => {
  it('shows a hundred decisions a page, newest first, every one exactly once', () => {
    const pages = LIST_PAGES.map((route) => entries(read(route)));
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    expect(new Set(pages.flat()).size).toBe(250);
    const closedOn = (route: string) => [...read(route).matchAll(/, closed <time datetime="([\d-]+)"/g)].map((m) => m[1]!);
    const days = LIST_PAGES.flatMap(closedOn);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('links each page to the newer and older ones', () => {
    expect(read('decisions/')).toContain('Page 1 of 3. <a href="/community/decisions/page/2/" rel="next">Older decisions</a>');
    const second = read('decisions/page/2/');
    expect(second).toContain('<a href="/community/decisions/" rel="prev">Newer decisions</a>');
    expect(second).toContain('<a href="/community/decisions/page/3/" rel="next">Older decisions</a>');
    expect(read('decisions/page/3/')).not.toContain('Older decisions');
  });

  it('keeps every page of the list within the page budget (18 KB gzip in all, 3 KB of JS)', () => {
    for (const route of LIST_PAGES) {
      const weight = weigh(firstVisit(site, route));
      expect(overBudget(weight), route).toEqual([]);
      expect(weight.requests, route).toBeGreaterThan(1);
    }
  });

  it('lists the decisions under each charter rule on a page of their own, which the charter links', () => {
    const index = read('decisions/');
    const underRule = (rule: string) => [...read(`decisions/rule/${rule}/`).matchAll(/<li><a href="\/community\/decisions\/(synthetic-\d+)\/">/g)].length;
    const counts = Object.fromEntries(['approve-new-maintainer', 'remove-maintainer', 'change-charter'].map((rule) => [rule, underRule(rule)]));
    expect(counts['change-charter']).toBeGreaterThan(100);
    expect(counts['approve-new-maintainer']! + counts['remove-maintainer']! + counts['change-charter']!).toBe(250);
    expect(index).toContain(`<a href="/community/decisions/rule/change-charter/">${counts['change-charter']} decisions</a>`);
    expect(read('governance/')).toContain(
      `<a class="decisions-under-rule" href="/community/decisions/rule/change-charter/">(${counts['change-charter']} decisions taken under this rule)</a>`,
    );
    expect(weigh(firstVisit(site, 'decisions/rule/change-charter/')).total.gzip).toBeLessThan(18 * 1024);
  });

  it('gives valid HTML on every page of the list and every rule page', async () => {
    const routes = [...LIST_PAGES, ...['approve-new-maintainer', 'remove-maintainer', 'change-charter'].map((rule) => `decisions/rule/${rule}/`)];
    const problems = (await Promise.all(routes.map((route) => htmlProblems(site.read(route), route)))).flat();
    expect(problems).toEqual([]);
  });
});
