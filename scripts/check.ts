/**
 * `npm run check`: everything a pull request needs before merge, in one run,
 * reporting every problem at once as `path:line: message` with the fix:
 *
 *   1. content: every file of every collection against its schema;
 *   2. build: the whole site (scripts/build.ts, so dist/ is replaced only on
 *      success) with its check of every internal link and #fragment;
 *   3. generated files: MAINTAINERS.md, CONTRIBUTING.md … match content/ (under
 *      GitHub Actions the run's summary shows the text of each stale one);
 *   4. time lint: no time of day typed in content/ disagrees with the meetings.
 *
 * Under GitHub Actions (GITHUB_ACTIONS=true) each problem is also printed as a
 * workflow annotation, so the pull request shows it on its line.
 * Exit status 1 when there is any problem.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { meetingsCollection } from '../src/checks/collections.ts';
import { buildClock } from '../src/meetings/clock.ts';
import { occurrencesBetween } from '../src/meetings/occurrences.ts';
import { formatProblem, validateCollection, type ContentProblem } from '../src/content/validate.ts';
import { problemsFromBuildOutput } from '../src/checks/build-output.ts';
import { checkGeneratedFiles, generatedFiles, staleFilesSummary } from '../src/checks/generated-files.ts';
import { githubAnnotation } from '../src/checks/github-annotations.ts';
import { readProseFiles } from '../src/checks/time-lint/files.ts';
import { lintTimes, type LintOccurrence } from '../src/checks/time-lint/lint.ts';
import { validateAllContent } from '../src/checks/content.ts';

const root = process.cwd();
/** How far ahead typed times are compared with the meetings. */
const LINT_MONTHS = 12;

interface Stage {
  name: string;
  problems: ContentProblem[];
  /** Why the stage did not run, when it did not. */
  skipped?: string;
}

const stages: Stage[] = [];

// 1. Content.
const contentProblems = validateAllContent(root);
stages.push({ name: 'content', problems: contentProblems });

// 2. Build and links: only on valid content, which the build would refuse with the same messages.
if (contentProblems.length > 0) {
  stages.push({ name: 'build and links', problems: [], skipped: 'the content problems must be fixed first' });
} else {
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  const output = `${build.stdout ?? ''}\n${build.stderr ?? ''}`;
  stages.push({ name: 'build and links', problems: build.status === 0 ? [] : problemsFromBuildOutput(output) });
}

// 3. Generated files. On GitHub, a maintainer in the web editor cannot run npm run generate:
// the run's summary shows each stale file's whole new text to paste in.
const generatedProblems = await checkGeneratedFiles(root, generatedFiles);
const summaryFile = process.env.GITHUB_STEP_SUMMARY;
const summary = summaryFile && generatedProblems.length > 0 ? await staleFilesSummary(root, generatedFiles) : undefined;
if (summaryFile && summary) {
  appendFileSync(summaryFile, `${summary}\n`);
  for (const p of generatedProblems) p.message += "; without npm, paste in the text shown in this check's Summary on GitHub";
}
stages.push({ name: 'generated files', problems: generatedProblems });

// 4. Time lint.
stages.push(await timeLint());

// Report.
const all = stages.flatMap((s) => s.problems.map((p) => ({ stage: s.name, problem: p })));
for (const stage of stages) {
  const status = stage.skipped ? `skipped: ${stage.skipped}` : stage.problems.length === 0 ? 'ok' : `${stage.problems.length} problem${stage.problems.length > 1 ? 's' : ''}`;
  console.log(`${stage.name.padEnd(16, ' ')} ${status}`);
}
if (all.length > 0) {
  console.log('');
  for (const { problem } of all) console.log(problem.file ? formatProblem(problem) : `error: ${problem.message}`);
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const { stage, problem } of all) console.log(githubAnnotation(problem, `npm run check: ${stage}`));
  }
  console.log(`\n${all.length} problem${all.length > 1 ? 's' : ''}. Fix ${all.length > 1 ? 'them' : 'it'} and run npm run check again.`);
  process.exitCode = 1;
} else {
  console.log('\nAll checks passed.');
}

/**
 * Compares every zone-bearing time typed in content/ with the meetings of the
 * next twelve months, computed by the one occurrence module the pages and the
 * feed use. "Now" is the build clock (MEETINGS_NOW can fix it, as for the pages).
 */
async function timeLint(): Promise<Stage> {
  const name = 'time lint';
  const { entries, problems } = validateCollection(root, meetingsCollection);
  if (problems.length > 0) return { name, problems: [], skipped: 'the meeting data has content problems (see above)' };
  const from = buildClock();
  const to = DateTime.fromJSDate(from).plus({ months: LINT_MONTHS }).toJSDate();
  const occurrences: LintOccurrence[] = entries.flatMap((entry) => occurrencesBetween({ id: entry.id, ...entry.data }, from, to));
  return { name, problems: lintTimes(readProseFiles(root), occurrences) };
}
