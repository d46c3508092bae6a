import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import GithubSlugger from 'github-slugger';
import type { Heading, Link, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { meetingDetailsMarkdown, meetingWhenMarkdown } from '../mdx/markdown.ts';
import { checkGeneratedFiles, generatedFiles, writeGeneratedFiles } from './files.ts';

/** The text of a node, as GitHub reads a heading's words for its anchor. */
function textOf(node: Nodes): string {
  return 'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

/** Every heading anchor GitHub gives a Markdown file (github-slugger, numbered on repeats), and every #fragment link in it. */
function anchorsAndFragments(markdown: string): { anchors: Set<string>; fragments: string[] } {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const fragments: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading') anchors.add(slugger.slug(textOf(node as Heading)));
    if (node.type === 'link' && (node as Link).url.startsWith('#')) fragments.push(decodeURIComponent((node as Link).url.slice(1)));
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(tree);
  return { anchors, fragments };
}

describe('GOVERNANCE.md, the charter as GitHub shows it', () => {
  const committed = readFileSync(join(process.cwd(), 'GOVERNANCE.md'), 'utf8');

  it('is generated, and says from which file and by which command on its first line', () => {
    expect(generatedFiles.map((f) => f.path)).toContain('GOVERNANCE.md');
    expect(committed.split('\n')[0]).toBe('<!-- Generated from content/docs/governance.mdx by `npm run generate`: edit that file, not this one. -->');
  });

  it('keeps the table of contents of the seed charter, every anchor of which leads to a heading on GitHub', () => {
    const { anchors, fragments } = anchorsAndFragments(committed);
    // The seed's table of contents, as the project wrote it.
    expect(fragments).toEqual(['values', 'maintainers', 'becoming-a-maintainer', 'meetings', 'code-of-conduct', 'modifying-this-charter']);
    expect(fragments.filter((f) => !anchors.has(f))).toEqual([]);
  });

  it('shows no MDX: no import, no component tag, no {…} comment', () => {
    expect(committed).not.toMatch(/^import /m);
    expect(committed).not.toMatch(/<[A-Z][A-Za-z]*[\s/>]/);
    expect(committed).not.toMatch(/\{\/\*/);
  });
});

describe('the charter of a project copy, generated', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'charter-file-'));
    // Another project's content (tests/fixtures/fork): a meeting series on the Berlin clock with no meeting ID or passcode.
    cpSync(join(process.cwd(), 'tests/fixtures/fork/content'), join(root, 'content'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes the meeting components as the site words them, from the meeting data', () => {
    expect(meetingWhenMarkdown(root, { id: 'steering-call' })).toBe('every other Tuesday at 17:30 Berlin time');
    expect(meetingWhenMarkdown(root, { id: 'steering-call', alsoIn: 'UTC' })).toBe(
      'every other Tuesday at 17:30 Berlin time (15:30 or 16:30 in UTC, depending on daylight saving time)',
    );
    expect(meetingDetailsMarkdown(root, { id: 'steering-call' })).toBe(
      [
        '**Every other Tuesday, 17:30-18:15 Berlin time**\\',
        '**Video call link**: [Jitsi](https://meet.example.org/lantern-steering)\\',
        'The next dates in your time zone, and a calendar feed: [Meetings](https://lantern-dev.example.org/steering/meetings/#steering-call)',
      ].join('\n'),
    );
  });

  it('refuses a series that does not exist and a zone that does not, naming the tag', () => {
    expect(() => meetingDetailsMarkdown(root, { id: 'steering-cal' })).toThrow(
      '<MeetingDetails id="steering-cal" />: there is no meeting series "steering-cal" (no file content/meetings/steering-cal.yaml); did you mean steering-call? Write one of: steering-call',
    );
    expect(() => meetingWhenMarkdown(root, { id: 'steering-call', alsoIn: 'Europe/Berln' })).toThrow(
      '<MeetingWhen id="steering-call" alsoIn="Europe/Berln" />: alsoIn: ',
    );
  });

  it('is written by npm run generate, and reported stale with the command to run when the charter changes', async () => {
    expect(await writeGeneratedFiles(root, generatedFiles)).toContain('GOVERNANCE.md');
    const text = readFileSync(join(root, 'GOVERNANCE.md'), 'utf8');
    expect(text).toContain('The steering call takes place every other Tuesday at 17:30 Berlin time (');
    expect(text).toContain('**Video call link**: [Jitsi](https://meet.example.org/lantern-steering)');
    expect(await checkGeneratedFiles(root, generatedFiles)).toEqual([]);

    const charter = join(root, 'content/docs/governance.mdx');
    writeFileSync(charter, readFileSync(charter, 'utf8').replace('## Meetings', '## Meetings and calls'));
    const problems = await checkGeneratedFiles(root, generatedFiles);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'GOVERNANCE.md' });
    expect(problems[0]!.message).toMatch(
      /^is out of date with content\/docs\/governance\.mdx, content\/maintainers\/, content\/meetings\/ \(line \d+ should read "## Meetings and calls"\); it is generated: do not edit it by hand, edit .* and run npm run generate, then commit GOVERNANCE\.md$/,
    );
  });

  it('follows the meeting data: a new regular time makes the committed file stale', async () => {
    await writeGeneratedFiles(root, generatedFiles);
    const series = join(root, 'content/meetings/steering-call.yaml');
    writeFileSync(series, readFileSync(series, 'utf8').replace('start: "17:30"', 'start: "18:00"'));
    const problems = await checkGeneratedFiles(root, generatedFiles);
    expect(problems.map((p) => p.file)).toEqual(['GOVERNANCE.md']);
    expect(problems[0]!.message).toContain('18:00 Berlin time');
  });
});
