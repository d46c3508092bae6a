import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../test-support/browser.ts';

const served = siteInBrowser();

/** The fixture site's charter (tests/fixtures/site/content). */
describe('the charter in a real browser', () => {
  it('lands on a seed deep link and follows the rewritten roster link', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.site.url}governance/#becoming-a-maintainer`);
    expect(await page.locator('h1').textContent()).toBe('Example Charter');
    expect(await page.locator('#becoming-a-maintainer').isVisible()).toBe(true);
    await page.locator('main a', { hasText: 'MAINTAINERS.md' }).click();
    expect(new URL(page.url()).pathname).toBe(`${served.site.base}maintainers/`);
    await page.close();
  });
});
