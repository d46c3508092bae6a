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
import { runContentCommand } from '../src/edits/content-command.ts';
import { applyRosterEdit, parseNewMaintainerArgs, planNewMaintainer } from '../src/edits/roster-edits.ts';

process.exitCode = await runContentCommand(
  {
    parse: parseNewMaintainerArgs,
    plan: planNewMaintainer,
    write: async (root, edit, input) => {
      const written = await applyRosterEdit(root, edit);
      return `Wrote ${written.join(', ')}.\nCommit ${written.length > 1 ? 'them' : 'it'} in one pull request, linking the New Maintainer Proposal whose vote approved ${input.handle}.`;
    },
  },
  process.argv.slice(2),
  process.cwd(),
);
