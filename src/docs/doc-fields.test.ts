import { describe, expect, it } from 'vitest';
import { docFields, MAX_DERIVED_DESCRIPTION, titleAndSummary } from './doc-fields.ts';

describe('titleAndSummary', () => {
  it('reads the first level-one heading and the first paragraph, as plain text', () => {
    expect(titleAndSummary('# The *Model* `Spec` [charter](./x.md)\n\nHow the **project** is\nrun.\n\nMore.\n')).toEqual({
      title: 'The Model Spec charter',
      summary: 'How the project is run.',
    });
  });

  it('reads a heading underlined with "=", and skips a row of badges above it and the level-two headings', () => {
    expect(titleAndSummary('[![CI](https://x/badge.svg)](https://x)\n\n## Not this\n\nGovernance\n==========\n\nThe rules.\n')).toEqual({
      title: 'Governance',
      summary: 'The rules.',
    });
  });

  it('gives neither when the text has no heading and no text at all, and sums up a list by its first item', () => {
    expect(titleAndSummary('## A section\n\n---\n')).toEqual({});
    expect(titleAndSummary('- a list\n\n## A section\n')).toEqual({ summary: 'a list' });
  });

  it('reads a heading written in HTML as GitHub shows it: its text, or the alt of the logo it holds', () => {
    expect(titleAndSummary('<h1 align="center">Open<b>Telemetry</b> &amp; friends</h1>\n\nThe community.\n')).toEqual({
      title: 'OpenTelemetry & friends',
      summary: 'The community.',
    });
    // Under a logo and a wrapper, as Flux's event pages start.
    expect(titleAndSummary('<div class="page">\n\n<img src="logo.png" alt="Logo">\n\n<h1>Flux at KubeCon</h1>\n<p>Hi.</p>\n\nText.\n').title).toBe(
      'Flux at KubeCon',
    );
    expect(titleAndSummary('<h1 align="center">\n  <img src="logo.svg" alt="Jaeger">\n</h1>\n').title).toBe('Jaeger');
    // Left open by its HTML block, it holds the Markdown up to the block that closes it.
    expect(titleAndSummary('<h1 align="center">\n\n![logo](logo.svg)\n\nHelm *Community*\n\n</h1>\n\nHow Helm is run.\n')).toEqual({
      title: 'Helm Community',
      summary: 'How Helm is run.',
    });
    expect(titleAndSummary('<h1>Charter</h1>\n', { mdx: true }).title).toBe('Charter');
    // The first level-one heading, in whichever form, is the title.
    expect(titleAndSummary('# Markdown first\n\n<h1>HTML second</h1>\n').title).toBe('Markdown first');
  });

  it('cuts a long paragraph at the end of a word, marking the cut', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const { summary } = titleAndSummary(`${words}\n`);
    expect(summary!.length).toBeLessThanOrEqual(MAX_DERIVED_DESCRIPTION);
    expect(summary).toMatch(/^word0 word1 .* word\d+…$/);
    expect(words.startsWith(summary!.slice(0, -1))).toBe(true);
  });

  it('reads an MDX text past its imports and components', () => {
    expect(titleAndSummary("import { X } from '../../src/mdx/index.ts';\n\n# Charter\n\n<X />\n\nThe charter.\n", { mdx: true })).toEqual({
      title: 'Charter',
      summary: 'The charter.',
    });
  });
});

describe('docFields', () => {
  it('keeps what the frontmatter gives, and takes only what it leaves out from the text', () => {
    expect(docFields({ title: 'Releases', order: 2 }, '# How a release is cut\n\nTag it.\n')).toEqual({
      data: { title: 'Releases', order: 2, description: 'Tag it.' },
      ignored: [],
    });
  });

  it("leaves out another tool's fields, but not a near miss of a known one, which the schema refuses", () => {
    expect(docFields({ name: 'Bug report', about: 'A bug', labels: 'bug', titel: 'X' }, '# Bug\n\nSay what happened.\n')).toEqual({
      data: { titel: 'X', title: 'Bug', description: 'Say what happened.' },
      ignored: ['name', 'about', 'labels'],
    });
  });

  it('names a text without a heading by its file, as GitHub does, and sums up one without a paragraph by its list, else its title', () => {
    expect(docFields(undefined, 'This document was moved to <https://example.org/SUPPORT.md>.\n', { file: 'SUPPORT.md' }).data).toEqual({
      title: 'SUPPORT',
      description: 'This document was moved to https://example.org/SUPPORT.md.',
    });
    expect(docFields(undefined, '- a list, and nothing else\n', { file: 'working-groups/README.md' }).data).toEqual({
      title: 'working-groups',
      description: 'a list, and nothing else',
    });
    expect(docFields(undefined, '', { file: 'notes/index.mdx', mdx: true }).data).toEqual({ title: 'notes', description: 'notes' });
    // Without its file's name, nothing stands in for the title: the schema asks for one.
    expect(docFields(undefined, '## A section\n').data).toEqual({});
  });

  it('reads the text only when a field is missing', () => {
    let read = 0;
    const body = () => {
      read++;
      return '# T\n\nD.\n';
    };
    docFields({ title: 'T', description: 'D' }, body);
    expect(read).toBe(0);
    expect(docFields(undefined, body).data).toEqual({ title: 'T', description: 'D.' });
    expect(read).toBe(1);
  });
});
