import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { docsCollection, meetingRecordFilesExist, meetingRecordsCollection, meetingsCollection } from '../collections/registry.ts';
import { siteMarkdown } from '../markdown/pipeline.ts';
import { buildLinkLog } from '../markdown/rewrite-repo-links.ts';
import { markdownFileRenderer, type RenderedMarkdown } from '../markdown/render.ts';
import { recordKey } from '../rules/meeting-record-rules.ts';
import { meetingPages, type MeetingPage } from '../meetings/meeting-pages.ts';
import { recordTemplate } from '../meetings/record-template.ts';
import { buildClock } from '../meetings/clock.ts';
import type { MeetingSeries } from '../schemas/meeting.ts';
import { contentStamp, type FeedContext, type SeriesVersion } from '../meetings/feed.ts';
import { fileVersions } from '../git/file-versions.ts';
import { parseContentFile } from '../validation/validate.ts';
import { gitDates } from '../git/dates.ts';
import { editUrl, fileUrl, folderUrl, newFileUrl } from '../site/config.ts';
import { oncePerBuild } from './once.ts';
import { base, projectRoot, site } from './site.ts';

/** Every meeting series from content/meetings/, by id, once per build. All of them are public: closed meetings are never put here. */
export const meetingSeries: () => Promise<MeetingSeries[]> = oncePerBuild(async () => {
  const entries = await getCollection('meetings');
  return entries.map((e) => ({ id: e.id, ...e.data })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
});

export function meetingsSourcePath(id: string): string {
  return `${meetingsCollection.dir}/${id}.yaml`;
}

/** The series' file on GitHub, where a correction is made by pull request. */
export function meetingsSourceUrl(id?: string): string {
  return id ? fileUrl(site, meetingsSourcePath(id)) : folderUrl(site, meetingsCollection.dir);
}

export const feedContext: FeedContext = {
  siteUrl: site.url,
  project: site.project,
  stampOf: (series) => contentStamp(series, gitDates(projectRoot).get(meetingsSourcePath(series.id))),
  historyOf: (series) => seriesHistory(series.id),
};

/** The committed versions of a series' file, oldest first; a version that does not parse today is left out (its change shows in the next one). */
function seriesHistory(id: string): SeriesVersion[] {
  const file = meetingsSourcePath(id);
  return (fileVersions(projectRoot, meetingsCollection.dir, '.yaml').get(file) ?? []).flatMap((version) => {
    const { entry } = parseContentFile(file, version.text, meetingsCollection);
    return entry ? [{ date: new Date(version.date), series: { id, ...entry.data } }] : [];
  });
}

export const allMeetingsCalendarName = `${site.project} meetings`;

export type MeetingRecord = CollectionEntry<'meetingRecords'>;

/** Every meeting record (content/meetings/<series>/<date>.md), by "<series>/<date>". */
export const meetingRecords: () => Promise<Map<string, MeetingRecord>> = oncePerBuild(async () => {
  if (!meetingRecordFilesExist(projectRoot)) return new Map();
  return new Map((await getCollection('meetingRecords')).map((r) => [r.id, r]));
});

const recordRenderer = oncePerBuild(() =>
  markdownFileRenderer(
    siteMarkdown({
      root: projectRoot,
      docsDir: docsCollection.dir,
      fileRoutes: site.repositoryFileRoutes,
      base,
      repository: site.repository,
      branch: site.branch,
      // Named with the docs' broken links by the build's link check, when a build runs.
      unplaced: buildLinkLog(),
    }),
  ),
);

/** A record's agenda and notes as HTML, rendered as Astro renders Markdown; a broken link throws, naming the record's file and line. */
export async function renderRecord(record: MeetingRecord): Promise<RenderedMarkdown> {
  const key = recordKey(record.id)!;
  const file = record.filePath ?? recordSourcePath(key.seriesId, key.date);
  const render = await recordRenderer();
  return render(file, join(projectRoot, file), readFileSync(join(projectRoot, file), 'utf8'));
}

/** The repository path of a meeting's record, whether it exists or not. */
export function recordSourcePath(seriesId: string, date: string): string {
  return `${meetingRecordsCollection.dir}/${seriesId}/${date}.md`;
}

/**
 * Every meeting of a series that has a page, as of the build moment (src/meetings/meeting-pages.ts),
 * each with its record when there is one. Once per build for each series and moment: the series'
 * meeting pages, its page, its schedule on the meetings page and on its group's page all ask, and
 * each answer places every record's date in the series' schedule. Callers must not change the list.
 */
export function seriesMeetingPages(series: MeetingSeries, now: Date = buildClock()): Promise<SeriesMeetingPage[]> {
  if (import.meta.env.DEV) return readSeriesMeetingPages(series, now);
  const key = `${series.id} ${now.getTime()}`;
  let pages = pagesOfSeries.get(key);
  if (!pages) {
    pages = readSeriesMeetingPages(series, now);
    pagesOfSeries.set(key, pages);
  }
  return pages;
}

export type SeriesMeetingPage = MeetingPage & { record?: MeetingRecord };

const pagesOfSeries = new Map<string, Promise<SeriesMeetingPage[]>>();

async function readSeriesMeetingPages(series: MeetingSeries, now: Date): Promise<SeriesMeetingPage[]> {
  const records = await meetingRecords();
  const dates = [...records.keys()]
    .map(recordKey)
    .filter((k) => k?.seriesId === series.id)
    .map((k) => k!.date);
  return meetingPages(series, dates, now).map((page) => {
    const record = records.get(`${series.id}/${page.date}`);
    return record ? { ...page, record } : page;
  });
}

/**
 * Where a contributor adds an item to a meeting's agenda: GitHub's editor on the meeting's
 * record, or on a new record filled with the agenda template when there is none yet.
 */
export function agendaEditUrl(series: Pick<MeetingSeries, 'id' | 'title'>, date: string, recordExists: boolean): string {
  if (recordExists) return editUrl(site, recordSourcePath(series.id, date));
  return newFileUrl(site, `${meetingRecordsCollection.dir}/${series.id}`, `${date}.md`, recordTemplate(series.title, date));
}
