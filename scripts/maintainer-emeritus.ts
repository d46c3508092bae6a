/**
 * Moves a maintainer to emeritus: sets status: emeritus and emeritusSince in
 * content/maintainers/<handle>.yaml (every other field and comment stays), checked
 * before anything is written, then rewrites every generated file
 * (MAINTAINERS.md, CONTRIBUTING.md).
 *
 * Usage: npm run maintainer:emeritus -- <handle> [--since YYYY-MM-DD]
 *        (since defaults to today, UTC)
 */
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/content/validate.ts';
import { applyRosterEdit, planEmeritus } from '../src/edits/roster-edits.ts';

const USAGE = 'usage: npm run maintainer:emeritus -- <handle> [--since YYYY-MM-DD]';

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { since: { type: 'string' } } });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
const [handle, ...extra] = args.positionals;
if (!handle || extra.length > 0) {
  console.error(`${handle ? `one handle at a time (got ${args.positionals.join(', ')})` : 'the GitHub handle is missing'}\n${USAGE}`);
  process.exit(2);
}

const root = process.cwd();
const plan = planEmeritus(root, handle, { since: args.values.since });
if (!plan.edit) {
  for (const p of plan.problems) console.error(formatProblem(p));
  console.error(`\nNothing was written.`);
  process.exit(1);
}
const written = await applyRosterEdit(root, plan.edit);
console.log(`Wrote ${written.join(', ')}.\nCommit ${written.length > 1 ? 'them' : 'it'} in one pull request.`);
