import { describe, expect, it } from 'vitest';
import { docSchema } from '../schemas/doc.ts';
import { formatProblem, parseContentFile } from './validate.ts';

const doc = (frontmatter: string) => `---\n${frontmatter}\n---\n\nBody.\n`;
const check = (text: string) => parseContentFile('content/docs/x.mdx', text, { format: 'frontmatter', schema: docSchema }).problems.map(formatProblem);

describe('doc frontmatter', () => {
  it('accepts a complete doc', () => {
    expect(check(doc('title: T\ndescription: D\norder: 10'))).toEqual([]);
  });

  it('names the file, the line and the misspelt field, with the one meant', () => {
    expect(check(doc('title: T\ndescription: D\norder: 10\nnavLable: X'))).toEqual([
      'content/docs/x.mdx:5: unknown field "navLable"; did you mean navLabel? (allowed fields: title, description, order, navLabel)',
    ]);
  });

  it('says which field is missing and what to write', () => {
    expect(check(doc('title: T\norder: 10'))).toEqual([
      'content/docs/x.mdx:1: description: missing; write a one-sentence summary for search engines and link previews, e.g. description: How the project is run.',
    ]);
  });

  it('says when a field has the wrong kind of value, on its line', () => {
    expect(check(doc('title: T\ndescription: D\norder: first'))).toEqual([
      'content/docs/x.mdx:4: order: write the position of this page in the navigation as a whole number, e.g. order: 10',
    ]);
    expect(check(doc('title: T\ndescription: D\norder: 1.5'))).toEqual(['content/docs/x.mdx:4: order: write a whole number, e.g. order: 10']);
  });

  it('gives the line and column of a YAML syntax error', () => {
    const [problem] = check(doc('title: T\ndescription: How it runs: badly\norder: 10'));
    expect(problem).toMatch(/^content\/docs\/x\.mdx:3:\d+: YAML syntax error \(.+\): .*put a value that contains ": " in quotes/);
  });

  it('asks for frontmatter when there is none', () => {
    expect(check('Just text')[0]).toContain('no frontmatter');
  });
});
