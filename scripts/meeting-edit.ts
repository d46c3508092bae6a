/**
 * Cancels or moves one meeting of a series by adding it to the series' file in
 * content/meetings/, so the common edits need no YAML knowledge. The file keeps
 * its comments and layout; the result passes the build's schema before it is
 * written, and what changed is printed.
 *
 * Usage:
 *   npm run meeting:cancel -- <series> <YYYY-MM-DD> "<reason>"
 *   npm run meeting:move -- <series> <YYYY-MM-DD> <new YYYY-MM-DD> [--start HH:MM] [--duration MINUTES] "<reason>"
 * (npm runs this as `node --import ./scripts/require-node.mjs scripts/meeting-edit.ts cancel|move …`.)
 * Exit status 1 for a usage error or an edit the series refuses, each printed as `error: …`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../src/edits/command-line.ts';
import { applyMeetingEdit, MeetingEditError, parseMeetingEditArgs, seriesFile, USAGE, type MeetingEdit } from '../src/edits/meeting-edits.ts';

const root = process.cwd();
const [kind, ...args] = process.argv.slice(2);

try {
  if (kind !== 'cancel' && kind !== 'move') throw new UsageError(`usage:\n  ${USAGE.cancel}\n  ${USAGE.move}`);
  const { series, edit } = parseMeetingEditArgs(kind as MeetingEdit['kind'], args);
  const file = seriesFile(root, series);
  const result = applyMeetingEdit(file, readFileSync(join(root, file), 'utf8'), edit);
  writeFileSync(join(root, file), result.text);
  console.log(`${file}: ${result.summary}.`);
  console.log(result.diff.join('\n'));
  console.log('Commit this file in a pull request: the meetings page, the charter and the calendar feeds follow from it.');
} catch (error) {
  if (!(error instanceof MeetingEditError || error instanceof UsageError)) throw error;
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
}
