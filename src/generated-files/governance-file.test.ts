import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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

/** Every link and image URL, heading and HTML node of a Markdown file, as GitHub's flavour parses it (bare links included). */
function linksAndHeadings(markdown: string): { links: string[]; headings: string[]; html: string[] } {
  const parser = unified().use(remarkParse).use(remarkGfm);
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  const found = { links: [] as string[], headings: [] as string[], html: [] as string[] };
  const visit = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') found.links.push(node.url);
    if (node.type === 'heading') found.headings.push(textOf(node));
    if (node.type === 'html') found.html.push(node.value);
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(tree);
  return found;
}

describe('GOVERNANCE.md, the charter as GitHub shows it', () => {
  // Written from the fixture site's charter (tests/fixtures/site/content), never the real one: a pull request changing the charter breaks no test.
  let committed = '';
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'charter-file-'));
    try {
      cpSync(join(process.cwd(), 'tests/fixtures/site/content'), join(root, 'content'), { recursive: true });
      // All of them: the charter links to MAINTAINERS.md.
      await writeGeneratedFiles(root, generatedFiles);
      committed = readFileSync(join(root, 'GOVERNANCE.md'), 'utf8');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('is generated, and says from which file and by which command on its first line', () => {
    expect(generatedFiles.map((f) => f.path)).toContain('GOVERNANCE.md');
    expect(committed.split('\n')[0]).toBe('<!-- Generated from content/docs/governance.mdx by `npm run generate`: edit that file, not this one. -->');
  });

  it('keeps the table of contents of the charter, every anchor of which leads to a heading on GitHub', () => {
    const { anchors, fragments } = anchorsAndFragments(committed);
    // The fixture charter's table of contents, as it is written.
    expect(fragments).toEqual(['values', 'maintainers', 'meetings', 'code-of-conduct', 'modifying-this-charter']);
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

  it('words a monthly series, and a call without a public link by how to get one', () => {
    const file = join(root, 'content/meetings/steering-call.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text
        .replace(/intervalWeeks: 2/, 'monthly: [2nd, 4th]')
        .replace(/firstOccurrence: .*/, 'firstOccurrence: 2025-01-14')
        .replace(/url: .*/, 'instructions: Write to the steering list for the invite.'),
    );
    expect(meetingWhenMarkdown(root, { id: 'steering-call' })).toBe('on the 2nd and 4th Tuesday of each month at 17:30 Berlin time');
    expect(meetingDetailsMarkdown(root, { id: 'steering-call' }).split('\n').slice(0, 2)).toEqual([
      '**The 2nd and 4th Tuesday of each month, 17:30-18:15 Berlin time**\\',
      '**Video call** (Jitsi): Write to the steering list for the invite.\\',
    ]);
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

  it('writes text and URLs that pass the schemas, but read as Markdown, as themselves: no extra link, image, heading or HTML', async () => {
    const links = (markdown: string) => linksAndHeadings(markdown).links;
    await writeGeneratedFiles(root, generatedFiles);
    const before = { governance: readFileSync(join(root, 'GOVERNANCE.md'), 'utf8'), maintainers: readFileSync(join(root, 'MAINTAINERS.md'), 'utf8') };
    const series = join(root, 'content/meetings/steering-call.yaml');
    // The normal form of "https://zoom.us/j/1)[Backup link](https://evil.example/)(": one line, and a URL the schema accepts.
    const joinUrl = 'https://zoom.us/j/1)[Backup%20link](https://evil.example/)(';
    writeFileSync(
      series,
      readFileSync(series, 'utf8')
        .replace('platform: Jitsi', 'platform: "Jitsi](https://evil.example/) ![x](https://evil.example/x.png) www.evil.example <b>"')
        .replace('url: https://meet.example.org/lantern-steering', `url: "${joinUrl}"\n  meetingId: "# 1 [two](https://evil.example/)"`),
    );
    const siteFile = join(root, 'content/site.yaml');
    writeFileSync(
      siteFile,
      readFileSync(siteFile, 'utf8').replace('project: Lantern', 'project: "Lantern [home](https://evil.example/) https://evil.example/ <script>"'),
    );
    const maintainer = join(root, 'content/maintainers/evil-fixture.yaml');
    writeFileSync(
      maintainer,
      'handle: evil-fixture\nname: "# Ada [support](https://evil.example/) security@evil.example"\naffiliation: "![pixel](https://evil.example/p.png)"\nstatus: active\n',
    );
    await writeGeneratedFiles(root, generatedFiles);
    const governance = readFileSync(join(root, 'GOVERNANCE.md'), 'utf8');
    const maintainers = readFileSync(join(root, 'MAINTAINERS.md'), 'utf8');

    // The same links and headings as before, but for the join link, which is still one link to the whole address, and the new maintainer's profile.
    const joinLink = 'https://zoom.us/j/1%29[Backup%20link]%28https://evil.example/%29%28';
    expect(links(governance)).toEqual(links(before.governance).map((url) => (url === 'https://meet.example.org/lantern-steering' ? joinLink : url)));
    expect(linksAndHeadings(governance).headings).toEqual(linksAndHeadings(before.governance).headings);
    expect(links(maintainers).filter((url) => !links(before.maintainers).includes(url))).toEqual(['https://github.com/evil-fixture']);
    // One more active maintainer: the same headings, but for a count.
    const uncounted = (markdown: string) => linksAndHeadings(markdown).headings.map((h) => h.replace(/\(\d+\)/, '(n)'));
    expect(uncounted(maintainers)).toEqual(uncounted(before.maintainers));
    for (const text of [governance, maintainers]) {
      expect(linksAndHeadings(text).html.filter((h) => h !== '<!-- -->' && !h.startsWith('<!-- Generated from'))).toEqual([]);
      expect(links(text).some((url) => url.startsWith('https://evil.example'))).toBe(false);
    }
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
