import { describe, expect, it } from 'vitest';
import { charterWords } from './charter-words.ts';
import { diffHtml } from './diff-html.ts';
import { wordDiff } from './word-diff.ts';

describe('diffHtml', () => {
  it('marks insertions and deletions, escapes the text and keeps paragraphs', () => {
    const diff = wordDiff(
      charterWords('A <VoteThreshold rule="x" /> vote & more.\n\nOld end.'),
      charterWords('A <VoteThreshold rule="x" /> vote & more.\n\nNew end.'),
    );
    expect(diffHtml(diff.parts)).toBe('A &lt;VoteThreshold rule="x" /&gt; vote &amp; more.\n\n<del>Old</del> <ins>New</ins> end.');
  });
});
