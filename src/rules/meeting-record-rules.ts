import type { ContentEntry, ContentProblem } from '../validation/validate.ts';
import type { MeetingRecordData } from '../schemas/meeting-record.ts';
import type { MeetingSeries } from '../schemas/meeting.ts';
import { calendarDateProblem } from '../schemas/calendar-date.ts';
import { didYouMean } from '../schemas/did-you-mean.ts';
import { cycleInWords, isScheduledDate, nearestScheduledDates } from '../meetings/occurrences.ts';

/**
 * Checks of the meeting records (content/meetings/<series>/<YYYY-MM-DD>.md) against
 * the series they belong to, listed in src/rules/index.ts. The dates they compare are
 * computed by the one occurrence module the pages and the feeds use.
 */
export interface KnownSeries {
  /** Every series with a file in content/meetings/, valid or not (an invalid one is reported by its own file). */
  ids: readonly string[];
  /** The series whose file is valid, by id. */
  valid: ReadonlyMap<string, MeetingSeries>;
  /** Where the series files live ("content/meetings"). */
  dir: string;
}

export type RecordRule = (entries: readonly ContentEntry<MeetingRecordData>[], series: KnownSeries) => ContentProblem[];

/** "office-hours/2026-12-10" → its series and date, when the record sits where records go. */
export function recordKey(id: string): { seriesId: string; date: string } | undefined {
  const match = /^([^/]+)\/(\d{4}-\d{2}-\d{2})$/.exec(id);
  return match && calendarDateProblem(match[2]!) === undefined ? { seriesId: match[1]!, date: match[2]! } : undefined;
}

/** A record is a file named after its meeting's date, in the folder of its series. */
export const recordNamedAfterItsDate: RecordRule = (entries, series) =>
  entries
    .filter((e) => recordKey(e.id) === undefined)
    .map((e) => {
      const parts = e.id.split('/');
      const inFolder = parts.length === 2;
      const where = inFolder ? '' : ` in the folder of its series, ${series.dir}/<series>/`;
      return {
        file: e.file,
        message: `a meeting record is named after the date of its meeting${where}; rename it to YYYY-MM-DD.md, e.g. ${series.dir}/${inFolder ? parts[0] : (series.ids[0] ?? 'office-hours')}/2026-12-10.md`,
      };
    });

/** A record's folder is a series that exists. */
export const recordSeriesExists: RecordRule = (entries, series) =>
  entries.flatMap((e) => {
    const key = recordKey(e.id);
    if (!key || series.ids.includes(key.seriesId)) return [];
    const hint = didYouMean(key.seriesId, series.ids);
    return [
      {
        file: e.file,
        message: `there is no meeting series "${key.seriesId}" (no file ${series.dir}/${key.seriesId}.yaml)${hint ? `; did you mean ${hint}?` : ''} Move the record into the folder of one of: ${series.ids.join(', ') || 'none yet'}`,
      },
    ];
  });

/** A record's date is a date the series meets on (its usual date for a moved meeting), or one of its extra sessions. */
export const recordDateIsAMeeting: RecordRule = (entries, series) =>
  entries.flatMap((e) => {
    const key = recordKey(e.id);
    const s = key && series.valid.get(key.seriesId);
    if (!key || !s) return [];
    if (isScheduledDate(s, key.date) || s.extra.some((x) => x.date === key.date)) return [];
    const movedHere = s.moved.find((m) => m.to === key.date);
    if (movedHere) {
      return [
        {
          file: e.file,
          message: `${key.date} is where the meeting of ${movedHere.date} was moved; name the record after the meeting's usual date, ${series.dir}/${key.seriesId}/${movedHere.date}.md`,
        },
      ];
    }
    const nearest = nearestScheduledDates(s, key.date);
    const rule = `${cycleInWords(s.rule)} from ${s.firstOccurrence}${s.until ? ` to ${s.until}` : ''}`;
    return [
      {
        file: e.file,
        message: `${key.date} is not a meeting of ${key.seriesId} (${rule})${nearest.length ? `; the nearest are ${nearest.join(' and ')}: rename the file to one of ${nearest.map((d) => `${d}.md`).join(', ')}` : ''}`,
      },
    ];
  });

const lineAt = (e: ContentEntry<unknown>, path: readonly PropertyKey[]) => {
  const line = e.lineOf(path);
  return line === undefined ? {} : { line };
};

/** Each person who attended is listed once (handles ignore case). */
export const attendeesListedOnce: RecordRule = (entries) =>
  entries.flatMap((e) =>
    (e.data.attended ?? []).flatMap((handle, i, all) => {
      const first = all.findIndex((h) => h.toLowerCase() === handle.toLowerCase());
      return first < i
        ? [{ file: e.file, ...lineAt(e, ['attended', i]), message: `attended.${i}: ${handle} is listed already (attended.${first}); remove this line` }]
        : [];
    }),
  );

/** Nobody attended a meeting that was cancelled. */
export const noAttendanceAtCancelledMeeting: RecordRule = (entries, series) =>
  entries.flatMap((e) => {
    const key = recordKey(e.id);
    const s = key && series.valid.get(key.seriesId);
    const cancelled = s && s.cancelled.find((c) => c.date === key.date);
    if (!cancelled || !e.data.attended?.length) return [];
    return [
      {
        file: e.file,
        ...lineAt(e, ['attended']),
        message: `attended: the meeting of ${key.date} is cancelled (${cancelled.reason}); remove attended, or take the date out of cancelled in ${series.dir}/${key.seriesId}.yaml if it was held`,
      },
    ];
  });
