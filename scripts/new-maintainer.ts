/**
 * Gives a person a role of content/governance.yaml (the first, the default, unless --role names
 * another): writes content/maintainers/<handle>.yaml, or adds the role to the person's file,
 * checked against the roster's schema and the other person files first, then rewrites every
 * generated file (MAINTAINERS.md, CONTRIBUTING.md, GOVERNANCE.md). Nothing is written when
 * anything is wrong.
 *
 * Usage: npm run new:maintainer -- <handle> [--role <role id>] [--name "Full Name"] [--affiliation "Organisation"] [--since YYYY-MM-DD]
 *        (since defaults to today, UTC)
 * Exit status 2 for a usage error, 1 when the roster refuses the edit.
 */
import { runContentCommand } from '../src/edits/content-command.ts';
import { afterNewRole, applyRosterEdit, parseNewMaintainerArgs, planNewMaintainer } from '../src/edits/roster-edits.ts';

process.exitCode = await runContentCommand(
  {
    parse: parseNewMaintainerArgs,
    plan: planNewMaintainer,
    write: async (root, edit, input) => {
      const written = await applyRosterEdit(root, edit);
      return `Wrote ${written.join(', ')}.\nCommit ${written.length > 1 ? 'them' : 'it'} in one pull request${afterNewRole(root, input)}.`;
    },
  },
  process.argv.slice(2),
  process.cwd(),
);
