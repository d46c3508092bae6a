/**
 * Builds the whole site into a temporary folder and moves it to dist/ only when
 * the build (content validation, link check, search index and all) succeeds, so a failed build
 * never leaves a half-written or mixed site behind.
 *
 * The pages are built by scripts/build-pages.ts in a child process: Astro's bundler
 * and markdown compiler keep their native memory (over a gigabyte for 1,000 docs)
 * until the process ends, and Pagefind, which runs next, needs a few hundred
 * megabytes of its own. Pagefind starts once the child has written every page, while
 * the child checks the links and exits: by then the child's memory is below the peak
 * of its bundling, so on the enlarged copy the overlap raised the build's peak by about
 * 100 MB (to 1.19 GB, still under a bare Astro build's) for the link check's seconds.
 *
 * Usage: node scripts/build.ts [--out dist]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { indexSite } from '../src/site/search-index.ts';
import { PAGES_WRITTEN } from '../src/site/pages-written.ts';

const root = process.cwd();
const outArg = process.argv.indexOf('--out');
const finalDir = resolve(root, outArg > 0 ? process.argv[outArg + 1]! : 'dist');
const workDir = join(root, '.build');
const tempDir = join(workDir, `dist-${process.pid}`);
const oldDir = join(workDir, `old-${process.pid}`);

mkdirSync(workDir, { recursive: true });
rmSync(tempDir, { recursive: true, force: true });

// Search is part of the site: the finished pages are indexed before the swap, never a live dist/.
// Indexing starts as soon as the child says every page is written (src/site/pages-written.ts),
// and runs beside its link check.
let indexing: Promise<{ pages: number; seconds: number }> | undefined;
const startIndexing = () => {
  const started = performance.now();
  indexing ??= indexSite(tempDir).then(({ pages }) => ({ pages, seconds: (performance.now() - started) / 1000 }));
  // Settled later; until then a failure must not count as unhandled.
  indexing.catch(() => undefined);
};
const child = spawn(process.execPath, [join(import.meta.dirname, 'build-pages.ts'), tempDir, finalDir], { cwd: root, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
child.on('message', (message: { type?: string; dir?: string }) => {
  if (message.type === PAGES_WRITTEN && message.dir !== undefined && resolve(message.dir) === resolve(tempDir)) startIndexing();
});
const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((done) => {
  child.on('error', (error) => done({ code: null, signal: null, error }));
  child.on('exit', (code, signal) => done({ code, signal }));
});
if (exit.code !== 0) {
  await indexing?.catch(() => undefined);
  rmSync(tempDir, { recursive: true, force: true });
  if (exit.error || exit.signal) console.error(`\nBuild failed (${exit.error?.message ?? `stopped by ${exit.signal}`}); nothing was swapped in.`);
  process.exit(1);
}

try {
  // An Astro run without the signal (none was sent) still gets its index here.
  startIndexing();
  const { pages: indexed, seconds } = await indexing!;
  console.log(`Search index written: ${indexed} HTML files read in ${seconds.toFixed(2)} s`);
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
