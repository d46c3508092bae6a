import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A git repository a test makes in a folder of its own, with commits at the dates the test
 * gives (GIT_AUTHOR_DATE and GIT_COMMITTER_DATE), for tests of what the build reads from git.
 */
export class GitFixture {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  git(args: string[], date = '2026-01-01T12:00:00Z'): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Fixture',
        GIT_AUTHOR_EMAIL: 'fixture@example.org',
        GIT_COMMITTER_NAME: 'Fixture',
        GIT_COMMITTER_EMAIL: 'fixture@example.org',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
      },
    });
  }

  /** `git init` on branch main (the folder may already hold files). */
  init(): this {
    this.git(['init', '-q', '-b', 'main']);
    return this;
  }

  write(file: string, text: string): this {
    mkdirSync(dirname(join(this.dir, file)), { recursive: true });
    writeFileSync(join(this.dir, file), text);
    return this;
  }

  move(from: string, to: string): this {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    renameSync(join(this.dir, from), join(this.dir, to));
    return this;
  }

  /** Commits everything in the folder; returns the commit's full hash. */
  commit(subject: string, date: string): string {
    this.git(['add', '-A']);
    this.git(['commit', '-q', '--allow-empty', '-m', subject], date);
    return this.git(['rev-parse', 'HEAD']).trim();
  }

  /** Merges `branch` into the current branch with a merge commit; returns its hash. */
  merge(branch: string, subject: string, date: string): string {
    this.git(['merge', '-q', '--no-ff', '-m', subject, branch], date);
    return this.git(['rev-parse', 'HEAD']).trim();
  }
}
