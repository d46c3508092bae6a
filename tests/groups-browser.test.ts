import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../test-support/browser.ts';
import { builtCopy } from '../test-support/project.ts';

/**
 * The pages of groups and of recorded activity in a real Chromium, built from the fixture
 * content with tests/fixtures/groups/ (as tests/groups-site.test.ts builds it): they load
 * under the Content-Security-Policy, show a group's meeting times in the reader's zone,
 * pass axe-core in both color schemes and fit a 360 px phone.
 */
const built = builtCopy((copy) => {
  copy.withFixtureContent();
  cpSync(join(import.meta.dirname, 'fixtures/groups/content'), copy.path('content'), { recursive: true });
  copy.write('content/governance.yaml', `${copy.read('content/governance.yaml')}inactivityMonths: 12\n`);
}, new Date('2027-04-15T00:00:00Z'));
const served = siteInBrowser(() => built.dist);
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const url = (route: string) => `${served.site.url}${route}`;

async function onPage(options: BrowserContextOptions, run: (tab: Page) => Promise<void>): Promise<void> {
  const context = await served.browser.newContext(options);
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

describe.each(['groups/', 'groups/specification/', 'groups/runtime/', 'maintainers/', 'meetings/spec-call/2026-03-31/'])('%s', (route) => {
  it('loads with no console error, failed request or Content-Security-Policy violation', async () => {
    await onPage({}, async (tab) => {
      const problems: string[] = [];
      tab.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      tab.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      await tab.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
        );
      });
      expect((await tab.goto(url(route), { waitUntil: 'networkidle' }))?.status()).toBe(200);
      expect(problems).toEqual([]);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violation in the ${colorScheme} color scheme`, async () => {
      await onPage({ bypassCSP: true }, async (tab) => {
        await tab.emulateMedia({ colorScheme });
        await tab.goto(url(route));
        await tab.addScriptTag({ path: axePath });
        const violations = await tab.evaluate(async () => {
          const { violations } = await (
            window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }
          ).axe.run();
          return violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        });
        expect(violations).toEqual([]);
      });
    });
  }

  it('does not scroll sideways on a 360 px wide phone', async () => {
    await onPage({ viewport: { width: 360, height: 740 } }, async (tab) => {
      await tab.goto(url(route));
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  });
});

it("shows a group's meeting times in the reader's zone, as the meetings page does", async () => {
  await onPage({ timezoneId: 'Asia/Tokyo' }, async (tab) => {
    // The reader's clock on the build day, whatever day the suite runs.
    await tab.clock.setFixedTime(new Date('2027-04-15T12:00:00Z'));
    await tab.goto(url('groups/specification/'), { waitUntil: 'networkidle' });
    expect(await tab.locator('[data-reader-zone]').first().textContent()).toContain('Tokyo');
    // Tuesday 27 April 2027, 09:00 in Los Angeles is Wednesday 28 April, 01:00 in Tokyo.
    expect(await tab.locator('section[aria-labelledby="spec-call"] [data-next-meeting]').textContent()).toMatch(
      /^Wednesday,? (April 28|28 April),? 01:00-02:00 JST$/,
    );
  });
});
