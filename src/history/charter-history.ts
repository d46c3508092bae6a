import { charterWords, wordsAsText } from './charter-words.ts';
import type { FileCommit, FileHistory } from '../git/file-history.ts';
import { wordDiff, type WordDiff } from './word-diff.ts';

/**
 * The charter's history as readers see it, from the commits that touched its file: the
 * version first committed, every amendment (a change of its words), and apart from them the
 * changes that only moved derived facts into components. Commits that changed no word
 * (frontmatter, imports, whitespace, a rename) are left out.
 */

export interface CharterVersion {
  commit: string;
  /** The shortest prefix of the hash, at least 7 characters, that no other listed commit shares: its address. */
  short: string;
  date: string;
  summary: string;
  /** The file's path in that commit. */
  path: string;
  pullRequest: number | undefined;
  /** The charter's words at that commit, as plain text (paragraphs kept). */
  text: string;
}

export interface CharterChange extends CharterVersion {
  diff: WordDiff;
}

export type CharterHistory =
  | {
      available: true;
      /** The charter as first committed; undefined when it has no commit yet. */
      first: CharterVersion | undefined;
      /** Every amendment, newest first. */
      amendments: CharterChange[];
      /** Changes that only put derived facts in components: not amendments. Newest first. */
      derived: CharterChange[];
    }
  | { available: false; reason: string };

function shortHashes(hashes: readonly string[]): Map<string, string> {
  let length = 7;
  while (new Set(hashes.map((h) => h.slice(0, length))).size < hashes.length) length++;
  return new Map(hashes.map((h) => [h, h.slice(0, length)]));
}

export function charterHistory(history: FileHistory): CharterHistory {
  if (!history.available) return history;
  // git log lists newest first; a commit is compared with the file as its parent had it.
  const touched = history.commits.filter((c): c is FileCommit & { newBlob: string } => c.newBlob !== undefined && history.blobs.has(c.newBlob));
  // Each blob is one commit's "after" and the next one's "before": read its words once.
  const wordsOf = new Map<string, ReturnType<typeof charterWords>>();
  const words = (blob: string) => wordsOf.get(blob) ?? wordsOf.set(blob, charterWords(history.blobs.get(blob)!)).get(blob)!;
  const changes: { commit: (typeof touched)[number]; diff: WordDiff | undefined; text: string }[] = [];
  for (const commit of touched) {
    const before = commit.oldBlob !== undefined && history.blobs.has(commit.oldBlob) ? words(commit.oldBlob) : undefined;
    const after = words(commit.newBlob);
    changes.push({ commit, diff: before === undefined ? undefined : wordDiff(before, after), text: wordsAsText(after) });
  }
  const created = changes.filter((c) => c.diff === undefined);
  const kept = changes.filter((c) => c.diff === undefined || c.diff.kind !== 'unchanged');
  const shorts = shortHashes(kept.map((c) => c.commit.hash));
  const version = (c: (typeof changes)[number]): CharterVersion => ({
    commit: c.commit.hash,
    short: shorts.get(c.commit.hash)!,
    date: c.commit.date,
    summary: c.commit.subject,
    path: c.commit.path,
    pullRequest: c.commit.pullRequest,
    text: c.text,
  });
  const newestFirst = (a: CharterChange, b: CharterChange) => Date.parse(b.date) - Date.parse(a.date);
  const ofKind = (kind: WordDiff['kind']) =>
    kept
      .filter((c) => c.diff?.kind === kind)
      .map((c) => ({ ...version(c), diff: c.diff! }))
      .sort(newestFirst);
  // The oldest creation: a file deleted and written again later keeps its first adoption.
  const first = created.at(-1);
  return { available: true, first: first && version(first), amendments: ofKind('amendment'), derived: ofKind('derived') };
}
