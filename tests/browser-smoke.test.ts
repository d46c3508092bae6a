import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveSite, type ServedSite } from './helpers/browser.ts';

let site: ServedSite;
let browser: Browser;
beforeAll(async () => {
  site = await serveSite();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the charter in a real browser', () => {
  it('lands on a seed deep link and follows the rewritten roster link', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}governance/#becoming-a-maintainer`);
    expect(await page.locator('h1').textContent()).toBe('Project Governance');
    expect(await page.locator('#becoming-a-maintainer').isVisible()).toBe(true);
    await page.locator('main a', { hasText: 'MAINTAINERS.md' }).click();
    expect(new URL(page.url()).pathname).toBe(`${site.base}maintainers/`);
    await page.close();
  });
});
