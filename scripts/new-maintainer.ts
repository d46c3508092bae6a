/**
 * Adds an active maintainer: writes content/maintainers/<handle>.yaml, checked
 * against the roster's schema and the other maintainer files first, then
 * rewrites every generated file (MAINTAINERS.md, CONTRIBUTING.md). Nothing is
 * written when anything is wrong.
 *
 * Usage: npm run new:maintainer -- <handle> [--name "Full Name"] [--affiliation "Organisation"] [--since YYYY-MM-DD]
 *        (since defaults to today, UTC)
 */
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/content/validate.ts';
import { applyRosterEdit, planNewMaintainer } from '../src/edits/roster-edits.ts';

const USAGE = 'usage: npm run new:maintainer -- <handle> [--name "Full Name"] [--affiliation "Organisation"] [--since YYYY-MM-DD]';

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, affiliation: { type: 'string' }, since: { type: 'string' } },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
const [handle, ...extra] = args.positionals;
if (!handle || extra.length > 0) {
  console.error(`${handle ? `one handle at a time (got ${args.positionals.join(', ')}); put a name with spaces in quotes` : 'the GitHub handle is missing'}\n${USAGE}`);
  process.exit(2);
}

const root = process.cwd();
const plan = planNewMaintainer(root, { handle, ...args.values });
if (!plan.edit) {
  for (const p of plan.problems) console.error(formatProblem(p));
  console.error(`\nNothing was written.`);
  process.exit(1);
}
const written = await applyRosterEdit(root, plan.edit);
console.log(`Wrote ${written.join(', ')}.\nCommit ${written.length > 1 ? 'them' : 'it'} in one pull request, linking the New Maintainer Proposal whose vote approved ${handle}.`);
