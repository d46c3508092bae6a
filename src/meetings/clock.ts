/**
 * "Now" for a build: the real clock, or MEETINGS_NOW (an ISO instant such as
 * 2027-01-01T00:00:00Z) to build the pages as of another day, as tests do.
 * Only the pages' static "next meeting" lists use it; the feeds never do.
 */
export function buildClock(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.MEETINGS_NOW;
  if (!fixed) return new Date();
  const date = new Date(fixed);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(fixed) || Number.isNaN(date.getTime())) {
    throw new Error(`MEETINGS_NOW="${fixed}" is not an instant; write it as an ISO date and time with its offset, e.g. MEETINGS_NOW=2027-01-01T00:00:00Z`);
  }
  return date;
}
