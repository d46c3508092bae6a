import { blobTexts, gitHistoryAt } from './run.ts';

/**
 * Every committed version of the files in one folder, read with two git calls for the
 * whole build (one `git log`, one `git cat-file --batch`). Only the versions the main
 * line had: `--first-parent` with each merge's diff against its first parent, so a
 * change is dated when it was merged, i.e. when the site could first publish it.
 * No history (no git, a shallow clone) gives no versions: no history beats a wrong one.
 */
export interface FileVersion {
  /** Commit date, ISO 8601. */
  date: string;
  text: string;
}

const RECORD = '\u001e';
const DELETED = /^0+$/;

/** Parses `git log --format=<RS>%cI --raw --no-abbrev` output into, per file, the blob of each version, oldest first. */
export function parseRawLog(output: string): Map<string, { date: string; blob: string | undefined }[]> {
  const versions = new Map<string, { date: string; blob: string | undefined }[]>();
  for (const record of output.split(RECORD).reverse()) {
    const [date, ...lines] = record
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!date) continue;
    for (const line of lines) {
      // :100644 100644 <old blob> <new blob> M\t<path>
      const match = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) [A-Z]\d*\t(.+)$/.exec(line);
      if (!match) continue;
      const [, blob, file] = match as unknown as [string, string, string];
      versions.set(file, [...(versions.get(file) ?? []), { date, blob: DELETED.test(blob) ? undefined : blob }]);
    }
  }
  return versions;
}

/** `extension` (e.g. `.yaml`) keeps to the folder's own files of that kind, not those of its subfolders. */
export function readFileVersions(root: string, dir: string, extension = ''): Map<string, FileVersion[]> {
  try {
    const { git } = gitHistoryAt(root);
    if (!git) return new Map();
    const log = parseRawLog(
      git([
        'log',
        '--first-parent',
        '--diff-merges=first-parent',
        `--format=${RECORD}%cI`,
        '--raw',
        '--no-abbrev',
        '--no-renames',
        'HEAD',
        '--',
        `:(glob)${dir}/*${extension}`,
      ]).toString('utf8'),
    );
    const blobs = [...new Set([...log.values()].flat().flatMap((v) => (v.blob ? [v.blob] : [])))];
    const texts = blobTexts(git, blobs);
    const result = new Map<string, FileVersion[]>();
    for (const [file, versions] of log) {
      // A deleted file's history ends; if it comes back, its versions go on from there.
      result.set(
        file,
        versions.flatMap((v) => (v.blob && texts.has(v.blob) ? [{ date: v.date, text: texts.get(v.blob)! }] : [])),
      );
    }
    return result;
  } catch {
    return new Map();
  }
}

let cached: { key: string; versions: Map<string, FileVersion[]> } | undefined;

/** The versions of the `extension` files in `dir` under `root`, read once per process. */
export function fileVersions(root: string, dir: string, extension = ''): Map<string, FileVersion[]> {
  const key = `${root}\0${dir}\0${extension}`;
  if (cached?.key !== key) cached = { key, versions: readFileVersions(root, dir, extension) };
  return cached.versions;
}
