/**
 * Adds an active maintainer: writes content/maintainers/<handle>.yaml, checked
 * against the roster's schema and the other maintainer files first, then
 * rewrites every generated file (MAINTAINERS.md, CONTRIBUTING.md, GOVERNANCE.md). Nothing is
 * written when anything is wrong.
 *
 * Usage: npm run new:maintainer -- <handle> [--name "Full Name"] [--affiliation "Organisation"] [--since YYYY-MM-DD]
 *        (since defaults to today, UTC)
 * Exit status 2 for a usage error, 1 when the roster refuses the edit.
 */
import { formatProblem } from '../src/validation/validate.ts';
import { UsageError } from '../src/edits/command-line.ts';
import { applyRosterEdit, parseNewMaintainerArgs, planNewMaintainer } from '../src/edits/roster-edits.ts';

let input;
try {
  input = parseNewMaintainerArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const root = process.cwd();
const plan = planNewMaintainer(root, input);
if (!plan.edit) {
  for (const p of plan.problems) console.error(formatProblem(p));
  console.error(`\nNothing was written.`);
  process.exit(1);
}
const written = await applyRosterEdit(root, plan.edit);
console.log(
  `Wrote ${written.join(', ')}.\nCommit ${written.length > 1 ? 'them' : 'it'} in one pull request, linking the New Maintainer Proposal whose vote approved ${input.handle}.`,
);
