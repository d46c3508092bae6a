import { blobTexts, gitHistoryAt } from './run.ts';

/**
 * The charter file's history from git, in four calls for the whole history (never one per
 * version): is the clone shallow; `git log --follow --raw` for the commits that touched the
 * file (following renames) and each one's blob ids before and after; `git log` of every
 * commit's parents and subject, to find the merge that brought a commit in; and one
 * `git cat-file --batch` for the contents of every blob.
 */

const RECORD = '\u001e';
const FIELD = '\u001f';
const NO_BLOB = /^0+$/;

/** One commit that touched the charter file. */
export interface FileCommit {
  hash: string;
  /** Committer date, ISO 8601 with offset. */
  date: string;
  subject: string;
  /** The file's path after the commit (it may have been renamed by it). */
  path: string;
  /** The blob before the commit, undefined when the commit created the file. */
  oldBlob: string | undefined;
  /** The blob after, undefined when the commit deleted the file. */
  newBlob: string | undefined;
  /** The pull request the commit or the merge that brought it in names, if any. */
  pullRequest: number | undefined;
}

export type FileHistory = { available: true; commits: FileCommit[]; blobs: Map<string, string> } | { available: false; reason: string };

/** Parses `git log --follow --no-abbrev --raw --format=<RS>%H<US>%cI<US>%s`: newest first. */
export function parseFollowLog(output: string): Omit<FileCommit, 'pullRequest'>[] {
  const commits: Omit<FileCommit, 'pullRequest'>[] = [];
  for (const record of output.split(RECORD)) {
    const [header, ...lines] = record.split('\n');
    if (!header?.trim()) continue;
    const [hash, date, ...subject] = header.split(FIELD);
    // The raw line of the file: ":100644 100644 <old> <new> M\tpath" or "R100\told\tnew".
    const raw = lines.find((l) => l.startsWith(':'));
    if (!hash || !date || !raw) continue;
    const [meta, ...paths] = raw.split('\t');
    const [, , oldBlob, newBlob] = (meta ?? '').slice(1).split(' ');
    commits.push({
      hash,
      date,
      subject: subject.join(FIELD),
      path: paths[paths.length - 1] ?? '',
      oldBlob: oldBlob && !NO_BLOB.test(oldBlob) ? oldBlob : undefined,
      newBlob: newBlob && !NO_BLOB.test(newBlob) ? newBlob : undefined,
    });
  }
  return commits;
}

/** The pull request a subject names: a squash merge's "Title (#123)" or "Merge pull request #123 from …". */
export function pullRequestIn(subject: string): number | undefined {
  const found = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return found ? Number(found[1]) : undefined;
}

/** One line of `git log --format=%H %P<US>%s`: a commit, its parents and subject. */
interface GraphCommit {
  parents: string[];
  subject: string;
}

/** Parses `git log --format=%H %P<US>%s` (every commit reachable from HEAD). */
export function parseGraph(output: string): Map<string, GraphCommit> {
  const graph = new Map<string, GraphCommit>();
  for (const line of output.split('\n')) {
    if (!line.trim()) continue;
    const [ids = '', ...subject] = line.split(FIELD);
    const [hash, ...parents] = ids.trim().split(' ');
    if (hash) graph.set(hash, { parents, subject: subject.join(FIELD) });
  }
  return graph;
}

/**
 * For every commit reachable from `head`, the merge on the first-parent line of `head` that
 * brought it in (commits on that line themselves have none). Walked oldest first, so each
 * commit is visited once: a merge brings in what its other parents reach that its first did not.
 */
export function introducingMerges(graph: ReadonlyMap<string, GraphCommit>, head: string): Map<string, string> {
  const line: string[] = [];
  for (let at: string | undefined = head; at && graph.has(at); at = graph.get(at)?.parents[0]) line.push(at);
  const seen = new Set<string>();
  const merges = new Map<string, string>();
  for (const commit of line.reverse()) {
    seen.add(commit);
    const stack = [...(graph.get(commit)?.parents.slice(1) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next) || !graph.has(next)) continue;
      seen.add(next);
      merges.set(next, commit);
      stack.push(...graph.get(next)!.parents);
    }
  }
  return merges;
}

/** The history of `file` (a path relative to `root`), or why this build has none. */
export function readFileHistory(root: string, file: string): FileHistory {
  const { git, missing } = gitHistoryAt(root);
  if (missing === 'outside a repository') return { available: false, reason: 'this build was made outside a git repository' };
  if (!git) return { available: false, reason: 'this build was made from a shallow clone, which holds only part of the history' };
  try {
    const head = git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).toString().trim();
    const log = git(['log', '--follow', '--no-abbrev', '--raw', '-M', `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`, head, '--', file]).toString();
    const commits = parseFollowLog(log);
    const graph = parseGraph(git(['log', `--format=%H %P${FIELD}%s`, head]).toString());
    const merges = introducingMerges(graph, head);
    const ids = [...new Set(commits.flatMap((c) => [c.oldBlob, c.newBlob]).filter((id): id is string => id !== undefined))];
    const blobs = blobTexts(git, ids);
    return {
      available: true,
      blobs,
      commits: commits.map((c) => {
        const merge = merges.get(c.hash);
        return { ...c, pullRequest: pullRequestIn(c.subject) ?? (merge ? pullRequestIn(graph.get(merge)?.subject ?? '') : undefined) };
      }),
    };
  } catch {
    // No commit yet (a fresh `git init`), or git failed: no history rather than a wrong one.
    return { available: false, reason: 'git could not read the history of this build' };
  }
}
