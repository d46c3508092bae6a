import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../test-support/dist-files.ts';
import { ProjectCopy } from '../test-support/project.ts';

/**
 * Two builds of one commit on the same day give the same bytes in every file of
 * dist/ (pages, feeds, sitemap, search index, asset names): from two copies in
 * different folders, each a git repository with the same commit (so "Last updated"
 * and the feeds' DTSTAMP come from git, as in CI), and once more in the first copy
 * with Astro's cache already warm.
 */
const COMMIT_DATE = '2026-02-03T04:05:06Z';

function committedCopy(): ProjectCopy {
  // The fixture content (tests/fixtures/site/content), never today's.
  const copy = new ProjectCopy().withFixtureContent();
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, {
      cwd: copy.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.org',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.org',
        GIT_AUTHOR_DATE: COMMIT_DATE,
        GIT_COMMITTER_DATE: COMMIT_DATE,
      },
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git('commit', '--quiet', '--no-gpg-sign', '--message', 'One commit');
  return copy;
}

/** Paths of the files that differ between two built sites, or that only one has. */
function differences(a: string, b: string): string[] {
  const left = filesUnder(a);
  const right = filesUnder(b);
  const all = [...new Set([...left, ...right])].sort();
  return all.filter((f) => !left.includes(f) || !right.includes(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

const utcDay = () => new Date().toISOString().slice(0, 10);

describe('two builds of one commit on the same day', () => {
  const copies: ProjectCopy[] = [];
  afterAll(() => {
    for (const copy of copies) copy.dispose();
  });

  it('give byte-identical dist/ folders', (ctx) => {
    const day = utcDay();
    const [first, second] = [committedCopy(), committedCopy()];
    copies.push(first, second);
    for (const copy of [first, second]) {
      const r = copy.build();
      expect(r.status, r.output).toBe(0);
    }
    renameSync(first.path('dist'), first.path('dist-first'));
    const again = first.build();
    expect(again.status, again.output).toBe(0);
    // The pages' "next meeting" follows the day; builds on both sides of midnight (UTC) may differ.
    if (utcDay() !== day) ctx.skip();

    const files = filesUnder(first.path('dist'));
    expect(files).toEqual(expect.arrayContaining(['index.html', 'meetings.ics', 'sitemap-0.xml', 'pagefind/pagefind-entry.json', '_headers']));
    // The history reached the build: "Last updated" and the feeds' DTSTAMP come from the commit.
    expect(first.read('dist/governance/index.html')).toContain(`Last updated <time datetime="${COMMIT_DATE.replace('Z', '+00:00')}">`);
    expect(first.read('dist/meetings.ics')).toContain('DTSTAMP:20260203T040506Z');

    expect(differences(first.path('dist-first'), second.path('dist')), 'two copies').toEqual([]);
    expect(differences(first.path('dist-first'), first.path('dist')), 'two runs in one copy').toEqual([]);
  }, 360_000); // three whole builds, beside the other test files' builds
});
