import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Three projects, all run by `npm test` (`vitest run`); one at a time with `--project`:
 * - unit: the modules' own tests in src/ (`npm run test:unit`, seconds);
 * - site: tests/ that copy the project, build sites and run its scripts;
 * - browser: tests/ that open pages in the browser of test-support/browser-choice.ts.
 * A test file of tests/ is a browser test when it opens one (siteInBrowser, launchBrowser).
 */
const browserTests = readdirSync('tests')
  .filter((f) => f.endsWith('.test.ts') && /\b(siteInBrowser|launchBrowser)\(/.test(readFileSync(`tests/${f}`, 'utf8')))
  .map((f) => `tests/${f}`);

// The build's "now" is fixed once per run for the tests that build (test-support/build-now-setup.ts).
const buildNow = 'test-support/build-now-setup.ts';

export default defineConfig({
  test: {
    // Build tests copy the project and run a full Astro build each: give them room.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/**/*.test.ts'], exclude: browserTests, globalSetup: [buildNow] } },
      // The browser is chosen (and @sparticuz/chromium unpacked) once per run, before the files start.
      { extends: true, test: { name: 'browser', include: browserTests, globalSetup: [buildNow, 'test-support/browser-setup.ts'] } },
    ],
  },
});
