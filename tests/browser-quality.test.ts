import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../test-support/browser.ts';
import { builtPages, type BuiltPage } from '../test-support/pages.ts';
import { projectRoot } from '../test-support/project.ts';

/**
 * Every page of the fixture site (tests/fixtures/site/content), in a real Chromium: it loads cleanly under the
 * Content-Security-Policy, works from the keyboard, passes axe-core in both color
 * schemes and fits a 360 px phone. A failing page leaves a screenshot in test-results/.
 */
const pages = builtPages();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const screenshots = join(projectRoot, 'test-results');

const served = siteInBrowser();

const urlOf = (page: BuiltPage) => `${served.site.url}${page.route.slice(served.site.base.length)}`;

/** Runs `check` on a fresh page; on failure saves a full-page screenshot named after the page and the check. */
async function onPage(page: BuiltPage, check: string, options: BrowserContextOptions, run: (tab: Page) => Promise<void>): Promise<void> {
  const context = await served.browser.newContext(options);
  const tab = await context.newPage();
  try {
    await run(tab);
  } catch (error) {
    mkdirSync(screenshots, { recursive: true });
    await tab.screenshot({ path: join(screenshots, `${page.name}-${check}.png`), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

it('finds the pages to check in dist/', () => {
  expect(pages.map((p) => p.name)).toEqual(expect.arrayContaining(['home', 'governance', 'code-of-conduct', '404', 'maintainers', 'meetings', 'search']));
});

describe.each(pages)('$route', (page) => {
  it('loads with no console error, failed request or Content-Security-Policy violation', async () => {
    await onPage(page, 'load', {}, async (tab) => {
      const problems: string[] = [];
      tab.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      tab.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
      tab.on('response', (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      // Listens before any page script runs; the report says which directive blocked what.
      await tab.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      const response = await tab.goto(urlOf(page), { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy'], 'the server sends dist/_headers').toContain("script-src 'self'");
      expect(await tab.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
      await tab.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    });
  });

  it('works from the keyboard: a skip link first, visible focus on every stop, the navigation and table of contents reachable', async () => {
    await onPage(page, 'keyboard', {}, async (tab) => {
      await tab.goto(urlOf(page));
      await tab.keyboard.press('Tab');
      const first = await tab.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return {
          skip: el.classList.contains('skip-link'),
          href: el.getAttribute('href'),
          onScreen: box.top >= 0 && box.bottom <= innerHeight && box.width > 0,
        };
      });
      expect(first).toEqual({ skip: true, href: '#main', onScreen: true });
      await tab.keyboard.press('Enter');
      expect(await tab.evaluate(() => document.activeElement?.id)).toBe('main');

      // Walk the whole tab order from the top of the page.
      await tab.goto(urlOf(page));
      const stops: { where: string; label: string; visible: boolean }[] = [];
      const tabbable = await tab.evaluate(
        () => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').length,
      );
      for (let i = 0; i <= tabbable; i++) {
        await tab.keyboard.press('Tab');
        const stop = await tab.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return {
            where: el.closest('nav[aria-label="Main"]') ? 'nav' : el.closest('.toc') ? 'toc' : el.closest('main') ? 'main' : 'other',
            label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || el.getAttribute('name')}"`,
            visible: el.matches(':focus-visible') && outlined,
          };
        });
        if (!stop) break;
        stops.push(stop);
      }
      expect(
        stops.filter((s) => !s.visible).map((s) => s.label),
        'focus stops without a visible outline',
      ).toEqual([]);
      const navLinks = await tab.locator('nav[aria-label="Main"] a').count();
      expect(navLinks).toBeGreaterThan(0);
      expect(stops.filter((s) => s.where === 'nav')).toHaveLength(navLinks);
      const tocLinks = await tab.locator('.toc a').count();
      expect(stops.filter((s) => s.where === 'toc')).toHaveLength(tocLinks);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violation in the ${colorScheme} color scheme`, async () => {
      // axe is injected as an inline script, which the page's own CSP rightly refuses: bypass it for this check only.
      await onPage(page, `axe-${colorScheme}`, { bypassCSP: true }, async (tab) => {
        await tab.emulateMedia({ colorScheme });
        await tab.goto(urlOf(page));
        await tab.addScriptTag({ path: axePath });
        const violations = await tab.evaluate(async () => {
          const { violations } = await (
            window as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }
          ).axe.run();
          return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        });
        expect(violations).toEqual([]);
      });
    });
  }

  it('does not scroll sideways on a 360 px wide phone', async () => {
    await onPage(page, 'narrow', { viewport: { width: 360, height: 740 } }, async (tab) => {
      await tab.goto(urlOf(page));
      const widths = await tab.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(360);
    });
  });
});
