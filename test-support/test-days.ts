/**
 * `npm run test:days`: the date-sensitive test files (DATE_SENSITIVE_TESTS) run once per
 * hard day, with BUILD_NOW set to it, one run after the other; then one line per day.
 * Extra arguments go to vitest (`npm run test:days -- --project site`).
 * The fixture builds of each day stay in .build/test-sites/ for the next runs.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DATE_SENSITIVE_TESTS, HARD_DAYS } from './build-days.ts';

const vitest = join(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');
const results = HARD_DAYS.map((day) => {
  console.log(`\n=== BUILD_NOW=${day}`);
  const started = performance.now();
  const run = spawnSync(process.execPath, [vitest, 'run', ...DATE_SENSITIVE_TESTS, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, BUILD_NOW: day, TEST_BUILD_NOW: '' },
  });
  return { day, passed: run.status === 0, seconds: (performance.now() - started) / 1000 };
});
console.log('');
for (const r of results) console.log(`${r.passed ? 'passed' : 'FAILED'}  BUILD_NOW=${r.day}  (${r.seconds.toFixed(0)} s)`);
process.exit(results.every((r) => r.passed) ? 0 : 1);
