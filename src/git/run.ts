import { execFileSync } from 'node:child_process';

/**
 * The one way the site runs git: in the repository at `root`, with git's own messages
 * silenced (no git, or no repository, is an answer here, not a log line), and only on a
 * full history. A shallow clone's oldest commit looks as if it wrote every file it holds:
 * its dates and versions would be wrong, and no history beats a wrong one.
 */
export type Git = (args: readonly string[], input?: string) => Buffer;

export type GitHistory = { git: Git; missing?: undefined } | { git?: undefined; missing: 'outside a repository' | 'shallow clone' };

/** Outputs up to this size: the charter's history, every blob of it, fits many times over. */
const MAX_OUTPUT = 512 * 1024 * 1024;

/** A runner for git in `root` when its whole history is there, else why not. */
export function gitHistoryAt(root: string): GitHistory {
  const git: Git = (args, input) => execFileSync('git', args, { cwd: root, input, stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: MAX_OUTPUT });
  let shallow: string;
  try {
    shallow = git(['rev-parse', '--is-shallow-repository']).toString().trim();
  } catch {
    return { missing: 'outside a repository' };
  }
  return shallow === 'true' ? { missing: 'shallow clone' } : { git };
}

/** The texts of the blobs `ids`, by id, read with one `git cat-file --batch`. */
export function blobTexts(git: Git, ids: readonly string[]): Map<string, string> {
  return ids.length > 0 ? parseCatFileBatch(git(['cat-file', '--batch'], `${ids.join('\n')}\n`)) : new Map();
}

/** Splits `git cat-file --batch` output (`<sha> <type> <size>\n<bytes>\n` each) into texts by blob id. */
export function parseCatFileBatch(output: Buffer): Map<string, string> {
  const texts = new Map<string, string>();
  let at = 0;
  while (at < output.length) {
    const headerEnd = output.indexOf(0x0a, at);
    if (headerEnd < 0) break;
    const [sha, type, size] = output.subarray(at, headerEnd).toString('utf8').split(' ');
    if (type === 'missing' || size === undefined) {
      at = headerEnd + 1;
      continue;
    }
    const end = headerEnd + 1 + Number(size);
    texts.set(sha!, output.subarray(headerEnd + 1, end).toString('utf8'));
    at = end + 1;
  }
  return texts;
}
