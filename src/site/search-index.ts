import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Indexes a built site with Pagefind and writes the search bundle into its
 * `pagefind/` folder. Only pages whose <main> carries data-pagefind-body are
 * indexed (the layout marks every page but the 404 and the search page).
 * Throws on any Pagefind error, and when no page was indexed at all, so a
 * build never ships a search that finds nothing.
 */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${siteDir} (no <main data-pagefind-body>?)`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
