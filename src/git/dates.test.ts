import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGitLog, readGitDates } from './dates.ts';

const RS = '\u001e';

describe('parseGitLog', () => {
  it('keeps the newest date of each file (git log lists newest first)', () => {
    const out = `${RS}2026-03-02T10:00:00+00:00\n\ncontent/docs/governance.mdx\n${RS}2026-01-05T09:00:00+00:00\n\ncontent/docs/governance.mdx\ncontent/docs/code-of-conduct.mdx\n`;
    const dates = parseGitLog(out);
    expect(dates.get('content/docs/governance.mdx')).toBe('2026-03-02T10:00:00+00:00');
    expect(dates.get('content/docs/code-of-conduct.mdx')).toBe('2026-01-05T09:00:00+00:00');
  });

  it('gives nothing for empty output', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});

describe('readGitDates', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
      encoding: 'utf8',
    });

  it('dates committed files, and leaves uncommitted or edited ones undated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'git-dates-'));
    git(dir, 'init', '-q');
    writeFileSync(join(dir, 'a.md'), 'a');
    writeFileSync(join(dir, 'b.md'), 'b');
    git(dir, 'add', '.');
    execFileSync('git', ['commit', '-q', '-m', 'first'], {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e.org',
        GIT_COMMITTER_DATE: '2026-02-03T04:05:06Z',
      },
    });
    writeFileSync(join(dir, 'b.md'), 'b edited');
    writeFileSync(join(dir, 'c.md'), 'new');
    const dates = readGitDates(dir);
    expect(dates.get('a.md')).toBe('2026-02-03T04:05:06Z'.replace('Z', '+00:00'));
    expect(dates.has('b.md')).toBe(false);
    expect(dates.has('c.md')).toBe(false);
  });

  it('gives no dates outside a git repository', () => {
    expect(readGitDates(mkdtempSync(join(tmpdir(), 'no-git-'))).size).toBe(0);
  });
});
