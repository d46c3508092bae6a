import { spawn } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { BUILD_PAST_CONTENT_PROBLEMS, validateCollection } from '../validation/validate.ts';
import { buildClock } from '../meetings/clock.ts';
import { occurrencesBetween } from '../meetings/occurrences.ts';
import { problemsFromBuildOutput } from './build-output.ts';
import { groupsCollection, meetingsCollection } from '../collections/registry.ts';
import { recordKey } from '../rules/meeting-record-rules.ts';
import { checkGeneratedFiles, generatedFiles, generatedFilesNotices, staleFilesSummary } from '../generated-files/files.ts';
import type { CheckResult } from './project-check.ts';
import { readProseFiles } from './time-lint/files.ts';
import { lintTimes, type LintOccurrence } from './time-lint/lint.ts';

/** The checks over the whole project that src/checks/index.ts lists, in its order. */

/** How far ahead typed times are compared with the meetings. */
const LINT_MONTHS = 12;

/**
 * The site into dist/ on valid content. On content whose problems the pages can be built past (an
 * image's host, a doc's field: src/checks/content.ts) the pages are built all the same, into a folder
 * deleted afterwards, never dist/, so one run names their broken links too; on any other problem the
 * build would stop where the content check already did.
 */
export async function buildAndLinks(root: string, earlier: readonly (CheckResult & { name: string })[]): Promise<CheckResult> {
  const content = earlier.find((c) => c.name === 'content');
  const contentProblems = (content?.problems.length ?? 0) > 0;
  if (contentProblems && !content?.pagesBuildPast) return { problems: [], skipped: 'the content problems must be fixed first' };
  const throwaway = join(root, '.build', `check-${process.pid}`);
  // A child process, waited for without blocking: the checks after this one run meanwhile.
  const build = spawn(process.execPath, ['scripts/build.ts', ...(contentProblems ? ['--out', throwaway] : [])], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...(contentProblems ? { [BUILD_PAST_CONTENT_PROBLEMS]: '1' } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  build.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  build.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const status = await new Promise<number | null>((resolve, reject) => build.on('error', reject).on('close', resolve));
  rmSync(throwaway, { recursive: true, force: true });
  return { problems: status === 0 ? [] : problemsFromBuildOutput(`${stdout}\n${stderr}`) };
}

/**
 * On GitHub, a maintainer in the web editor cannot run npm run generate:
 * the run's summary shows each stale file's whole new text to paste in.
 */
export async function generatedFilesUpToDate(root: string): Promise<CheckResult> {
  const problems = await checkGeneratedFiles(root, generatedFiles);
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  const summary = summaryFile && problems.length > 0 ? await staleFilesSummary(root, generatedFiles) : undefined;
  if (summaryFile && summary) {
    appendFileSync(summaryFile, `${summary}\n`);
    for (const p of problems) p.message += "; without npm, paste in the text shown in this check's Summary on GitHub";
  }
  return { problems, notices: generatedFilesNotices(root).map((n) => `notice: ${n}`) };
}

/**
 * Compares every zone-bearing time typed in content/ that names a series (in its
 * sentence, its section or its page) with that series' meetings of the next twelve months, computed by the one occurrence module the pages and the
 * feed use. "Now" is the build clock (BUILD_NOW can fix it, as for the pages).
 */
export function typedTimesAgreeWithMeetings(root: string): CheckResult {
  const { entries, problems } = validateCollection(root, meetingsCollection);
  if (problems.length > 0) return { problems: [], skipped: 'the meeting data has content problems (see above)' };
  const from = buildClock();
  const to = DateTime.fromJSDate(from).plus({ months: LINT_MONTHS }).toJSDate();
  const occurrences: LintOccurrence[] = entries.flatMap((entry) => occurrencesBetween({ id: entry.id, ...entry.data }, from, to));
  // A meeting's record speaks of that one meeting (moved, run late), not of the schedule ahead.
  const prose = readProseFiles(root).filter((f) => !isMeetingRecordFile(f.path));
  // A series' group (content/groups/) is one more name prose may call it by; a group file with problems is reported by the content check.
  const groupOf = new Map(validateCollection(root, groupsCollection).entries.flatMap((g) => g.data.meetings.map((id) => [id, g.data.name] as const)));
  const series = entries.map((entry) => {
    const group = groupOf.get(entry.id);
    return { id: entry.id, names: [entry.data.title, ...(group ? [group] : [])] };
  });
  return { problems: lintTimes(prose, occurrences, { series, meetingsDir: meetingsCollection.dir }) };
}

/** content/meetings/<series>/<YYYY-MM-DD>.md */
function isMeetingRecordFile(path: string): boolean {
  const prefix = `${meetingsCollection.dir}/`;
  return path.startsWith(prefix) && path.endsWith('.md') && recordKey(path.slice(prefix.length, -'.md'.length)) !== undefined;
}
