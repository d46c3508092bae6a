import { DateTime } from 'luxon';
import type { ContentProblem } from '../../validation/validate.ts';
import { findTimeMentions, type ClockTime, type TimeMention } from './mentions.ts';
import { proseChunks } from './prose.ts';

/**
 * The time lint: a meeting time typed into prose states a fact twice, and the
 * copy drifts (a time in ET is right in summer and wrong in winter against a
 * meeting held at 14:00 UTC). Every time of day in the prose of content/ that
 * names a zone is compared with the meeting data; one that disagrees with it on
 * any date is an error that names those dates and what the data says then.
 */

/** The component that shows a meeting's time from the data; named once, here. */
export const MEETING_TIME_COMPONENT = 'MeetingWhen';

export interface LintOccurrence {
  seriesId: string;
  start: Date;
  end: Date;
  /** Occurrences that are not "scheduled" are exceptions: a mention of the regular time is not measured against them. */
  status?: 'scheduled' | 'cancelled' | 'moved' | 'extra';
}

export interface ProseFile {
  /** Repository-relative path, e.g. content/docs/governance.mdx. */
  path: string;
  text: string;
}

export interface TimeLintOptions {
  /** Component name for the fix in the message (default MEETING_TIME_COMPONENT). */
  component?: string;
  /** How many wrong dates a message lists before "…" (default 6). */
  maxDates?: number;
  /** Whether the file can hold a component (MDX); in a YAML file the fix is to drop the time. */
  inComponentFile?: boolean;
}

export function lintTimes(files: readonly ProseFile[], occurrences: readonly LintOccurrence[], options: TimeLintOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const series = groupBySeries(occurrences);
  if (series.size === 0) return problems; // nothing to compare with
  for (const file of files) {
    const lineStarts = lineStartsOf(file.text);
    for (const chunk of proseChunks(file.path, file.text)) {
      for (const mention of findTimeMentions(chunk.text)) {
        const message = checkMention(mention, series, { ...options, inComponentFile: file.path.endsWith('.mdx') });
        if (message) problems.push({ file: file.path, line: lineAt(lineStarts, chunk.offset + mention.index), message });
      }
    }
  }
  return problems;
}

/** The error for one mention, or undefined when some meeting series agrees with it on every date. */
export function checkMention(mention: TimeMention, series: ReadonlyMap<string, readonly LintOccurrence[]>, options: TimeLintOptions = {}): string | undefined {
  const component = options.component ?? MEETING_TIME_COMPONENT;
  const maxDates = options.maxDates ?? 6;
  const candidates: { seriesId: string; wrong: LintOccurrence[]; regular: LintOccurrence[]; distance: number[] }[] = [];
  for (const [seriesId, all] of series) {
    const concerned = all.filter((o) => speaksOf(mention, o));
    const regular = concerned.filter((o) => (o.status ?? 'scheduled') === 'scheduled');
    // A time that matches a moved or extra meeting is about that one meeting.
    if (concerned.some((o) => (o.status === 'moved' || o.status === 'extra') && agrees(mention, o))) return undefined;
    if (regular.length === 0) continue;
    const wrong = regular.filter((o) => !agrees(mention, o));
    if (wrong.length === 0) return undefined;
    candidates.push({ seriesId, wrong, regular, distance: distanceTo(mention, regular, wrong) });
  }
  // The series the mention most likely means: right most often, then on the right weekday, then nearest in time.
  const closest = candidates.sort((a, b) => a.distance[0]! - b.distance[0]! || a.distance[1]! - b.distance[1]! || a.distance[2]! - b.distance[2]!)[0];
  if (!closest) return undefined; // a date no meeting falls on (e.g. a past one): not a statement about the schedule

  const { seriesId, wrong, regular } = closest;
  const dates = wrong.map((o) => local(o.start, mention).toISODate());
  const listed = `${dates.slice(0, maxDates).join(', ')}${dates.length > maxDates ? ', …' : ''}`;
  const count = wrong.length === regular.length ? `all ${regular.length} meetings` : `${wrong.length} of ${regular.length} meetings`;
  const saysThen = [...new Set(wrong.map((o) => whatTheDataSays(mention, o)))].join('; ');
  const fix = fixFor(component, seriesId, mention, options.inComponentFile ?? true);
  return `"${mention.text}" disagrees with the ${seriesId} series on ${listed} (${count}; ${saysThen}${wrong.length === regular.length ? '' : ' then'}); ${fix}`;
}

/** What to write instead: the component with this series' id (and the reader's zone the mention meant), or, where no component can go, nothing. */
function fixFor(component: string, seriesId: string, mention: TimeMention, inComponentFile: boolean): string {
  if (!inComponentFile) return `remove the time: the meetings page, the charter and the feeds show it from the series' data, in every reader's zone`;
  const zone = mention.zone.luxonZone;
  const alsoIn = zone.includes('/') ? ` alsoIn="${zone}"` : '';
  return `write <${component} id="${seriesId}"${alsoIn} /> instead of typing the time`;
}

/** Whether a mention speaks of this occurrence: a mention with a date speaks of that day only. */
function speaksOf(mention: TimeMention, o: LintOccurrence): boolean {
  if (!mention.date) return true;
  const day = local(o.start, mention);
  return day.month === mention.date.month && day.day === mention.date.day && (mention.date.year === undefined || day.year === mention.date.year);
}

function agrees(mention: TimeMention, o: LintOccurrence): boolean {
  const start = local(o.start, mention);
  if (!sameClock(start, mention.start)) return false;
  if (mention.weekday !== undefined && start.weekday % 7 !== mention.weekday) return false;
  if (mention.end && !sameClock(local(o.end, mention), mention.end)) return false;
  return true;
}

/** [share of wrong dates, share on another weekday, smallest gap in minutes between the written and the real start]. */
function distanceTo(mention: TimeMention, regular: readonly LintOccurrence[], wrong: readonly LintOccurrence[]): number[] {
  const starts = regular.map((o) => local(o.start, mention));
  const otherDay = mention.weekday === undefined ? 0 : starts.filter((s) => s.weekday % 7 !== mention.weekday).length / starts.length;
  const written = mention.start.hour * 60 + mention.start.minute;
  const gap = Math.min(...starts.map((s) => Math.abs(s.hour * 60 + s.minute - written)));
  return [wrong.length / regular.length, otherDay, gap];
}

function sameClock(t: DateTime, c: ClockTime): boolean {
  return t.hour === c.hour && t.minute === c.minute;
}

function local(d: Date, mention: TimeMention): DateTime {
  return DateTime.fromJSDate(d, { zone: mention.zone.luxonZone });
}

/** "14:00 UTC is 09:00 in New York", with the weekday and the end when the mention gives them. */
function whatTheDataSays(mention: TimeMention, o: LintOccurrence): string {
  const show = (zone: string) => {
    const s = DateTime.fromJSDate(o.start, { zone });
    const e = DateTime.fromJSDate(o.end, { zone });
    return `${mention.weekday !== undefined ? `${s.toFormat('cccc')} ` : ''}${s.toFormat('HH:mm')}${mention.end ? `-${e.toFormat('HH:mm')}` : ''}`;
  };
  const utc = `${show('UTC')} UTC`;
  return mention.zone.luxonZone === 'UTC' ? `the meeting is at ${utc}` : `${utc} is ${show(mention.zone.luxonZone)} ${mention.zone.label}`;
}

function groupBySeries(occurrences: readonly LintOccurrence[]): Map<string, LintOccurrence[]> {
  const series = new Map<string, LintOccurrence[]>();
  for (const o of [...occurrences].sort((a, b) => a.start.getTime() - b.start.getTime())) {
    const list = series.get(o.seriesId) ?? [];
    list.push(o);
    series.set(o.seriesId, list);
  }
  return series;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
