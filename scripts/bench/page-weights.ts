import { kindOf, weigh, type Fetched, type PageWeight } from '../../src/tooling/page-weight.ts';
import { launchBrowser, serveSite } from '../../test-support/browser.ts';
import { browser } from './browser.ts';
import { builtPages } from '../../test-support/pages.ts';

/** What a first visit of each page of `dist` (or of the `only` paths) fetches, in a browser with an empty cache. */
export async function pageWeights(dist: string, only?: readonly string[]): Promise<{ route: string; weight: PageWeight; fetched: string[] }[]> {
  const site = await serveSite(dist);
  const chromium = await launchBrowser(browser);
  const results = [];
  try {
    for (const page of builtPages(dist).filter((p) => !only || only.some((path) => p.route === `${site.base}${path}`))) {
      const context = await chromium.newContext(); // empty cache: a first visit
      const tab = await context.newPage();
      const bodies: Promise<Fetched | undefined>[] = [];
      tab.on('response', (response) => {
        const type = response.request().resourceType();
        bodies.push(
          response
            .body()
            .then((body) => ({ url: new URL(response.url()).pathname, kind: kindOf(type, response.headers()['content-type']), body }))
            .catch(() => undefined), // a redirect has no body
        );
      });
      await tab.goto(`${site.url}${page.route.slice(site.base.length)}`, { waitUntil: 'networkidle' });
      const fetched = (await Promise.all(bodies)).filter((f): f is Fetched => f !== undefined);
      results.push({ route: page.route, weight: weigh(fetched), fetched: fetched.map((f) => f.url) });
      await context.close();
    }
    return results;
  } finally {
    await chromium.close();
    await site.close();
  }
}

export type PageWeights = Awaited<ReturnType<typeof pageWeights>>;
