/**
 * Compares two built sites file by file, for changes that must not change the
 * output (a reorganisation, a dependency bump): every file present in both, with
 * the same bytes. Prints each difference and exits 1 when there is any.
 *
 * Usage: node scripts/compare-dist.ts <before dist/> <after dist/> [--rename old=new ...] [--ignore <regex> ...]
 *   --rename: a source path that the output names and that moved on purpose
 *   (src/lib/security.ts=src/site/security.ts); the old path in <before> is read as the new one.
 *   --ignore: text that may differ on purpose, blanked on both sides, e.g. the
 *   "Last updated" date of a doc whose import line was edited: 'Last updated <time[^<]*</time>'.
 *
 * Build both with the same BUILD_NOW (the meetings page prints the build's day).
 */
import { compareTrees } from '../src/tooling/compare-trees.ts';

const args = process.argv.slice(2);
const renames: [string, string][] = [];
const ignore: RegExp[] = [];
const dirs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rename') {
    const [from, to] = (args[++i] ?? '').split('=');
    if (!from || !to) usage();
    renames.push([from, to]);
  } else if (args[i] === '--ignore') {
    ignore.push(new RegExp(args[++i] ?? usage(), 'g'));
  } else {
    dirs.push(args[i]!);
  }
}
if (dirs.length !== 2) usage();

const differences = compareTrees(dirs[0]!, dirs[1]!, renames, ignore);
for (const d of differences) console.log(d);
console.log(differences.length === 0 ? `Identical: ${dirs[0]} and ${dirs[1]}.` : `\n${differences.length} difference${differences.length > 1 ? 's' : ''}.`);
process.exitCode = differences.length === 0 ? 0 : 1;

function usage(): never {
  console.error('usage: node scripts/compare-dist.ts <before dist/> <after dist/> [--rename old=new ...] [--ignore <regex> ...]');
  process.exit(2);
}
