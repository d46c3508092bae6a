import { describe, expect, it } from 'vitest';
import { charterWords } from './charter-words.ts';
import { wordDiff } from './word-diff.ts';

const diff = (a: string, b: string) => wordDiff(charterWords(a), charterWords(b));

describe('wordDiff', () => {
  it('marks the words inserted and deleted, whitespace outside the marks', () => {
    const d = diff('A majority vote approves.', 'A 2/3 vote approves.');
    expect(d.kind).toBe('amendment');
    expect(d.parts).toEqual([
      { kind: 'same', before: '', text: 'A' },
      { kind: 'del', before: ' ', text: 'majority' },
      { kind: 'ins', before: ' ', text: '2/3' },
      { kind: 'same', before: ' ', text: 'vote approves.' },
    ]);
    expect([d.inserted, d.deleted]).toEqual([1, 1]);
  });

  it('finds no change in whitespace, frontmatter or imports', () => {
    expect(diff('---\ntitle: A\n---\nOne two\nthree.', "---\ntitle: B\n---\nimport X from './x.ts';\n\nOne\ntwo   three.").kind).toBe('unchanged');
  });

  it('calls typed facts replaced by a component, or a component added or changed, derived', () => {
    expect(diff('Meets on Thursday at 10:00 ET.', 'Meets <MeetingWhen id="office-hours" />.').kind).toBe('derived');
    expect(diff('A 2/3 vote approves.', 'A 2/3 vote <VoteThreshold rule="x" /> approves.').kind).toBe('derived');
    expect(diff('A <VoteThreshold rule="x" /> vote.', 'A <VoteThreshold rule="y" /> vote.').kind).toBe('derived');
  });

  it('calls a change of words next to a component an amendment', () => {
    expect(diff('A 2/3 vote <VoteThreshold rule="x" /> approves.', 'A 3/4 vote <VoteThreshold rule="x" /> approves.').kind).toBe('amendment');
    // The rule itself (2/3) is the charter's word, not a derived fact.
    expect(diff('A 2/3 vote approves.', 'A vote <VoteThreshold rule="x" /> approves.').kind).toBe('amendment');
    expect(diff('A 2/3 vote <VoteThreshold rule="x" /> approves.', 'A 2/3 vote approves.').kind).toBe('derived');
    expect(diff('A 2/3 vote <VoteThreshold rule="x" /> approves.', 'A 2/3 vote of all approves.').kind).toBe('amendment');
  });
});
