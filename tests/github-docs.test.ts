import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basePath, loadSiteConfig } from '../src/site/config.ts';
import { htmlFilesUnder, htmlProblems } from '../test-support/html-validation.ts';
import { ProjectCopy } from '../test-support/project.ts';

/**
 * A foundation's governance Markdown copied in as it stands on GitHub: files without frontmatter,
 * an issue template's frontmatter, a file with its own heading under a frontmatter title, one whose
 * heading is HTML, and a
 * folder whose README.md is its page, linked to from a sibling by ./README.md. It builds with no
 * edit, each page shows its title once, and the folder's README is the folder's page.
 */
const fixtures: Record<string, string> = {
  'content/docs/security.md': `# Security policy

Report a vulnerability to the maintainers in private, never in a public issue.

## Reporting

Write to the maintainers.
`,
  'content/docs/bug-report.md': `---
name: Bug report
about: Report something that does not work as the specification says
labels: bug, triage
assignees: ''
---

# Reporting a bug

Say what you did, what you expected and what happened instead.
`,
  'content/docs/releases.md': `---
title: Releases
description: How a version of the specification is released.
---

# How a release is cut

The maintainers tag the version.

## Steps

Tag, then announce.
`,
  'content/docs/roadmap.md': `<h1 align="center">Project <em>roadmap</em></h1>

What the maintainers plan next.

## This year

Version 2.
`,
  'content/docs/working-groups/README.md': `# Working groups

The groups that do the technical work. See [the runtime group](./runtime.md).
`,
  'content/docs/working-groups/runtime.md': `# Runtime working group

The group works on running packaged models; it is one of [the working groups](./README.md),
listed with [the others](../working-groups/README.md#working-groups).
`,
};

let copy: ProjectCopy;
let base: string;
const page = (route: string) => copy.read(`dist${route}index.html`);
// Each heading's text, without the "#" anchor appended to it (src/markdown/heading-anchors.ts).
const h1s = (html: string) =>
  [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) =>
    m[1]!
      .replace(/<a [^>]*class="heading-anchor"[^>]*>[\s\S]*?<\/a>/g, '')
      .replace(/<[^>]+>/g, '')
      .trim(),
  );
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const tocLinks = (html: string) => [...(/<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '').matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
const descriptionOf = (html: string) => /<meta name="description" content="([^"]*)"/.exec(html)?.[1];

beforeAll(() => {
  copy = new ProjectCopy().withFixtureContent();
  for (const [file, text] of Object.entries(fixtures)) copy.write(file, text);
  base = basePath(loadSiteConfig(copy.dir));
  // MAINTAINERS.md and the others written from the fixture content, as npm run check wants them.
  const generated = copy.run('scripts/generate.ts');
  if (generated.status !== 0) throw new Error(generated.output);
  const r = copy.build();
  if (r.status !== 0) throw new Error(`the copy with GitHub's Markdown did not build:\n${r.output}`);
});
afterAll(() => copy?.dispose());

describe("a repository's governance Markdown, as it stands on GitHub", () => {
  it('takes the title and description of a file without frontmatter from its heading and first paragraph, and shows the title once', () => {
    const html = page('/security/');
    expect(h1s(html)).toEqual(['Security policy']);
    expect(titleOf(html)).toMatch(/^Security policy · /);
    expect(descriptionOf(html)).toBe('Report a vulnerability to the maintainers in private, never in a public issue.');
    expect(tocLinks(html)).toEqual(['reporting']);
  });

  it('takes the title of a heading written in HTML, as the top of a README often is, and shows it once', () => {
    const html = page('/roadmap/');
    expect(h1s(html)).toEqual(['Project roadmap']);
    expect(titleOf(html)).toMatch(/^Project roadmap · /);
    expect(descriptionOf(html)).toBe('What the maintainers plan next.');
    expect(tocLinks(html)).toEqual(['this-year']);
  });

  it("reads past an issue template's fields", () => {
    const html = page('/bug-report/');
    expect(h1s(html)).toEqual(['Reporting a bug']);
    expect(descriptionOf(html)).toBe('Say what you did, what you expected and what happened instead.');
  });

  it('shows the heading of a file that has its own, once, and keeps the frontmatter title for the <title> and the navigation', () => {
    const html = page('/releases/');
    expect(h1s(html)).toEqual(['How a release is cut']);
    expect(titleOf(html)).toMatch(/^Releases · /);
    expect(descriptionOf(html)).toBe('How a version of the specification is released.');
    // The table of contents lists the sections, not the page's own heading.
    expect(tocLinks(html)).toEqual(['steps']);
  });

  it("serves a folder's README.md as the folder's page, with the folder's pages after it, and no /readme/ page", () => {
    const html = page('/working-groups/');
    expect(h1s(html)).toEqual(['Working groups']);
    expect(html).toContain('The groups that do the technical work.');
    expect(html).toMatch(
      new RegExp(`<h2 id="section-pages">Pages in Working groups</h2>[\\s\\S]*?<a href="${base}working-groups/runtime/">Runtime working group</a>`),
    );
    expect(copy.exists('dist/working-groups/readme/index.html')).toBe(false);
  });

  it("turns links to a folder's README.md into links to the folder's page", () => {
    const html = page('/working-groups/runtime/');
    expect(html).toContain(`href="${base}working-groups/">the working groups</a>`);
    expect(html).toContain(`href="${base}working-groups/#working-groups">the others</a>`);
  });

  it('leaves the pages of the fixture content as they were: the layout gives their title', () => {
    expect(h1s(page('/governance/'))[0]).toBeDefined();
    expect(h1s(page('/code-of-conduct/'))).toHaveLength(1);
  });

  it('passes npm run check, which names the fields it read past in one notice line', () => {
    const r = copy.run('scripts/check.ts', [], { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' });
    expect(r.status, r.output).toBe(0);
    expect(r.output.match(/^notice: .*$/gm)).toEqual([
      "notice: ignored the fields about, assignees, labels, name, which the site does not read (other tools' frontmatter), in content/docs/bug-report.md",
    ]);
    expect(r.output).toContain('All checks passed.');
  });

  it('gives valid HTML', async () => {
    const files = htmlFilesUnder(copy.path('dist')).filter((f) => /^(security|bug-report|releases|roadmap|working-groups)\//.test(f));
    expect(files).toHaveLength(6);
    const problems = (await Promise.all(files.map((f) => htmlProblems(copy.read(`dist/${f}`), f)))).flat();
    expect(problems).toEqual([]);
  });
});
