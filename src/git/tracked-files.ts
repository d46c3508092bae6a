import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * The repository's files, as a link to one of them may name them: what git tracks when
 * `root` is a work tree, else (a copy of the project outside git, as the tests build) every
 * file on disk but the folders that are never tracked (git's own, dependencies, build output).
 */
const NEVER_TRACKED = new Set(['.git', 'node_modules', 'dist', '.astro', '.build']);

const cache = new Map<string, ReadonlySet<string>>();

export function trackedFiles(root: string): ReadonlySet<string> {
  let files = cache.get(root);
  if (!files) {
    files = new Set(gitLsFiles(root) ?? filesOnDisk(root));
    cache.set(root, files);
  }
  return files;
}

function gitLsFiles(root: string): string[] | undefined {
  try {
    const inside = execFileSync('git', ['rev-parse', '--show-prefix'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    // Only when `root` is the top of the work tree: a copy inside another repository is not its history.
    if (inside !== '') return undefined;
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return out.toString('utf8').split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

function filesOnDisk(root: string): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(posix.join(root, rel)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (NEVER_TRACKED.has(name)) continue;
      const path = rel === '' ? name : `${rel}/${name}`;
      const stat = statSync(posix.join(root, path), { throwIfNoEntry: false });
      if (stat?.isDirectory()) walk(path);
      else if (stat?.isFile()) files.push(path);
    }
  };
  walk('');
  return files;
}
