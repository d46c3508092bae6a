/**
 * Moves a maintainer to emeritus: sets status: emeritus and emeritusSince in
 * content/maintainers/<handle>.yaml (every other field and comment stays), checked
 * before anything is written, then rewrites every generated file
 * (MAINTAINERS.md, CONTRIBUTING.md, GOVERNANCE.md).
 *
 * Usage: npm run maintainer:emeritus -- <handle> [--since YYYY-MM-DD]
 *        (since defaults to today, UTC)
 * Exit status 2 for a usage error, 1 when the roster refuses the edit.
 */
import { formatProblem } from '../src/validation/validate.ts';
import { UsageError } from '../src/edits/command-line.ts';
import { applyRosterEdit, parseEmeritusArgs, planEmeritus } from '../src/edits/roster-edits.ts';

let input;
try {
  input = parseEmeritusArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const root = process.cwd();
const plan = planEmeritus(root, input.handle, { since: input.since });
if (!plan.edit) {
  for (const p of plan.problems) console.error(formatProblem(p));
  console.error(`\nNothing was written.`);
  process.exit(1);
}
const written = await applyRosterEdit(root, plan.edit);
console.log(`Wrote ${written.join(', ')}.\nCommit ${written.length > 1 ? 'them' : 'it'} in one pull request.`);
