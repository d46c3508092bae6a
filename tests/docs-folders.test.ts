import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_MAX_LINKS } from '../src/site/nav.ts';
import { basePath, editUrl, loadSiteConfig } from '../src/site/config.ts';
import { htmlFilesUnder, htmlProblems } from '../test-support/html-validation.ts';
import { ProjectCopy } from '../test-support/project.ts';

/**
 * Docs laid out as a foundation keeps them: plain Markdown next to MDX, a folder
 * with an index and two pages (one without `order`), a folder without an index,
 * and repository-relative links between them in both directions, with #fragments,
 * written as they work on GitHub. The copy gets a git history of its own, made
 * here, so "Last updated" has dates to show.
 */
const fixtures: Record<string, string> = {
  'content/docs/adoption.md': `---
title: Adopting the standard
description: How an organisation adopts the standard.
navLabel: Adoption
---

## Why adopt

The [runtime working group](./working-groups/runtime.md#meetings) meets in the open.
See also [the working groups](./working-groups/).
`,
  'content/docs/working-groups/index.md': `---
title: Working groups
description: The groups that do the technical work.
order: 1
---

Each group below keeps its own page.
`,
  'content/docs/working-groups/runtime.md': `---
title: Runtime working group
description: The group that works on running packaged models.
navLabel: Runtime
order: 1
---

## Meetings

The group meets after the office hours.

## Scope

Running models; see [why adopt](../adoption.md#why-adopt) and [packaging](./packaging.md#scope).
`,
  'content/docs/working-groups/packaging.md': `---
title: Packaging working group
description: The group that works on the artifact format.
navLabel: Packaging
---

## Scope

Artifact layout. Its meetings are those of [the runtime group](./runtime.md#meetings);
security reports go by [the policy](../policies/security.md#reporting).
`,
  'content/docs/policies/security.md': `---
title: Security policy
description: How to report a vulnerability.
---

## Reporting

Write to the maintainers; the [packaging group](../working-groups/packaging.md#scope) answers for the format.
`,
};

let copy: ProjectCopy;
let base: string;
const COMMIT_DATE = '2026-02-03T10:00:00+00:00';
const page = (route: string) => copy.read(`dist${route}index.html`);
const headerLinks = (html: string) =>
  [...(/<nav aria-label="Main">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '').matchAll(/<a href="([^"]*)"( aria-current="page")?>([^<]*)<\/a>/g)].map((m) => ({
    href: m[1],
    current: Boolean(m[2]),
    label: m[3],
  }));
const listAfter = (html: string, heading: string) => {
  const list = new RegExp(`<h2 id="section-pages">${heading}</h2>\\s*<ul>([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? '';
  return [...list.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`);
};

beforeAll(() => {
  copy = new ProjectCopy().withFixtureContent();
  for (const [file, text] of Object.entries(fixtures)) copy.write(file, text);
  base = basePath(loadSiteConfig(copy.dir));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: copy.dir,
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: COMMIT_DATE,
        GIT_COMMITTER_DATE: COMMIT_DATE,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
      },
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'fixture docs');
  const r = copy.build();
  if (r.status !== 0) throw new Error(`the copy with docs in folders did not build:\n${r.output}`);
});
afterAll(() => copy?.dispose());

describe('docs in folders, in Markdown and MDX', () => {
  it('serves a .md doc and each doc of a folder at the route of its path', () => {
    expect(page('/adoption/')).toContain('<h1>Adopting the standard</h1>');
    expect(page('/working-groups/runtime/')).toContain('<h1>Runtime working group</h1>');
    expect(page('/working-groups/packaging/')).toContain('<h1>Packaging working group</h1>');
    expect(page('/policies/security/')).toContain('<h1>Security policy</h1>');
  });

  it("serves a folder's index.md at the folder's route, followed by the folder's pages: ordered first, then by title", () => {
    const index = page('/working-groups/');
    expect(index).toContain('<h1>Working groups</h1>');
    expect(index).toContain('Each group below keeps its own page.');
    expect(listAfter(index, 'Pages in Working groups')).toEqual([`Runtime ${base}working-groups/runtime/`, `Packaging ${base}working-groups/packaging/`]);
  });

  it('gives a folder without an index a page named after it, listing its pages', () => {
    const policies = page('/policies/');
    expect(policies).toContain('<h1>Policies</h1>');
    expect(listAfter(policies, 'Pages in Policies')).toEqual([`Security policy ${base}policies/security/`]);
  });

  it('turns repository-relative links at any depth, both ways, into site links with their #fragment', () => {
    expect(page('/adoption/')).toContain(`href="${base}working-groups/runtime/#meetings"`);
    expect(page('/adoption/')).toContain(`href="${base}working-groups/"`);
    expect(page('/working-groups/runtime/')).toContain(`href="${base}adoption/#why-adopt"`);
    expect(page('/working-groups/runtime/')).toContain(`href="${base}working-groups/packaging/#scope"`);
    expect(page('/working-groups/packaging/')).toContain(`href="${base}working-groups/runtime/#meetings"`);
    expect(page('/working-groups/packaging/')).toContain(`href="${base}policies/security/#reporting"`);
    expect(page('/policies/security/')).toContain(`href="${base}working-groups/packaging/#scope"`);
    for (const route of ['/adoption/', '/working-groups/runtime/', '/policies/security/']) expect(page(route)).not.toMatch(/href="(?!https?:)[^"]*\.mdx?[#"]/);
  });

  it('shows the table of contents, the edit link and the last commit date at every depth', () => {
    const site = loadSiteConfig(copy.dir);
    for (const [route, file] of [
      ['/adoption/', 'content/docs/adoption.md'],
      ['/working-groups/runtime/', 'content/docs/working-groups/runtime.md'],
      ['/policies/security/', 'content/docs/policies/security.md'],
    ] as const) {
      const html = page(route);
      expect(html, route).toMatch(/<nav class="toc"[\s\S]*?<a href="#[a-z-]+">/);
      expect(html, route).toContain(`href="${editUrl(site, file)}"`);
      expect(html, route).toContain(`Last updated <time datetime="${COMMIT_DATE}">2026-02-03</time>`);
    }
    expect(page('/working-groups/runtime/')).toMatch(/<nav class="toc"[\s\S]*?<a href="#meetings">Meetings<\/a>[\s\S]*?<a href="#scope">Scope<\/a>/);
  });

  it('keeps one header link per folder, marked current on its pages, within the header limit, with a breadcrumb back to the folder', () => {
    const links = headerLinks(page('/working-groups/runtime/'));
    expect(links.length).toBeLessThanOrEqual(HEADER_MAX_LINKS);
    expect(links[0]).toEqual({ href: `${base}working-groups/`, current: true, label: 'Working groups' });
    expect(links.filter((l) => l.current)).toHaveLength(1);
    expect(links.some((l) => l.href!.startsWith(`${base}working-groups/runtime/`))).toBe(false);
    expect(page('/working-groups/runtime/')).toMatch(
      new RegExp(`<nav class="breadcrumb" aria-label="Breadcrumb"[^>]*>\\s*<ol><li><a href="${base}working-groups/">Working groups</a></li></ol>`),
    );
  });

  it('gives valid HTML on every page, folder pages, breadcrumbs and nested lists included', async () => {
    const files = htmlFilesUnder(copy.path('dist'));
    expect(files).toEqual(
      expect.arrayContaining(['working-groups/index.html', 'working-groups/runtime/index.html', 'policies/index.html', 'adoption/index.html']),
    );
    const problems = (await Promise.all(files.map((f) => htmlProblems(copy.read(`dist/${f}`), f)))).flat();
    expect(problems).toEqual([]);
  });
});

describe('a broken link between docs in folders', () => {
  it('stops the build naming the file and line it is written on and the file it looked for', () => {
    copy.edit('content/docs/working-groups/packaging.md', '(../policies/security.md#reporting)', '(../policies/securty.md#reporting)');
    const r = copy.build();
    copy.edit('content/docs/working-groups/packaging.md', '(../policies/securty.md#reporting)', '(../policies/security.md#reporting)');
    expect(r.status, r.output.slice(-3000)).toBe(1);
    expect(r.output).toContain(
      'content/docs/working-groups/packaging.md:10: link "../policies/securty.md#reporting" leads to "content/docs/policies/securty.md", which is not a file of the repository; the nearest file is "content/docs/policies/security.md": write "../policies/security.md"',
    );
  });

  it('stops the build on a #fragment that the doc in the other folder lacks, naming both pages', () => {
    copy.edit('content/docs/policies/security.md', '(../working-groups/packaging.md#scope)', '(../working-groups/packaging.md#scoop)');
    const r = copy.build();
    copy.edit('content/docs/policies/security.md', '(../working-groups/packaging.md#scoop)', '(../working-groups/packaging.md#scope)');
    expect(r.status).toBe(1);
    expect(r.output).toContain(
      `content/docs/policies/security.md:8: link "${base}working-groups/packaging/#scoop" on page ${base}policies/security/ leads to ${base}working-groups/packaging/, which has no heading or element with id "scoop"`,
    );
  });
});
