/** The sizes the benchmark measures at, and the figure it compares with. */
export const EXTRA = { docs: 1000, maintainers: 1000, meetings: 50 };
/** The roster of the roster-only copy (issue 3). */
export const ROSTER_SIZE = 1000;
/** Astro Starlight on 1,000 copies of the charter, measured on this machine (issue 6). */
export const STARLIGHT = { seconds: 37, bytes: 1.6 * 1024 ** 3 };
