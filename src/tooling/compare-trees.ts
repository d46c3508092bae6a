import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * How two folders differ, one line per file: missing on one side, or other bytes.
 * `renames` are source paths the output names that moved on purpose: the old
 * path in `before` reads as the new one, so only real changes show; text
 * matching `ignore` is blanked on both sides.
 */
export function compareTrees(before: string, after: string, renames: readonly (readonly [string, string])[] = [], ignore: readonly RegExp[] = []): string[] {
  const left = listFiles(before);
  const right = listFiles(after);
  const rightSet = new Set(right);
  const leftSet = new Set(left);
  const differences: string[] = [];
  for (const file of left) if (!rightSet.has(file)) differences.push(`only in ${before}: ${file}`);
  for (const file of right) if (!leftSet.has(file)) differences.push(`only in ${after}: ${file}`);
  for (const file of left) {
    if (!rightSet.has(file)) continue;
    let a = readFileSync(join(before, file));
    let b = readFileSync(join(after, file));
    if (!a.equals(b) && (renames.length > 0 || ignore.length > 0)) {
      let left = a.toString('latin1');
      let right = b.toString('latin1');
      for (const [from, to] of renames) left = left.split(from).join(to);
      for (const pattern of ignore) {
        left = left.replace(pattern, '');
        right = right.replace(pattern, '');
      }
      a = Buffer.from(left, 'latin1');
      b = Buffer.from(right, 'latin1');
    }
    if (!a.equals(b)) differences.push(`differs: ${file}`);
  }
  return differences;
}
