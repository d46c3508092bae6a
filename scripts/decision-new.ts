/**
 * Records a vote that has just opened under a rule of content/governance.yaml: writes
 * content/decisions/<opened>-<rule>-<subject>.md
 * with no vote yet, checked first against the decisions' schema, the roster and the
 * project's repositories (content/site.yaml). Nothing is written when anything is wrong.
 *
 * Usage: npm run decision:new -- <rule> <subject> --at <issue or pull request URL> [--opened YYYY-MM-DD]
 * Exit status 2 for a usage error, 1 when the file would not pass the check.
 */
import { runContentCommand } from '../src/edits/content-command.ts';
import { parseNewDecisionArgs, planNewDecision, writeDecision } from '../src/edits/decision-edits.ts';

process.exitCode = await runContentCommand(
  {
    parse: parseNewDecisionArgs,
    plan: (root, input) => {
      const plan = planNewDecision(root, input);
      return { edit: plan.file === undefined ? undefined : { file: plan.file, text: plan.text }, problems: plan.problems };
    },
    write: (root, plan) => {
      writeDecision(root, plan);
      return `Wrote ${plan.file}.\nEdit its motion if needed, list each vote under votes: as the maintainers vote, and add closed: and outcome: when the vote closes.`;
    },
  },
  process.argv.slice(2),
  process.cwd(),
);
