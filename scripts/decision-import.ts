/**
 * Records a vote held with GitVote: reads its "Vote closed" comment, saved from the issue as Markdown,
 * and writes content/decisions/<opened>-<kind>-<subject>.md with every binding vote and the outcome the
 * charter's rule gives for the roster of the closing day; then prints, one line each, every place
 * where GitVote's verdict and the charter's differ. Nothing is written when anything is wrong.
 *
 * Usage: npm run decision:import -- <comment.md> --rule <rule> --subject <subject> --at <URL> --opened YYYY-MM-DD --closed YYYY-MM-DD
 * Exit status 2 for a usage error, 1 when the file cannot be written.
 */
import { runContentCommand } from '../src/edits/content-command.ts';
import { parseImportArgs, planImportFromFile } from '../src/edits/decision-import.ts';
import { writeDecision } from '../src/edits/decision-edits.ts';

process.exitCode = await runContentCommand(
  {
    parse: parseImportArgs,
    plan: (root, input) => {
      const plan = planImportFromFile(root, input);
      return { edit: plan.file === undefined ? undefined : plan, problems: plan.problems };
    },
    write: (root, plan) => {
      writeDecision(root, plan);
      const differences =
        plan.differences.length === 0
          ? "GitVote's verdict and the charter's agree."
          : `Where GitVote's verdict and the charter's differ:\n${plan.differences.map((d) => `- ${d}`).join('\n')}`;
      return `Wrote ${plan.file}.\n${differences}`;
    },
  },
  process.argv.slice(2),
  process.cwd(),
);
