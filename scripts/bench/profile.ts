/**
 * One profiled build of the enlarged copy (issue 14: profile before changing anything).
 *
 * Makes the bench's enlarged copy (1,000 extra docs, 1,000 maintainers, 50 series:
 * enlarged-copy.ts), runs its pages' child process (scripts/build-pages.ts) once under
 * `node --cpu-prof`, and prints Astro's own phase timings and the CPU profile's self time:
 * the top functions, and the files grouped by package (node_modules/<pkg>), by src/ module,
 * or by the chunk Astro bundled the pages into. Not part of `npm run bench`.
 *
 * Usage: node scripts/bench/profile.ts [--top 30] [--keep <dir>] [--no-prof] [--roster | --decisions | --meetings | --groups]
 *   --roster: profile the bench's 1,000-person roster copy, the decisions copy without its decisions.
 *   --decisions: profile the bench's decisions copy instead (a 1,000-person roster and 500
 *   decisions, scripts/bench/decisions.ts), where the decision pages' cost shows.
 *   --meetings: profile the bench's meeting-records copy instead (50 more series with a year of
 *   records, scripts/bench/meeting-records.ts), where the meeting pages' cost shows.
 *   --groups: profile the bench's groups copy instead (60 groups, their series, a year of records
 *   with attendance, scripts/bench/groups.ts), where the group and meeting pages' cost shows.
 *   --keep: copy the built pages to <dir> (for scripts/compare-dist.ts against another run).
 *   --no-prof: time the build without the profiler (its overhead is 10-20%).
 * BUILD_NOW is fixed so two runs' pages can be compared byte for byte.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv } from '../../test-support/project.ts';
import { groupOf, summarizeProfiles, type CpuProfile } from '../../src/tooling/cpu-profile.ts';
import { BENCH_NOW, benchCopy, runSampled } from './builds.ts';
import { addDocs, addEntries } from './enlarged-copy.ts';
import { log, mb } from './log.ts';
import { EXTRA, ROSTER_SIZE } from './sizes.ts';
import { addSyntheticDecisions, DECISIONS } from './decisions.ts';
import { syntheticRoster } from '../generate-roster-fixture.ts';
import { addRecords, RECORD_SERIES } from './meeting-records.ts';
import { addGroups, addGroupSeries } from './groups.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const top = Number(option('--top') ?? 30);
const keep = option('--keep');
const profile = !args.includes('--no-prof');

const copy = benchCopy();
try {
  if (args.includes('--decisions') || args.includes('--roster')) {
    syntheticRoster(copy.path('content/maintainers'), ROSTER_SIZE);
    if (args.includes('--decisions')) addSyntheticDecisions(copy, DECISIONS, ROSTER_SIZE);
  } else if (args.includes('--groups')) {
    addGroupSeries(copy);
    addRecords(copy);
    addGroups(copy);
  } else if (args.includes('--meetings')) {
    addEntries(copy, 'meetings', RECORD_SERIES);
    addRecords(copy);
  } else {
    addDocs(copy, EXTRA.docs);
    addEntries(copy, 'maintainers', EXTRA.maintainers);
    addEntries(copy, 'meetings', EXTRA.meetings);
  }
  const profDir = mkdtempSync(join(tmpdir(), 'cpu-prof-'));
  const outDir = copy.path('dist');
  const {
    code,
    output,
    seconds,
    peakBytes: peak,
  } = await runSampled(
    copy,
    [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=500'] : []), 'scripts/build-pages.ts', outDir, outDir],
    buildEnv({ BUILD_NOW: process.env.BUILD_NOW ?? BENCH_NOW }),
  );
  if (code !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
  log(`pages' child process: ${seconds.toFixed(1)} s wall, peak ${mb(peak)} MB${profile ? ' (profiled)' : ''}`);
  console.log("\nAstro's own timings:");
  for (const line of output.split('\n')) if (/\d+(\.\d+)?m?s\b/.test(line) && !/[├└│]/.test(line)) console.log(`  ${line.trim()}`);
  // Astro's time for each page ("├─ /community/meetings/index.html (+2.31s)"): the ten slowest.
  const pageTimes = [...output.matchAll(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(m?s)\)/g)].map((m) => ({ page: m[1]!, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) }));
  if (pageTimes.length > 0) {
    const total = pageTimes.reduce((sum, p) => sum + p.ms, 0);
    console.log(`\nAstro's render time of the ${pageTimes.length} pages: ${(total / 1000).toFixed(1)} s in all; the slowest:`);
    for (const p of pageTimes.sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`  ${p.ms.toFixed(0).padStart(6)} ms  ${p.page}`);
  }
  if (keep) {
    rmSync(keep, { recursive: true, force: true });
    cpSync(outDir, keep, { recursive: true });
    log(`pages copied to ${keep}`);
  }
  if (profile) {
    const profiles = readdirSync(profDir).map((f) => JSON.parse(readFileSync(join(profDir, f), 'utf8')) as CpuProfile);
    const s = summarizeProfiles(profiles, (url, fn) => groupOf(url, copy.dir, fn));
    const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
    console.log(`\nCPU profile: ${profiles.length} thread(s), ${(s.totalMicros / 1e6).toFixed(1)} s sampled`);
    console.log(`\nSelf time by package / module (top ${top}):`);
    for (const g of s.byGroup.slice(0, top)) console.log(`${ms(g.micros)} ${((100 * g.micros) / s.totalMicros).toFixed(1).padStart(5)}%  ${g.name}`);
    console.log(`\nSelf time by function (top ${top}):`);
    for (const f of s.byFunction.slice(0, top)) console.log(`${ms(f.micros)} ${((100 * f.micros) / s.totalMicros).toFixed(1).padStart(5)}%  ${f.name}`);
    console.log(`\nTotal time (self + callees) of the project's functions (src/ and the chunks bundled from it) (top ${top}):`);
    for (const f of s.srcInclusive.slice(0, top)) console.log(`${ms(f.micros)} ${((100 * f.micros) / s.totalMicros).toFixed(1).padStart(5)}%  ${f.name}`);
  }
  rmSync(profDir, { recursive: true, force: true });
} finally {
  copy.dispose();
}
