import { describe, expect, it } from 'vitest';
import { charterBody, charterWords, wordsAsText } from './charter-words.ts';

describe('charterBody', () => {
  it('drops frontmatter, import and export lines and MDX comments, and keeps code fences whole', () => {
    const source = `---\ntitle: T\n---\nimport {\n  A,\n  B,\n} from './x.ts';\nimport C from "./c.astro";\nexport const meta = 1;\n\nText {/* a comment\nover lines */} here.\n\n\`\`\`js\nimport kept from 'kept';\n\`\`\`\n`;
    expect(charterBody(source)).toBe(`\nText  here.\n\n\`\`\`js\nimport kept from 'kept';\n\`\`\`\n`);
  });
});

describe('charterWords', () => {
  it('keeps a component as one tag, spelled one way', () => {
    const a = charterWords('A 2/3 vote <VoteThreshold   rule="change-charter"/> approves.');
    const b = charterWords('A 2/3 vote\n<VoteThreshold rule="change-charter" /> approves.');
    expect(a.map((t) => t.text)).toEqual(['A', '2/3', 'vote', '<VoteThreshold rule="change-charter" />', 'approves', '.']);
    expect(b.map((t) => t.text)).toEqual(a.map((t) => t.text));
    expect(a.filter((t) => t.tag).length).toBe(1);
  });

  it('keeps paragraphs and line breaks for reading, and a tag with the punctuation after it', () => {
    const words = charterWords('One two.\nThree\n\n\n<MeetingWhen id="x" />, four');
    expect(wordsAsText(words)).toBe('One two.\nThree\n\n<MeetingWhen id="x" />, four');
  });

  it('reads CRLF files as LF', () => {
    expect(wordsAsText(charterWords('---\r\ntitle: T\r\n---\r\nA\r\n\r\nB'))).toBe('A\n\nB');
  });
});
