/** Cold builds of copies of the project: time and peak memory (sampled from /proc every 50 ms). */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { median } from '../../src/tooling/page-weight.ts';
import { builtPages } from '../../test-support/pages.ts';
import { ProjectCopy, projectRoot } from '../../test-support/project.ts';
import { log, mb } from './log.ts';

/** A copy of the project whose node_modules links every package but keeps its own caches. */
export function benchCopy(): ProjectCopy {
  const copy = new ProjectCopy();
  rmSync(copy.path('node_modules'));
  mkdirSync(copy.path('node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (entry === '.vite' || entry === '.astro' || entry === '.cache') continue;
    symlinkSync(join(projectRoot, 'node_modules', entry), copy.path(`node_modules/${entry}`));
  }
  return copy;
}

/** Resident memory (bytes) of a process and all its descendants, read from /proc. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const kbRss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kbRss ?? 0) * 1024;
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface BuildRun {
  seconds: number;
  peakBytes: number;
  /** As the build reports them: Astro's own build (with the link check), and Pagefind. */
  astroSeconds?: number;
  searchSeconds?: number;
}

/**
 * The build day of every bench build, unless BUILD_NOW is given: a fixed day makes two
 * runs' pages comparable, and it is after every synthetic vote (scripts/bench/decisions.ts),
 * which the check refuses while it lies after the build day.
 */
export const BENCH_NOW = '2027-01-01T00:00:00Z';

/** The site's own build; the bare baseline runs `astro build` alone. */
export const SITE_BUILD = ['scripts/build.ts'];
export const BARE_BUILD = ['node_modules/astro/bin/astro.mjs', 'build'];

/** Runs Node with `args` in `copy`, timed, the memory of it and its children sampled every 50 ms; resolves when it ends, whatever its status. */
export function runSampled(
  copy: ProjectCopy,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string; seconds: number; peakBytes: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: copy.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakBytes = 0;
    const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 50);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code, output, seconds: (performance.now() - started) / 1000, peakBytes });
    });
  });
}

/** One cold build of `copy`, timed, its memory sampled every 50 ms. */
export async function coldBuild(copy: ProjectCopy, command: string[]): Promise<BuildRun> {
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'dist', '.build']) copy.remove(cache);
  const { code, output, seconds, peakBytes } = await runSampled(copy, command, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' });
  if (code !== 0) throw new Error(`build failed in ${copy.dir}:\n${output.slice(-3000)}`);
  const astro = /page\(s\) built in ([\d.]+)s/.exec(output)?.[1];
  const search = /Search index written: .* in ([\d.]+) s/.exec(output)?.[1];
  return { seconds, peakBytes, astroSeconds: astro ? Number(astro) : undefined, searchSeconds: search ? Number(search) : undefined };
}

export interface BuildFigures {
  runs: BuildRun[];
  medianSeconds: number;
  peakBytes: number;
  pages: number;
}

/** `runs` cold builds of `copy`: their median time, peak memory and the pages built. */
export async function measureBuilds(label: string, copy: ProjectCopy, runs: number, command = SITE_BUILD): Promise<BuildFigures> {
  const done: BuildRun[] = [];
  for (let i = 1; i <= runs; i++) {
    const run = await coldBuild(copy, command);
    log(`${label}: cold build ${i}/${runs} ${run.seconds.toFixed(1)} s, peak ${mb(run.peakBytes)} MB`);
    done.push(run);
  }
  const runs_ = done;
  return {
    runs: runs_,
    medianSeconds: median(runs_.map((r) => r.seconds)),
    peakBytes: Math.max(...runs_.map((r) => r.peakBytes)),
    pages: builtPages(copy.path('dist')).length,
  };
}
