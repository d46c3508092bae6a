import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { meetingsCollection } from '../collections/registry.ts';
import { formatProblem, parseContentFile } from '../validation/validate.ts';
import { didYouMean } from '../schemas/did-you-mean.ts';
import { wallClockStart } from '../meetings/occurrences.ts';
import { formatInZone } from '../meetings/words.ts';
import { readCommandLine, UsageError } from './command-line.ts';

/**
 * The common edits of a meeting file, for `npm run meeting:cancel` and
 * `npm run meeting:move`: one entry added under `cancelled:` or `moved:`.
 *
 * The file is read with the yaml library's Document API, and the new entry is
 * written with it too, but spliced into the original text rather than
 * re-printing the whole document: re-printing would re-wrap folded text such as
 * the description. Every other byte (comments, quotes, blank lines) stays as it
 * was, which is checked by reading the result back. The result must pass the
 * same schema the build uses before anything is written.
 */
export type MeetingEdit =
  { kind: 'cancel'; date: string; reason: string } | { kind: 'move'; date: string; to: string; start?: string; durationMinutes?: number; reason: string };

export interface MeetingEditResult {
  /** The new text of the file. */
  text: string;
  /** What changed, in words: "cancelled the meeting of Thursday 24 December 2026, 14:00-15:00 UTC (Winter holidays)". */
  summary: string;
  /** The changed lines, as a diff ("+ " added, "- " removed). */
  diff: string[];
}

/** A mistake in what was asked, with what to do instead: printed as is, without a stack. */
export class MeetingEditError extends Error {}

/** The fields of a new entry, in the order a maintainer would write them. */
type Entry = Record<string, string | number>;

/** Applies `edit` to the text of the meeting file `file` (repository-relative, for messages). */
export function applyMeetingEdit(file: string, text: string, edit: MeetingEdit): MeetingEditResult {
  const current = parseContentFile(file, text, meetingsCollection);
  if (!current.entry) {
    throw new MeetingEditError(
      `${file} has problems of its own; fix them first (npm run check lists them):\n${current.problems.map(formatProblem).join('\n')}`,
    );
  }
  const series = current.entry.data;
  const key = edit.kind === 'cancel' ? 'cancelled' : 'moved';

  const cancelled = series.cancelled.find((c) => c.date === edit.date);
  if (cancelled)
    throw new MeetingEditError(
      `the meeting of ${edit.date} is already cancelled (${cancelled.reason}) in ${file}; to change that, edit its entry under cancelled:`,
    );
  const moved = series.moved.find((m) => m.date === edit.date);
  if (moved)
    throw new MeetingEditError(
      `the meeting of ${edit.date} is already moved to ${moved.to} (${moved.reason}) in ${file}; to change that, edit its entry under moved:`,
    );

  let entry: Entry;
  if (edit.kind === 'cancel') {
    entry = { date: edit.date, reason: edit.reason };
  } else {
    if (edit.to === edit.date && edit.start === undefined && edit.durationMinutes === undefined) {
      throw new MeetingEditError(
        `moving the meeting of ${edit.date} to ${edit.to} with the same start and length changes nothing; give another date, or --start HH:MM or --duration MINUTES`,
      );
    }
    entry = { date: edit.date, to: edit.to };
    if (edit.start !== undefined) entry.start = edit.start;
    if (edit.durationMinutes !== undefined) entry.durationMinutes = edit.durationMinutes;
    entry.reason = edit.reason;
  }

  // The same schema as the build, on the file's data with the entry added: every message is the schema's own.
  const raw = parseDocument(text).toJS() as Record<string, unknown>;
  const list = Array.isArray(raw[key]) ? [...(raw[key] as Entry[])] : [];
  const index = insertionIndex(list, entry.date as string);
  list.splice(index, 0, entry);
  const expected = { ...raw, [key]: list };
  const checked = meetingsCollection.schema.safeParse(expected);
  if (!checked.success) {
    const messages = checked.error.issues.map((issue) => `  ${describeArgument(issue.path, key, index)}: ${issue.message}`);
    throw new MeetingEditError(`${file} not changed:\n${messages.join('\n')}`);
  }

  const next = spliceEntry(text, key, entry, index);
  if (!isDeepStrictEqual(parseDocument(next).toJS(), expected)) {
    throw new Error(`the edit of ${file} did not read back as written; edit the file by hand as the contributing guide shows`);
  }
  const reread = parseContentFile(file, next, meetingsCollection);
  if (!reread.entry) throw new MeetingEditError(`${file} not changed:\n${reread.problems.map(formatProblem).join('\n')}`);

  const after = reread.entry.data;
  const zone = after.rule.timeZone;
  const usual = (date: string) => {
    const start = wallClockStart(after, date);
    return formatInZone({ start: start.toJSDate(), end: start.plus({ minutes: after.rule.durationMinutes }).toJSDate() }, zone);
  };
  let summary: string;
  if (edit.kind === 'cancel') {
    summary = `cancelled the meeting of ${usual(edit.date)} (${edit.reason})`;
  } else {
    const start = wallClockStart(after, edit.to, edit.start);
    const end = start.plus({ minutes: edit.durationMinutes ?? after.rule.durationMinutes });
    summary = `moved the meeting of ${usual(edit.date)} to ${formatInZone({ start: start.toJSDate(), end: end.toJSDate() }, zone)} (${edit.reason})`;
  }
  return { text: next, summary, diff: lineDiff(text, next) };
}

/** Where a new entry goes: lists stay in date order. */
function insertionIndex(list: readonly Entry[], date: string): number {
  const later = list.findIndex((e) => typeof e?.date === 'string' && e.date > date);
  return later === -1 ? list.length : later;
}

/** The command-line argument a schema issue is about ("the date", "--start"), or the field for an issue elsewhere in the file. */
function describeArgument(path: readonly PropertyKey[], key: string, index: number): string {
  if (path[0] === key && path[1] === index) {
    const names: Record<string, string> = { date: 'the date', to: 'the new date', start: '--start', durationMinutes: '--duration', reason: 'the reason' };
    return names[String(path[2])] ?? String(path[2]);
  }
  return path.join('.');
}

/** The YAML of `value` as the library writes it, with times of day in quotes as the files write them. */
function yamlOf(value: unknown): string {
  const doc = new Document(value);
  const quoteTimes = (node: unknown) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === 'start' && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
        quoteTimes(pair.value);
      }
    } else if (isSeq(node)) {
      node.items.forEach(quoteTimes);
    }
  };
  quoteTimes(doc.contents);
  return doc.toString();
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl + 1;
};
const indent = (yaml: string, spaces: string) => yaml.replace(/^(?=.)/gm, spaces);

/** The file's text with `entry` at `index` of the list under `key`, everything else as it was. */
function spliceEntry(text: string, key: string, entry: Entry, index: number): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const withEol = (yaml: string) => yaml.replace(/\n/g, eol);
  const doc = parseDocument(text);
  const root = doc.contents as YAMLMap;
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Scalar, unknown> | undefined;

  if (pair && isSeq(pair.value) && !pair.value.flow && pair.value.items.length > 0) {
    // A block list: the new item goes on its own lines, indented like the others.
    const seq = pair.value as YAMLSeq<YAMLMap>;
    const column = seq.range![0] - lineStart(text, seq.range![0]);
    const item = withEol(indent(yamlOf([entry]), ' '.repeat(column)));
    const before = seq.items[index];
    const at = before ? lineStart(text, before.range![0]) : lineEnd(text, seq.items.at(-1)!.range![1] - 1);
    const prefix = at === text.length && !text.endsWith('\n') ? eol : '';
    return text.slice(0, at) + prefix + item + text.slice(at);
  }

  const existing = (pair?.value as { toJSON?: () => unknown } | null | undefined)?.toJSON?.();
  const list = Array.isArray(existing) ? [...(existing as Entry[])] : [];
  list.splice(index, 0, entry);
  const block = withEol(yamlOf({ [key]: list }));
  if (pair) {
    // An empty `cancelled:` or a [flow, list]: written again as a block list in the same place.
    const from = lineStart(text, pair.key.range![0]);
    const valueEnd = (pair.value as { range?: [number, number, number] } | null)?.range?.[1] ?? pair.key.range![1];
    return text.slice(0, from) + indent(block, ' '.repeat(pair.key.range![0] - from)) + text.slice(lineEnd(text, Math.max(valueEnd - 1, pair.key.range![1])));
  }
  // No list yet: it goes at the end of the file, after everything else.
  return text + (text.endsWith('\n') || text === '' ? '' : eol) + block;
}

/** The lines that differ between two texts, as "- old" and "+ new" (the edits here change one place). */
function lineDiff(before: string, after: string): string[] {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [...a.slice(start, a.length - end).map((l) => `- ${l}`), ...b.slice(start, b.length - end).map((l) => `+ ${l}`)];
}

/** The ids of the meeting series under `root` (file names in content/meetings/ without .yaml). */
export function seriesIds(root: string): string[] {
  try {
    return readdirSync(join(root, meetingsCollection.dir))
      .filter((name) => meetingsCollection.extensions.some((ext) => name.endsWith(ext)))
      .map((name) => name.replace(/\.[^.]+$/, ''))
      .sort();
  } catch {
    return [];
  }
}

/** The repository-relative file of series `id`, or an error that lists the series there are. */
export function seriesFile(root: string, id: string): string {
  const ids = seriesIds(root);
  if (ids.includes(id)) return `${meetingsCollection.dir}/${id}.yaml`;
  const hint = didYouMean(id, ids);
  const known = ids.length ? ` series are: ${ids.join(', ')} (files in ${meetingsCollection.dir}/)` : `re is no series in ${meetingsCollection.dir}/ yet`;
  throw new MeetingEditError(`no meeting series "${id}"${hint ? `; did you mean ${hint}? The` : '; the'}${known}`);
}

export const USAGE: Record<MeetingEdit['kind'], string> = {
  cancel: 'npm run meeting:cancel -- <series> <YYYY-MM-DD> "<reason>"\n  e.g. npm run meeting:cancel -- office-hours 2026-12-24 "Winter holidays"',
  move: 'npm run meeting:move -- <series> <YYYY-MM-DD> <new YYYY-MM-DD> [--start HH:MM] [--duration MINUTES] "<reason>"\n  e.g. npm run meeting:move -- office-hours 2027-01-07 2027-01-08 --start 15:00 "KubeCon"',
};

/** The series and the edit asked for on the command line (after `npm run meeting:<kind> --`). */
export function parseMeetingEditArgs(kind: MeetingEdit['kind'], argv: readonly string[]): { series: string; edit: MeetingEdit } {
  const usage = (problem: string) => new UsageError(`${problem}\nusage: ${USAGE[kind]}`);
  const parsed = readCommandLine(argv, kind === 'move' ? ['start', 'duration'] : [], `usage: ${USAGE[kind]}`);
  const positionals = parsed.positionals;
  const expected = kind === 'cancel' ? 3 : 4;
  if (positionals.length !== expected) {
    const what = kind === 'cancel' ? 'the series, the date and the reason' : 'the series, the usual date, the new date and the reason';
    throw usage(`give ${what} (${positionals.length} given; put a reason of several words in quotes)`);
  }
  const [series, date, ...rest] = positionals as [string, string, ...string[]];
  if (kind === 'cancel') return { series, edit: { kind, date, reason: rest[0]! } };
  const { start, duration } = parsed.values;
  const edit: Extract<MeetingEdit, { kind: 'move' }> = { kind, date, to: rest[0]!, reason: rest[1]! };
  if (start !== undefined) edit.start = start;
  // "abc" becomes NaN, which the schema refuses with what to write.
  if (duration !== undefined) edit.durationMinutes = Number(duration);
  return { series, edit };
}
