/**
 * "Now" for a build: the start of today (UTC) by the real clock, or MEETINGS_NOW
 * (an ISO instant such as 2027-01-01T00:00:00Z) to build the pages as of another
 * moment, as tests do. Only the pages' static "next meeting" lists use it; the
 * feeds never do.
 *
 * The real clock is cut to the day so that two builds of one commit on the same
 * day give the same bytes: the site is rebuilt daily, and in the browser
 * src/client/local-times.ts works the next meeting out again from the exact time,
 * so a meeting earlier today still listed by the static page is corrected there.
 */
export function buildClock(env: Record<string, string | undefined> = process.env, realNow: Date = new Date()): Date {
  const fixed = env.MEETINGS_NOW;
  if (!fixed) return new Date(Date.UTC(realNow.getUTCFullYear(), realNow.getUTCMonth(), realNow.getUTCDate()));
  const date = new Date(fixed);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(fixed) || Number.isNaN(date.getTime())) {
    throw new Error(`MEETINGS_NOW="${fixed}" is not an instant; write it as an ISO date and time with its offset, e.g. MEETINGS_NOW=2027-01-01T00:00:00Z`);
  }
  return date;
}
