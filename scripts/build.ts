/**
 * Builds the whole site into a temporary folder and moves it to dist/ only when
 * the build (content validation, link check, search index and all) succeeds, so a failed build
 * never leaves a half-written or mixed site behind.
 *
 * The pages are built by scripts/build-pages.ts in a child process: Astro's bundler
 * and markdown compiler keep their native memory (over a gigabyte for 1,000 docs)
 * until the process ends, and Pagefind, which runs next, needs a few hundred
 * megabytes of its own. One after the other, the build's peak memory is the larger
 * of the two instead of their sum.
 *
 * Usage: node scripts/build.ts [--out dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { indexSite } from '../src/site/search-index.ts';

const root = process.cwd();
const outArg = process.argv.indexOf('--out');
const finalDir = resolve(root, outArg > 0 ? process.argv[outArg + 1]! : 'dist');
const workDir = join(root, '.build');
const tempDir = join(workDir, `dist-${process.pid}`);
const oldDir = join(workDir, `old-${process.pid}`);

mkdirSync(workDir, { recursive: true });
rmSync(tempDir, { recursive: true, force: true });

const pages = spawnSync(process.execPath, [join(import.meta.dirname, 'build-pages.ts'), tempDir, finalDir], { cwd: root, stdio: 'inherit' });
if (pages.status !== 0) {
  rmSync(tempDir, { recursive: true, force: true });
  if (pages.error || pages.signal) console.error(`\nBuild failed (${pages.error?.message ?? `stopped by ${pages.signal}`}); nothing was swapped in.`);
  process.exit(1);
}

try {
  // Search is part of the site: index the finished pages before the swap, never a live dist/.
  const indexing = performance.now();
  const { pages: indexed } = await indexSite(tempDir);
  console.log(`Search index written: ${indexed} HTML files read in ${((performance.now() - indexing) / 1000).toFixed(2)} s`);
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
