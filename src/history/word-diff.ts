import { diffArrays } from 'diff';
import type { CharterToken } from './charter-words.ts';

/**
 * A word-level diff of two versions of the charter's words (jsdiff's diffArrays over the
 * tokens of charter-words.ts, compared by their text: whitespace never differs), and what
 * kind of change it is.
 */

/** A run of the diff: words both versions have, or words only the old (del) or new (ins) has. */
export interface DiffPart {
  kind: 'same' | 'ins' | 'del';
  /** Whitespace before the run, outside any marking. */
  before: string;
  /** The run's words, with the whitespace between them. */
  text: string;
}

/**
 * - `unchanged`: the same words (frontmatter, imports, whitespace, a rename);
 * - `derived`: only component tags came, went or took the place of typed text (typed vote
 *   numbers or a meeting time replaced by the component that derives them): not an amendment;
 * - `amendment`: the charter's words changed.
 */
export type ChangeKind = 'unchanged' | 'derived' | 'amendment';

export interface WordDiff {
  kind: ChangeKind;
  parts: DiffPart[];
  inserted: number;
  deleted: number;
}

function joined(tokens: readonly CharterToken[]): Pick<DiffPart, 'before' | 'text'> {
  return { before: tokens[0]?.before ?? '', text: tokens.map((t, i) => (i === 0 ? '' : t.before) + t.text).join('') };
}

/** A hunk (the deletions and insertions between two unchanged runs) that only moves derived facts. */
function onlyDerived(deleted: readonly CharterToken[], inserted: readonly CharterToken[]): boolean {
  if (!inserted.every((t) => t.tag)) return false;
  return inserted.length > 0 || deleted.every((t) => t.tag);
}

export function wordDiff(before: readonly CharterToken[], after: readonly CharterToken[]): WordDiff {
  const changes = diffArrays([...before], [...after], { comparator: (a, b) => a.text === b.text });
  const parts: DiffPart[] = [];
  let inserted = 0;
  let deleted = 0;
  let hunk = { del: [] as CharterToken[], ins: [] as CharterToken[] };
  let amended = false;
  const closeHunk = () => {
    if (hunk.del.length + hunk.ins.length > 0 && !onlyDerived(hunk.del, hunk.ins)) amended = true;
    hunk = { del: [], ins: [] };
  };
  for (const change of changes) {
    const kind = change.added ? 'ins' : change.removed ? 'del' : 'same';
    if (kind === 'same') closeHunk();
    else hunk[kind].push(...change.value);
    if (kind === 'ins') inserted += change.value.length;
    if (kind === 'del') deleted += change.value.length;
    parts.push({ kind, ...joined(change.value) });
  }
  closeHunk();
  const kind: ChangeKind = inserted + deleted === 0 ? 'unchanged' : amended ? 'amendment' : 'derived';
  return { kind, parts, inserted, deleted };
}
