import { gitHistoryAt } from './run.ts';

/**
 * "Last updated" dates for every file, from one `git log` call for the whole build.
 * A file with no history (new, uncommitted, or a shallow clone that cannot see
 * its real last change) gets no date: no date beats a wrong one.
 */
const RECORD = '\u001e';

/** Parses `git log --format=<RS>%cI --name-only` output: newest commit first. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of output.split(RECORD)) {
    const lines = record
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const [date, ...files] = lines;
    if (!date) continue;
    for (const file of files) if (!dates.has(file)) dates.set(file, date);
  }
  return dates;
}

export function readGitDates(root: string): Map<string, string> {
  try {
    const { git } = gitHistoryAt(root);
    if (!git) return new Map();
    const dirty = new Set(
      git(['status', '--porcelain', '--no-renames'])
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(3)),
    );
    const dates = parseGitLog(git(['log', `--format=${RECORD}%cI`, '--name-only', '--no-renames', 'HEAD']).toString('utf8'));
    // A file edited since its last commit has no trustworthy date yet.
    for (const file of dirty) dates.delete(file);
    return dates;
  } catch {
    return new Map();
  }
}

let cached: { root: string; dates: Map<string, string> } | undefined;

/** The dates for `root`, read once per process. */
export function gitDates(root: string): Map<string, string> {
  if (cached?.root !== root) cached = { root, dates: readGitDates(root) };
  return cached.dates;
}
