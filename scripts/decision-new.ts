/**
 * Records a vote that has just opened: writes content/decisions/<opened>-<kind>-<subject>.md
 * with no vote yet, checked first against the decisions' schema, the roster and the
 * project's repositories (content/site.yaml). Nothing is written when anything is wrong.
 *
 * Usage: npm run decision:new -- <kind> <subject> --at <issue or pull request URL> [--rule <rule>] [--opened YYYY-MM-DD]
 * Exit status 2 for a usage error, 1 when the file would not pass the check.
 */
import { formatProblem } from '../src/validation/validate.ts';
import { UsageError } from '../src/edits/command-line.ts';
import { parseNewDecisionArgs, planNewDecision, writeDecision } from '../src/edits/decision-edits.ts';

let input;
try {
  input = parseNewDecisionArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const root = process.cwd();
const plan = planNewDecision(root, input);
if (!plan.file) {
  for (const p of plan.problems) console.error(formatProblem(p));
  console.error(`\nNothing was written.`);
  process.exit(1);
}
writeDecision(root, plan);
console.log(
  `Wrote ${plan.file}.\nEdit its motion if needed, list each vote under votes: as the maintainers vote, and add closed: and outcome: when the vote closes.`,
);
