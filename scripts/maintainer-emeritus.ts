/**
 * Ends a role: sets status: emeritus and emeritusSince in content/maintainers/<handle>.yaml,
 * on the role --role names, or on the one role the person holds (every other field and
 * comment stays), checked before anything is written, then rewrites every generated file
 * (MAINTAINERS.md, CONTRIBUTING.md, GOVERNANCE.md).
 *
 * Usage: npm run maintainer:emeritus -- <handle> [--role <role id>] [--since YYYY-MM-DD]
 *        (since defaults to today, UTC)
 * Exit status 2 for a usage error, 1 when the roster refuses the edit.
 */
import { runContentCommand } from '../src/edits/content-command.ts';
import { applyRosterEdit, parseEmeritusArgs, planEmeritus } from '../src/edits/roster-edits.ts';

process.exitCode = await runContentCommand(
  {
    parse: parseEmeritusArgs,
    plan: (root, input) => planEmeritus(root, input.handle, input),
    write: async (root, edit) => {
      const written = await applyRosterEdit(root, edit);
      return `Wrote ${written.join(', ')}.\nCommit ${written.length > 1 ? 'them' : 'it'} in one pull request.`;
    },
  },
  process.argv.slice(2),
  process.cwd(),
);
