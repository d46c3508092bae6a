import { describe, expect, it } from 'vitest';
import { introducingMerges, parseFollowLog, parseGraph, pullRequestIn } from './file-history.ts';

const RS = '\u001e';
const US = '\u001f';
const zeros = '0'.repeat(40);
const [a, b] = ['a'.repeat(40), 'b'.repeat(40)];

describe('parseFollowLog', () => {
  it('reads each commit with the blobs before and after, through a rename', () => {
    const out = `${RS}h2${US}2026-02-01T00:00:00+00:00${US}Rename${US}it\n\n:100644 100644 ${b} ${b} R100\tdocs/old.mdx\tdocs/new.mdx\n${RS}h1${US}2026-01-01T00:00:00+00:00${US}Adopt\n\n:000000 100644 ${zeros} ${a} A\tdocs/old.mdx\n`;
    expect(parseFollowLog(out)).toEqual([
      { hash: 'h2', date: '2026-02-01T00:00:00+00:00', subject: `Rename${US}it`, path: 'docs/new.mdx', oldBlob: b, newBlob: b },
      { hash: 'h1', date: '2026-01-01T00:00:00+00:00', subject: 'Adopt', path: 'docs/old.mdx', oldBlob: undefined, newBlob: a },
    ]);
  });

  it('skips a commit with no change of the file (a merge)', () => {
    expect(parseFollowLog(`${RS}m${US}2026-01-01T00:00:00+00:00${US}Merge\n`)).toEqual([]);
  });
});

describe('pullRequestIn', () => {
  it('reads a squash merge, a merge commit, or nothing', () => {
    expect(pullRequestIn('Require 2/3 (#123)')).toBe(123);
    expect(pullRequestIn('Merge pull request #45 from a/b')).toBe(45);
    expect(pullRequestIn('Fix #12 in the text')).toBeUndefined();
  });
});

describe('introducingMerges', () => {
  it('gives each side-branch commit the first-parent merge that brought it in', () => {
    // m2 merges (m1, s2); s2 -> s1 -> base; m1 merges (base, t1); t1 -> base.
    const graph = parseGraph(
      [`m2 m1 s2${US}Merge pull request #2`, `s2 s1${US}two`, `s1 base${US}one`, `m1 base t1${US}Merge pull request #1`, `t1 base${US}t`, `base${US}root`].join(
        '\n',
      ),
    );
    const merges = introducingMerges(graph, 'm2');
    expect(Object.fromEntries(merges)).toEqual({ s2: 'm2', s1: 'm2', t1: 'm1' });
  });
});
