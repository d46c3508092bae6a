import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRawLog, readFileVersions } from './file-versions.ts';

const RS = '\u001e';

describe('parseRawLog', () => {
  it('lists the blob of each version of each file, oldest first, and marks a deletion', () => {
    const a1 = 'a'.repeat(40);
    const a2 = 'b'.repeat(40);
    const out = `${RS}2026-03-01T00:00:00Z\n\n:100644 000000 ${a2} ${'0'.repeat(40)} D\tcontent/meetings/x.yaml\n${RS}2026-02-01T00:00:00Z\n\n:100644 100644 ${a1} ${a2} M\tcontent/meetings/x.yaml\n${RS}2026-01-01T00:00:00Z\n\n:000000 100644 ${'0'.repeat(40)} ${a1} A\tcontent/meetings/x.yaml\n`;
    expect(parseRawLog(out).get('content/meetings/x.yaml')).toEqual([
      { date: '2026-01-01T00:00:00Z', blob: a1 },
      { date: '2026-02-01T00:00:00Z', blob: a2 },
      { date: '2026-03-01T00:00:00Z', blob: undefined },
    ]);
  });
});

describe('readFileVersions', () => {
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e.org' };
  const git = (cwd: string, date: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: 'ignore' });

  it('gives every committed version of each file in the folder, with the date it reached the main line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'git-history-'));
    try {
      mkdirSync(join(dir, 'content/meetings'), { recursive: true });
      git(dir, '2026-01-01T00:00:00Z', 'init', '-q', '-b', 'main');
      writeFileSync(join(dir, 'content/meetings/a.yaml'), 'v: 1\n');
      writeFileSync(join(dir, 'other.md'), 'x');
      // A subfolder's files (e.g. meeting records) are not the folder's own.
      mkdirSync(join(dir, 'content/meetings/a'));
      writeFileSync(join(dir, 'content/meetings/a/2026-01-01.yaml'), 'record: 1\n');
      git(dir, '2026-01-01T00:00:00Z', 'add', '.');
      git(dir, '2026-01-01T00:00:00Z', 'commit', '-q', '-m', 'one');
      // A change made on a branch on 2 January reaches main with the merge on 5 January.
      git(dir, '2026-01-02T00:00:00Z', 'checkout', '-q', '-b', 'topic');
      writeFileSync(join(dir, 'content/meetings/a.yaml'), 'v: 2\n');
      git(dir, '2026-01-02T00:00:00Z', 'commit', '-q', '-am', 'two');
      git(dir, '2026-01-02T00:00:00Z', 'checkout', '-q', 'main');
      writeFileSync(join(dir, 'other.md'), 'y');
      git(dir, '2026-01-03T00:00:00Z', 'commit', '-q', '-am', 'unrelated');
      git(dir, '2026-01-05T00:00:00Z', 'merge', '-q', '--no-ff', '-m', 'merge', 'topic');
      writeFileSync(join(dir, 'content/meetings/a.yaml'), 'v: 3 uncommitted\n');
      const versions = readFileVersions(dir, 'content/meetings', '.yaml');
      expect([...versions.keys()]).toEqual(['content/meetings/a.yaml']);
      expect(versions.get('content/meetings/a.yaml')!.map((v) => [new Date(v.date).toISOString(), v.text])).toEqual([
        ['2026-01-01T00:00:00.000Z', 'v: 1\n'],
        ['2026-01-05T00:00:00.000Z', 'v: 2\n'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives nothing outside a repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'git-history-none-'));
    expect(readFileVersions(dir, 'content/meetings').size).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
