import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decisionsCollection, docsCollection } from '../collections/registry.ts';
import { docSchema } from '../schemas/doc.ts';
import { formatProblem, ignoredFieldsNotice, parseContentFile, validateCollection } from './validate.ts';

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
      'content/docs/x.mdx:1: description: missing; write a one-sentence summary for search engines and link previews in the frontmatter, e.g. description: How the project is run, or start the text with a paragraph, which becomes the summary',
    ]);
  });

  it('says when a field has the wrong kind of value, on its line', () => {
    expect(check(doc('title: T\ndescription: D\norder: first'))).toEqual([
      'content/docs/x.mdx:4: order: write the position of this page in the navigation as a whole number, e.g. order: 10, or leave the field out to list the page by its title',
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

describe('a field given twice', () => {
  const decision = (fields: string) =>
    `---\nrule: change-charter\nsubject: Logo\nopened: 2026-01-01\nheldAt: https://github.com/o/r/issues/1\n${fields}\n---\n\nAdopt it.\n`;
  const checkDecision = (text: string) => parseContentFile('content/decisions/x.md', text, decisionsCollection).problems.map(formatProblem);
  const twice = 'YAML syntax error (Map keys must be unique): this field is already given above; keep only one of the two';

  it('is reported at the second one, in a nested map', () => {
    expect(checkDecision(decision('votes:\n  alice: for\n  bob: for\n  alice: against'))).toEqual([`content/decisions/x.md:9:3: ${twice}`]);
  });

  it('is reported at the second one, in a flow map', () => {
    expect(checkDecision(decision('votes: {alice: for, alice: against}'))).toEqual([`content/decisions/x.md:6:21: ${twice}`]);
  });

  it('is found at the end of a 900-voter map, on its line', () => {
    const voters = Array.from({ length: 900 }, (_, i) => `  voter-${i + 1}: for`);
    expect(checkDecision(decision(`votes:\n${voters.join('\n')}\n  voter-1: against`))).toEqual([`content/decisions/x.md:907:3: ${twice}`]);
  });

  it('is not a case of two handles that differ in case only (the decision checks report those)', () => {
    expect(checkDecision(decision('votes:\n  alice: for\n  Alice: for\noutcome: approved\nclosed: 2026-01-02'))).toEqual([]);
  });
});

describe('the docs collection on disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'docs-collection-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };

  it('reads .md and .mdx at any depth with one schema, the id being the page path', () => {
    write('content/docs/governance.mdx', doc('title: Charter\ndescription: D\norder: 10'));
    write('content/docs/working-groups/index.md', doc('title: Working groups\ndescription: D'));
    write('content/docs/working-groups/runtime.md', doc('title: Runtime\ndescription: D\norder: 1'));
    write('content/docs/working-groups/deep/notes.md', doc('title: Notes\ndescription: D\nordr: 1'));
    const { entries, problems } = validateCollection(root, docsCollection);
    expect(entries.map((e) => `${e.file} ${e.id}`)).toEqual([
      'content/docs/governance.mdx governance',
      'content/docs/working-groups/index.md working-groups',
      'content/docs/working-groups/runtime.md working-groups/runtime',
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'content/docs/working-groups/deep/notes.md:4: unknown field "ordr"; did you mean order? (allowed fields: title, description, order, navLabel)',
    ]);
  });

  it('refuses two files that would be served at one route, naming both', () => {
    write('content/docs/working-groups/deep/notes.md', doc('title: Notes\ndescription: D'));
    write('content/docs/working-groups.md', doc('title: Groups\ndescription: D'));
    write('content/docs/working-groups/runtime.mdx', doc('title: Runtime\ndescription: D'));
    expect(validateCollection(root, docsCollection).problems.map(formatProblem)).toEqual([
      'content/docs/working-groups/runtime.mdx: is served at /working-groups/runtime/, as content/docs/working-groups/runtime.md is already; rename or remove one of the two files',
      'content/docs/working-groups.md: is served at /working-groups/, as content/docs/working-groups/index.md is already; rename or remove one of the two files',
    ]);
  });
});

describe('docs as they stand on GitHub', () => {
  const root = mkdtempSync(join(tmpdir(), 'docs-github-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };

  it("takes the title and description a file leaves out from its first heading and paragraph, and reads past other tools' fields", () => {
    write('content/docs/security.md', '# Security policy\n\nReport a vulnerability to the maintainers in private.\n');
    write('content/docs/bug-report.md', '---\nname: Bug report\nabout: Report a bug\nlabels: bug\n---\n\n# Reporting a bug\n\nSay what happened.\n');
    write('content/docs/release.md', '---\ntitle: Releases\norder: 3\n---\n\n# How a release is cut\n\nThe maintainers tag it.\n');
    const { entries, problems, ignored } = validateCollection(root, docsCollection);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.id, e.data])).toEqual([
      ['bug-report', { title: 'Reporting a bug', description: 'Say what happened.' }],
      ['release', { title: 'Releases', description: 'The maintainers tag it.', order: 3 }],
      ['security', { title: 'Security policy', description: 'Report a vulnerability to the maintainers in private.' }],
    ]);
    expect(ignoredFieldsNotice(ignored)).toBe(
      "notice: ignored the fields about, labels, name, which the site does not read (other tools' frontmatter), in content/docs/bug-report.md",
    );
  });

  it("gives a folder's README.md the folder's page, and refuses it beside the folder's index.md, naming both", () => {
    write('content/docs/policies/README.md', "# Policies\n\nThe project's policies.\n");
    expect(validateCollection(root, docsCollection).entries.find((e) => e.file === 'content/docs/policies/README.md')?.id).toBe('policies');
    write('content/docs/policies/index.md', doc('title: Policies\ndescription: D'));
    expect(validateCollection(root, docsCollection).problems.map(formatProblem)).toEqual([
      'content/docs/policies/index.md: is served at /policies/, as content/docs/policies/README.md is already; rename or remove one of the two files',
    ]);
  });
});

describe('the notice of fields read past', () => {
  it('is one line, naming each field once and the first three files', () => {
    expect(ignoredFieldsNotice([])).toBeUndefined();
    const files = ['a', 'b', 'c', 'd', 'e'].map((n) => ({ file: `content/docs/${n}.md`, fields: ['name', 'about'] }));
    expect(ignoredFieldsNotice(files)).toBe(
      "notice: ignored the fields about, name, which the site does not read (other tools' frontmatter), in content/docs/a.md, content/docs/b.md, content/docs/c.md and 2 more",
    );
  });
});
