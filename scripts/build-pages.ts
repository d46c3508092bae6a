/**
 * The first half of `npm run build` (scripts/build.ts runs it in a child process):
 * validates all content, then has Astro build every page (with its link check)
 * into the given folder. Prints every problem and exits 1 on failure; the folder
 * may then hold a partial build, which scripts/build.ts deletes.
 *
 * Usage: node scripts/build-pages.ts <out dir> <final dir>
 *   <final dir> is only named in the messages: what a failure leaves as it was.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { build } from 'astro';
import { BUILD_PAST_CONTENT_PROBLEMS, formatProblem } from '../src/validation/validate.ts';
import { checkAllContent } from '../src/checks/content.ts';

const [outDir, finalDir] = process.argv.slice(2);
if (!outDir || !finalDir) {
  console.error('usage: node scripts/build-pages.ts <out dir> <final dir>');
  process.exit(2);
}
const root = process.cwd();
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// V8 lets its heap grow by a large factor between full collections, and a build allocates
// fast: on 1,000 docs the heap reached 500 MB with under 200 MB alive. Growing it by 10%
// at a time kept the build's peak near 1 GB instead of 1.25 GB, in the same time.
// Once the pages stopped rebuilding the navigation and the roster each (issue 14), the peak
// is the bundling's native memory, and 10% only cost collections: in CPU profiles of the
// enlarged copy the collector took 13.5% of the samples at 10%, 11.0% at 30% and 9.6% at
// 100%, with peaks of 1,018, 1,002 and 1,035 MB. 30% keeps the peak and most of the gain.
// A tuning flag, not a limit: the heap still grows as far as a bigger site needs (and
// a Node that does not know the flag ignores it).
setFlagsFromString('--heap-growing-percent=30');

// Content first: every problem with its file and line, before Astro's own (terser) validation.
// Under npm run check, which has reported them, the pages are built past those that leave them buildable.
const { problems, pagesBuildPast } = checkAllContent(root);
if (problems.length > 0 && !(pagesBuildPast && process.env[BUILD_PAST_CONTENT_PROBLEMS] === '1')) {
  console.error(
    `Content has ${problems.length} problem${problems.length > 1 ? 's' : ''}; nothing was built${existsSync(finalDir) ? ` and ${finalDir} is left as it was` : ''}:\n`,
  );
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}

try {
  // The cache (content data store included) stays inside this project: by default it sits in
  // node_modules/.astro, which the test copies share through their node_modules link, so two
  // copies building at once would read each other's content.
  await build({ root, outDir, cacheDir: join(root, '.astro', 'cache') });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nBuild failed; ${existsSync(finalDir) ? `the previous ${finalDir} is left as it was` : 'nothing was written'}.\n\n${message}`);
  process.exit(1);
}
