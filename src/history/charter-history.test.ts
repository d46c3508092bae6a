import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitFixture } from '../../test-support/git-fixture.ts';
import { charterHistory, type CharterChange } from './charter-history.ts';
import { readFileHistory } from '../git/file-history.ts';

/** A charter with the given words in its Maintainers section, as MDX with frontmatter and imports. */
function charter(parts: { description?: string; approve: string; remove: string; meetings: string; imports?: string }): string {
  return `---
title: Charter
description: ${parts.description ?? 'How we work.'}
---
${parts.imports ?? ''}
# Charter

## Maintainers

A new Maintainer is approved by ${parts.approve}.

A Maintainer may be removed by ${parts.remove}.

## Meetings

${parts.meetings}
`;
}

const v1 = { approve: 'a 2/3 vote (6 of 8)', remove: 'a majority vote', meetings: 'Maintainers meet every second Thursday.' };
// Amendment 1: removal needs 2/3 too.
const v2 = { ...v1, remove: 'a 2/3 vote of the remaining maintainers' };
// Derived facts only: the typed count gives way to the component that derives it; imports and frontmatter change too.
const v3 = {
  ...v2,
  approve: 'a 2/3 vote <VoteThreshold rule="approve-new-maintainer"/>',
  description: 'How the project works.',
  imports: "import { VoteThreshold } from '../../src/mdx/index.ts';\n",
};
// Amendment 2: public meetings.
const v4 = { ...v3, meetings: 'Maintainers meet every second Thursday, in public.' };
// Amendment 3: closed meetings.
const v5 = { ...v4, meetings: `${v4.meetings}\n\nClosed meetings discuss Code of Conduct reports only.` };

const dir = mkdtempSync(join(tmpdir(), 'charter-history-'));
const repo = new GitFixture(dir);
const hashes: Record<string, string> = {};
let changes: CharterChange[] = [];
let history: ReturnType<typeof charterHistory>;

beforeAll(() => {
  repo.init();
  hashes.adopt = repo.write('content/docs/charter.mdx', charter(v1)).commit('Adopt the charter', '2026-01-10T09:00:00+00:00');
  hashes.amend1 = repo.write('content/docs/charter.mdx', charter(v2)).commit('Removal needs a 2/3 vote (#12)', '2026-02-01T10:00:00+00:00');
  hashes.derived = repo.write('content/docs/charter.mdx', charter(v3)).commit('Vote numbers from the roster', '2026-03-01T11:00:00+00:00');
  // Not the charter: a roster change moves the numbers the component shows, and no word of the file.
  repo.write('content/maintainers/alice.yaml', 'handle: alice\n').commit('Add alice', '2026-03-10T11:00:00+00:00');
  // Whitespace only (a re-wrapped paragraph).
  repo
    .write('content/docs/charter.mdx', charter(v3).replace('A Maintainer may be removed by', 'A Maintainer may\nbe removed   by'))
    .commit('Re-wrap', '2026-03-12T11:00:00+00:00');
  hashes.rename = repo
    .move('content/docs/charter.mdx', 'content/docs/governance.mdx')
    .commit('Rename the charter to governance.mdx', '2026-03-15T12:00:00+00:00');
  repo.git(['checkout', '-q', '-b', 'public-meetings']);
  hashes.amend2 = repo.write('content/docs/governance.mdx', charter(v4)).commit('Meetings are public', '2026-04-01T13:00:00+02:00');
  repo.git(['checkout', '-q', 'main']);
  hashes.merge = repo.merge('public-meetings', 'Merge pull request #34 from alice/public-meetings', '2026-04-03T08:00:00+00:00');
  hashes.amend3 = repo.write('content/docs/governance.mdx', charter(v5)).commit('Closed meetings for Code of Conduct reports', '2026-05-01T14:00:00+00:00');
  history = charterHistory(readFileHistory(dir, 'content/docs/governance.mdx'));
  if (history.available) changes = history.amendments;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inserted = (c: CharterChange) => c.diff.parts.filter((p) => p.kind === 'ins').map((p) => p.text);
const deleted = (c: CharterChange) => c.diff.parts.filter((p) => p.kind === 'del').map((p) => p.text);

describe('charterHistory of a fixture repository', () => {
  it('finds exactly the three amendments, newest first, with their dates and subjects', () => {
    expect(history.available).toBe(true);
    expect(changes.map((c) => c.commit)).toEqual([hashes.amend3, hashes.amend2, hashes.amend1]);
    expect(changes.map((c) => c.date)).toEqual(['2026-05-01T14:00:00+00:00', '2026-04-01T13:00:00+02:00', '2026-02-01T10:00:00+00:00']);
    expect(changes.map((c) => c.summary)).toEqual(['Closed meetings for Code of Conduct reports', 'Meetings are public', 'Removal needs a 2/3 vote (#12)']);
  });

  it('gives each amendment its word diff', () => {
    const [amend3, amend2, amend1] = changes;
    expect(deleted(amend1!)).toEqual(['majority']);
    expect(inserted(amend1!)).toEqual(['2/3', 'of the remaining maintainers']);
    expect(deleted(amend2!)).toEqual([]);
    expect(inserted(amend2!)).toEqual([', in public']);
    expect(deleted(amend3!)).toEqual([]);
    expect(inserted(amend3!)).toEqual(['Closed meetings discuss Code of Conduct reports only.']);
    expect(amend3!.diff.parts.find((p) => p.kind === 'ins')?.before).toBe('\n\n');
  });

  it('names the pull request from the subject or from the merge that brought the commit in', () => {
    expect(changes.map((c) => c.pullRequest)).toEqual([undefined, 34, 12]);
  });

  it('lists the change that only put derived facts in a component apart, and leaves out whitespace, the roster and the rename', () => {
    if (!history.available) throw new Error('no history');
    expect(history.derived.map((c) => c.commit)).toEqual([hashes.derived]);
    expect(deleted(history.derived[0]!)).toEqual(['(6 of 8)']);
    expect(inserted(history.derived[0]!)).toEqual(['<VoteThreshold rule="approve-new-maintainer" />']);
    expect(history.first?.commit).toBe(hashes.adopt);
    expect(history.first?.path).toBe('content/docs/charter.mdx');
    expect(changes[0]?.path).toBe('content/docs/governance.mdx');
  });

  it('keeps each version readable in full', () => {
    expect(changes[0]?.text).toBe(
      '# Charter\n\n## Maintainers\n\nA new Maintainer is approved by a 2/3 vote <VoteThreshold rule="approve-new-maintainer" />.\n\nA Maintainer may be removed by a 2/3 vote of the remaining maintainers.\n\n## Meetings\n\nMaintainers meet every second Thursday, in public.\n\nClosed meetings discuss Code of Conduct reports only.',
    );
    expect(history.available && history.first?.text).toContain('approved by a 2/3 vote (6 of 8).');
  });

  it('gives short hashes of seven characters', () => {
    expect(changes.map((c) => c.short)).toEqual(changes.map((c) => c.commit.slice(0, 7)));
  });

  it('says the history is not part of a shallow clone, and gives none of it', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'charter-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow], { stdio: 'ignore' });
      expect(readFileHistory(shallow, 'content/docs/governance.mdx')).toEqual({ available: false, reason: expect.stringContaining('shallow clone') });
      expect(charterHistory(readFileHistory(shallow, 'content/docs/governance.mdx')).available).toBe(false);
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });

  it('says so outside a git repository, and in a repository with no commit yet', () => {
    const bare = mkdtempSync(join(tmpdir(), 'charter-no-git-'));
    try {
      expect(readFileHistory(bare, 'content/docs/governance.mdx')).toEqual({ available: false, reason: expect.stringContaining('outside a git repository') });
      new GitFixture(bare).init();
      expect(readFileHistory(bare, 'content/docs/governance.mdx').available).toBe(false);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
