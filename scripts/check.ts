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
import { formatProblem } from '../src/validation/validate.ts';
import { githubAnnotation } from '../src/checks/github-annotations.ts';
import { runChecks } from '../src/checks/index.ts';

// The checks are listed, and run, in src/checks/index.ts.
const stages = await runChecks(process.cwd());

// Report.
const all = stages.flatMap((s) => s.problems.map((p) => ({ stage: s.name, problem: p })));
for (const stage of stages) {
  const status = stage.skipped
    ? `skipped: ${stage.skipped}`
    : stage.problems.length === 0
      ? 'ok'
      : `${stage.problems.length} problem${stage.problems.length > 1 ? 's' : ''}`;
  console.log(`${stage.name.padEnd(16, ' ')} ${status}`);
}
const notices = stages.flatMap((s) => s.notices ?? []);
if (notices.length > 0) console.log(`\n${notices.join('\n')}`);
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
