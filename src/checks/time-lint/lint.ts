import { DateTime } from 'luxon';
import type { ContentProblem } from '../../validation/validate.ts';
import { findTimeMentions, type ClockTime, type TimeMention } from './mentions.ts';
import { proseChunks } from './prose.ts';

/**
 * The time lint: a meeting time typed into prose states a fact twice, and the
 * copy drifts (a time in ET is right in summer and wrong in winter against a
 * meeting held at 14:00 UTC). A time of day in the prose of content/ that names a
 * zone is compared with a series only when its sentence (a table's row), its
 * section's heading or its page names that series (its title, its id, or its
 * group): the narrowest that names any. Every other time is the author's own. One
 * that disagrees with the data on any date is an error that names the series,
 * the first such day, what the data says then, and what to write instead.
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

/** A series as prose may name it. */
export interface LintSeries {
  id: string;
  /** Its title first, then any other name prose may call it by (its group's). */
  names: readonly string[];
}

export interface TimeLintOptions {
  /** The series and their names; a series of the occurrences left out is named by its id alone. */
  series?: readonly LintSeries[];
  /** Where a series' file is, for the fix in a file that cannot hold a component (default content/meetings). */
  meetingsDir?: string;
  /** Component name for the fix in the message (default MEETING_TIME_COMPONENT). */
  component?: string;
  /** Whether the file can hold a component (MDX); in a YAML file the fix is to drop the time. */
  inComponentFile?: boolean;
}

export function lintTimes(files: readonly ProseFile[], occurrences: readonly LintOccurrence[], options: TimeLintOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const series = groupBySeries(occurrences);
  if (series.size === 0) return problems; // nothing to compare with
  const known = new Map((options.series ?? []).map((s) => [s.id, s]));
  const named = [...series.keys()].map((id) => namePattern(known.get(id) ?? { id, names: [] }));
  for (const file of files) {
    const lineStarts = lineStartsOf(file.text);
    for (const chunk of proseChunks(file.path, file.text)) {
      for (const mention of findTimeMentions(chunk.text)) {
        const sentence = sentenceAround(chunk.text, mention.index, mention.index + mention.text.length);
        const scope = [sentence, ...chunk.context].map((text) => named.filter((n) => n.pattern.test(text))).find((ids) => ids.length > 0);
        if (!scope) continue; // the author's own time, about no series of the data
        const inScope = new Map(scope.map((n) => [n.id, series.get(n.id)!]));
        const message = checkMention(mention, inScope, {
          ...options,
          titles: new Map(scope.map((n) => [n.id, n.title])),
          inComponentFile: file.path.endsWith('.mdx'),
        });
        if (message) problems.push({ file: file.path, line: lineAt(lineStarts, chunk.offset + mention.index), message });
      }
    }
  }
  return problems;
}

/** A series' names as one pattern: its title, its id, the id's words ("office hours"), its group; whole words, any case. */
function namePattern(series: LintSeries): { id: string; title: string; pattern: RegExp } {
  const names = [...series.names, series.id, series.id.replace(/[-_]+/g, ' ')].filter((n) => n.trim() !== '');
  const words = (name: string) =>
    name
      .trim()
      .split(/[\s_-]+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s_-]+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(names)].map(words).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return { id: series.id, title: series.names[0] ?? series.id, pattern };
}

/** Abbreviations whose full stop ends no sentence: "10 a.m. Eastern", "e.g. Tuesday". */
const NOT_A_SENTENCE_END = /(?:^|[\s(])(?:a\.m|p\.m|e\.g|i\.e|etc|vs|approx|no|[A-Za-z])$/;

/** The sentence of `text` that holds [from, to): from the end of the one before to the end of its own. */
export function sentenceAround(text: string, from: number, to: number): string {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?]+(?=\s)|\n[ \t]*\n/g)) {
    if (m[0].startsWith('.') && NOT_A_SENTENCE_END.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    ends.push(m.index + m[0].length);
  }
  const start = Math.max(0, ...ends.filter((e) => e <= from));
  const end = Math.min(text.length, ...ends.filter((e) => e >= to));
  return text.slice(start, end);
}

/** The error for one mention, or undefined when some meeting series agrees with it on every date. */
export function checkMention(
  mention: TimeMention,
  series: ReadonlyMap<string, readonly LintOccurrence[]>,
  options: TimeLintOptions & { titles?: ReadonlyMap<string, string> } = {},
): string | undefined {
  const component = options.component ?? MEETING_TIME_COMPONENT;
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
  const first = wrong[0]!;
  const title = options.titles?.get(seriesId);
  const name = title && title !== seriesId ? `${title} (${seriesId})` : seriesId;
  const day = local(first.start, mention).setLocale('en').toFormat('cccc d LLLL yyyy');
  const others = wrong.length - 1;
  const more =
    others === 0
      ? ''
      : wrong.length === regular.length
        ? `, and on each of its other ${others} meetings ahead`
        : `, and on ${others} more of its ${regular.length} meetings ahead`;
  const fix = fixFor(component, seriesId, mention, options.inComponentFile ?? true, options.meetingsDir ?? 'content/meetings');
  return `"${mention.text}" is wrong for ${name} on ${day}, when the data says ${whatTheDataSays(mention, first)}${more}; ${fix}`;
}

/** What to write instead: the component with this series' id (and the reader's zone the mention meant), or, where no component can go, nothing. */
function fixFor(component: string, seriesId: string, mention: TimeMention, inComponentFile: boolean, meetingsDir: string): string {
  if (!inComponentFile)
    return `remove the time: the meetings page, the charter and the feeds show it from rule.start and rule.timeZone of ${meetingsDir}/${seriesId}.yaml, in every reader's zone`;
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

/** "09:00 in New York", on the clock the mention was written in, with the weekday and the end when the mention gives them. */
function whatTheDataSays(mention: TimeMention, o: LintOccurrence): string {
  const zone = mention.zone.luxonZone;
  const s = DateTime.fromJSDate(o.start, { zone }).setLocale('en');
  const e = DateTime.fromJSDate(o.end, { zone });
  return `${mention.weekday !== undefined ? `${s.toFormat('cccc')} ` : ''}${s.toFormat('HH:mm')}${mention.end ? `-${e.toFormat('HH:mm')}` : ''} ${mention.zone.label}`;
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
