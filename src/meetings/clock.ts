/**
 * "Now" for a build, the one clock of the whole build: the meetings' next dates
 * and upcoming pages, the day open votes are counted on, the content checks and
 * the time lint. The start of today (UTC) by the real clock, or BUILD_NOW to build
 * as of another day (`2027-03-14`, the start of that UTC day) or instant
 * (`2027-03-14T09:30:00Z`, with its offset), as tests do. The feeds never use it.
 *
 * The real clock is cut to the day so that two builds of one commit on the same
 * day give the same bytes: the site is rebuilt daily, and in the browser
 * src/client/local-times.ts works the next meeting out again from the exact time,
 * so a meeting earlier today still listed by the static page is corrected there.
 */
export const BUILD_NOW = 'BUILD_NOW';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function buildClock(env: Record<string, string | undefined> = process.env, realNow: Date = new Date()): Date {
  // The variable's earlier name: say what it is called now rather than build as of today unasked.
  if (env.MEETINGS_NOW && !env[BUILD_NOW]) {
    throw new Error(`MEETINGS_NOW is now called BUILD_NOW, and sets the day of the whole build: write BUILD_NOW=${env.MEETINGS_NOW}`);
  }
  const fixed = env[BUILD_NOW];
  if (!fixed) return startOfUtcDay(realNow);
  const day = DAY.exec(fixed);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    if (date.toISOString().slice(0, 10) === fixed) return date;
  } else if (INSTANT.test(fixed) && !Number.isNaN(Date.parse(fixed))) {
    return new Date(fixed);
  }
  throw new Error(
    `${BUILD_NOW}="${fixed}" is neither a day nor an instant; write a day as YYYY-MM-DD (${BUILD_NOW}=2027-01-01) or an instant with its offset (${BUILD_NOW}=2027-01-01T09:30:00Z)`,
  );
}

/** The build's day, YYYY-MM-DD in UTC: the day an open vote is counted on and the content is checked as of. */
export function buildDay(env: Record<string, string | undefined> = process.env, realNow: Date = new Date()): string {
  return buildClock(env, realNow).toISOString().slice(0, 10);
}

function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
