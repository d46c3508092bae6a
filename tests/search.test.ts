import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../test-support/browser.ts';

/** Site search of the fixture site (tests/fixtures/site/content) in a real browser, under the site's Content-Security-Policy. */
const served = siteInBrowser();

/** A page that records every request and every console error / CSP violation. */
async function openPage(): Promise<{ tab: Page; requests: string[]; problems: string[] }> {
  const tab = await served.browser.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
  tab.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  tab.on('pageerror', (e) => problems.push(e.message));
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
    );
  });
  return { tab, requests, problems };
}

const resultPaths = (tab: Page) =>
  tab.locator('.search-results > li > h2 > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('site search', () => {
  it('fetches nothing of Pagefind until the reader searches', async () => {
    const { tab, requests } = await openPage();
    await tab.goto(served.site.url, { waitUntil: 'networkidle' });
    await tab.goto(`${served.site.url}search/`, { waitUntil: 'networkidle' });
    expect(requests.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await tab.close();
  });

  it('finds the charter for "emeritus", typed into the search page', async () => {
    const { tab, requests, problems } = await openPage();
    await tab.goto(`${served.site.url}search/`);
    await tab.getByLabel('Words to find').fill('emeritus');
    await expect.poll(() => resultPaths(tab)).toContain(`${served.site.base}governance/`);
    expect(await tab.locator('[data-search-status]').textContent()).toMatch(/match(es)? “emeritus”/);
    expect(requests.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(new URL(tab.url()).searchParams.get('q'), 'the address can be shared').toBe('emeritus');
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('goes from the header search box of any page to the results', async () => {
    const { tab, problems } = await openPage();
    await tab.goto(`${served.site.url}code-of-conduct/`);
    await tab.getByRole('search', { name: 'Site' }).getByRole('searchbox').fill('emeritus');
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/\/search\/\?q=emeritus$/);
    await expect.poll(() => resultPaths(tab)).toContain(`${served.site.base}governance/`);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('finds the roster for a maintainer handle', async () => {
    const { tab, problems } = await openPage();
    await tab.goto(`${served.site.url}search/?q=dara-fixture`);
    await expect.poll(() => tab.locator('[data-search-status]').textContent()).toMatch(/“dara-fixture”/);
    expect(await resultPaths(tab)).toContain(`${served.site.base}maintainers/`);
    expect(problems).toEqual([]);
    await tab.close();
  });

  // A word no page holds, nor any of its beginnings: Pagefind gave the "[x]" of the content reference for "xylophonequartz".
  it('says so when nothing matches', async () => {
    const { tab } = await openPage();
    await tab.goto(`${served.site.url}search/?q=quuxfrobnicate`);
    await expect.poll(() => tab.locator('[data-search-status]').textContent()).toBe('No page matches “quuxfrobnicate”.');
    expect(await tab.locator('.search-results > li').count()).toBe(0);
    await tab.close();
  });
});
