import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // The browser for the browser tests, chosen once per run (test-support/browser-choice.ts).
    globalSetup: ['test-support/build-now-setup.ts', 'test-support/browser-setup.ts'],
    // Build tests copy the project and run a full Astro build each: give them room.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
