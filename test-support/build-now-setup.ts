import { testBuildNow } from './project.ts';

/**
 * Vitest's global setup: fixes the build's "now" (BUILD_NOW, or the start of today, UTC)
 * once for the run, before the test files start (as TEST_BUILD_NOW, which they inherit):
 * every site the tests build, and every expectation derived from the day, agree on it
 * even when a run passes midnight.
 */
export default function fixBuildNow(): void {
  // Each project of the run calls this: say it once.
  if (process.env.TEST_BUILD_NOW) return;
  console.log(`Build day: ${testBuildNow().toISOString()}${process.env.BUILD_NOW ? ' (BUILD_NOW)' : ' (today, UTC)'}`);
}
