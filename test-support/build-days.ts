import { testBuildNow } from './project.ts';

/**
 * The days the date-sensitive tests build the fixture site as of, besides the run's own
 * (BUILD_NOW, or today): the day the suite first failed, the days either side of the
 * US (Sunday 14 March 2027) and EU (Sunday 28 March 2027) clock changes, a year's last
 * day and a 29 February. `npm run test:days` runs the date-sensitive files with BUILD_NOW
 * set to each of them in turn.
 */
export const HARD_DAYS = ['2026-12-07', '2027-03-13', '2027-03-15', '2027-03-27', '2027-03-29', '2027-12-31', '2028-02-29'] as const;

/** The run's build day and every hard day, each once, as the instants the builds are made at (the start of the day, UTC). */
export function buildDays(): Date[] {
  const run = testBuildNow();
  const days = HARD_DAYS.map((d) => new Date(`${d}T00:00:00Z`)).filter((d) => d.getTime() !== run.getTime());
  return [run, ...days];
}

/** The test files whose expectations follow the build day or the reader's clock: `npm run test:days` runs them on each hard day. */
export const DATE_SENSITIVE_TESTS = [
  'tests/meetings-page.test.ts',
  'tests/fixture-site-days.test.ts',
  'tests/meetings-browser.test.ts',
  'tests/decisions-site.test.ts',
  'tests/governance-feed.test.ts',
  'tests/real-content.test.ts',
  'src/meetings/clock.test.ts',
  'src/meetings/feed.test.ts',
  'src/governance-feed/feed.test.ts',
  'src/client/next-dates.test.ts',
  'src/client/next-meeting.test.ts',
] as const;
