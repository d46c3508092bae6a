import { getCollection } from 'astro:content';
import { meetingsCollection } from '../schemas/collections.ts';
import type { MeetingSeries } from '../schemas/meeting.ts';
import { contentStamp, type FeedContext } from '../lib/meetings/feed.ts';
import { gitDates } from '../lib/git-dates.ts';
import { projectRoot, site } from '../lib/site.ts';

/** Every meeting series from content/meetings/, by id. All of them are public: closed meetings are never put here. */
export async function meetingSeries(): Promise<MeetingSeries[]> {
  const entries = await getCollection('meetings');
  return entries.map((e) => ({ id: e.id, ...e.data })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One series by id, for a page or the charter that names it; a clear error when the file is missing. */
export async function meetingSeriesById(id: string, usedBy: string): Promise<MeetingSeries> {
  const all = await meetingSeries();
  const found = all.find((s) => s.id === id);
  if (!found) throw new Error(`${usedBy} shows the meeting "${id}", but ${meetingsSourcePath(id)} does not exist (series: ${all.map((s) => s.id).join(', ') || 'none'})`);
  return found;
}

export function meetingsSourcePath(id: string): string {
  return `${meetingsCollection.dir}/${id}.yaml`;
}

/** The series' file on GitHub, where a correction is made by pull request. */
export function meetingsSourceUrl(id?: string): string {
  return `${site.repository}/${id ? 'blob' : 'tree'}/${site.branch}/${id ? meetingsSourcePath(id) : meetingsCollection.dir}`;
}

export const feedContext: FeedContext = {
  siteUrl: site.url,
  project: site.project,
  stampOf: (series) => contentStamp(series, gitDates(projectRoot).get(meetingsSourcePath(series.id))),
};

export const allMeetingsCalendarName = `${site.project} meetings`;
