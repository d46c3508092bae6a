/** Warm `npm run build` and `npm run check` on a copy of the site (issue 14's fourth target): caches kept from earlier builds. */
import { spawnSync } from 'node:child_process';
import { median } from '../../src/tooling/page-weight.ts';
import type { ProjectCopy } from '../../test-support/project.ts';
import { log } from './log.ts';

/** Median seconds of `runs` warm builds and checks, alternated, after one build that warms the caches. */
export function warmBuildAndCheck(copy: ProjectCopy, runs: number): { buildSeconds: number; checkSeconds: number } {
  const time = (script: string) => {
    const started = performance.now();
    const r = spawnSync(process.execPath, [script], { cwd: copy.dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
    // A check that finds a problem in the copy still took its time; a build that fails measured nothing.
    if (r.status !== 0 && script.endsWith('build.ts')) throw new Error(`${script} failed in ${copy.dir}:\n${`${r.stdout}\n${r.stderr}`.slice(-3000)}`);
    if (r.status !== 0) log(`${script} reported problems in the copy (timed anyway):\n${`${r.stdout}`.slice(-1500)}`);
    return (performance.now() - started) / 1000;
  };
  time('scripts/build.ts');
  const build: number[] = [];
  const check: number[] = [];
  for (let i = 1; i <= runs; i++) {
    build.push(time('scripts/build.ts'));
    check.push(time('scripts/check.ts'));
    log(`this site, warm: build ${build.at(-1)!.toFixed(1)} s, check ${check.at(-1)!.toFixed(1)} s (${i}/${runs})`);
  }
  return { buildSeconds: median(build), checkSeconds: median(check) };
}
