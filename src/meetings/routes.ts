/**
 * The site routes of a series' page and of one meeting's page, stated once: the pages in
 * src/pages/meetings/, the calendar feeds (each event's URL) and the links between them all
 * ask here. `date` is the meeting's scheduled date (YYYY-MM-DD) in the series' own time zone,
 * before any move, so the address of a meeting never changes when it is moved.
 */
export function seriesPageRoute(seriesId: string): string {
  return `/meetings/${seriesId}/`;
}

export function meetingPageRoute(seriesId: string, date: string): string {
  return `${seriesPageRoute(seriesId)}${date}/`;
}
