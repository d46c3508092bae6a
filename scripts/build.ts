/**
 * Builds the whole site into a temporary folder and moves it to dist/ only when
 * the build (content validation, link check, search index and all) succeeds, so a failed build
 * never leaves a half-written or mixed site behind.
 *
 * Usage: node scripts/build.ts [--out dist]
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { formatProblem } from '../src/lib/content-validation.ts';
import { validateAllContent } from '../src/lib/validate-content.ts';
import { indexSite } from '../src/lib/search-index.ts';

const root = process.cwd();
const outArg = process.argv.indexOf('--out');
const finalDir = resolve(root, outArg > 0 ? process.argv[outArg + 1]! : 'dist');
const workDir = join(root, '.build');
const tempDir = join(workDir, `dist-${process.pid}`);
const oldDir = join(workDir, `old-${process.pid}`);

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

// Content first: every problem with its file and line, before Astro's own (terser) validation.
const problems = validateAllContent(root);
if (problems.length > 0) {
  console.error(`Content has ${problems.length} problem${problems.length > 1 ? 's' : ''}; nothing was built${existsSync(finalDir) ? ` and ${finalDir} is left as it was` : ''}:\n`);
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
mkdirSync(workDir, { recursive: true });
rmSync(tempDir, { recursive: true, force: true });

try {
  // The cache (content data store included) stays inside this project: by default it sits in
  // node_modules/.astro, which the test copies share through their node_modules link, so two
  // copies building at once would read each other's content.
  await build({ root, outDir: tempDir, cacheDir: join(root, '.astro', 'cache') });
  // Search is part of the site: index the finished pages before the swap, never a live dist/.
  const indexing = performance.now();
  const { pages } = await indexSite(tempDir);
  console.log(`Search index written: ${pages} HTML files read in ${((performance.now() - indexing) / 1000).toFixed(2)} s`);
} catch (error) {
  rmSync(tempDir, { recursive: true, force: true });
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nBuild failed; ${existsSync(finalDir) ? `the previous ${finalDir} is left as it was` : 'nothing was written'}.\n\n${message}`);
  process.exit(1);
}

// Swap in the new site: two renames on one file system, so dist/ is never half-written.
if (existsSync(finalDir)) renameSync(finalDir, oldDir);
renameSync(tempDir, finalDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`Site written to ${finalDir}`);
