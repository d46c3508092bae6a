import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { isExternalHref } from '../site/hrefs.ts';
import type { UnplacedLink } from '../site/repo-links.ts';
import { markdownPipeline } from './pipeline.ts';

// The pipeline as the build runs it: Astro's own Sätteri processor, with Astro's
// heading collector after our plugins, for .md and for .mdx.
// A project of the fixture content (tests/fixtures/site/content), never today's content/, and the
// site's components module its docs import: links are judged against the fixture's docs.
const root = mkdtempSync(join(tmpdir(), 'markdown-pipeline-'));
cpSync(join(process.cwd(), 'tests/fixtures/site/content'), join(root, 'content'), { recursive: true });
for (const file of ['src/mdx/index.ts', 'MAINTAINERS.md', 'package.json']) cpSync(join(process.cwd(), file), join(root, file));
// An image beside the docs, which a doc may show or link to.
mkdirSync(join(root, 'content/docs/img'), { recursive: true });
cpSync(join(process.cwd(), 'content/favicon.svg'), join(root, 'content/docs/img/logo.svg'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const linkOptions = {
  root,
  docsDir: 'content/docs',
  fileRoutes: { 'MAINTAINERS.md': '/maintainers/' },
  base: '/community/',
  repository: 'https://github.com/example-org/community',
  branch: 'main',
};
const processor = satteri(markdownPipeline(linkOptions));
const shared = { syntaxHighlight: false } as const;
const markdown = await processor.createRenderer(shared);
const mdx = await processor.createMdxRenderer!(shared, { optimize: false });

const docFile = (name: string) => join(root, 'content/docs', name);
const renderMarkdown = (source: string, file = docFile('page.md')) => markdown.render(source, { fileURL: pathToFileURL(file) });

/** The headings an MDX doc reports to render(), read from its compiled module. */
function mdxHeadings(code: string): unknown {
  const json = /export function getHeadings\(\) \{ return (.*); \}/.exec(code)?.[1];
  return json ? JSON.parse(json) : undefined;
}

describe('heading ids and anchors', () => {
  it('gives the charter the ids its table of contents links to, and reports its headings without the anchor', async () => {
    const source = readFileSync(docFile('governance.mdx'), 'utf8').replace(/^---[\s\S]*?---\n/, '');
    const { code } = await mdx.process(source, docFile('governance.mdx'), {});
    const headings = mdxHeadings(code) as { depth: number; slug: string; text: string }[];
    expect(headings.map((h) => h.slug)).toEqual(
      expect.arrayContaining([
        'values',
        'maintainers',
        'becoming-a-maintainer',
        'removing-a-maintainer',
        'meetings',
        'code-of-conduct',
        'modifying-this-charter',
        'example-office-hours',
      ]),
    );
    expect(headings.find((h) => h.slug === 'example-office-hours')).toEqual({
      depth: 3,
      slug: 'example-office-hours',
      text: 'Example Office Hours',
    });
    for (const h of headings) expect(h.text).not.toContain('#');
    // The anchor itself is in the compiled doc, on each heading.
    expect(code.match(/class: "heading-anchor"/g)).toHaveLength(headings.length);
  });

  it('appends a "#" link hidden from assistive technology and the tab order, and numbers repeated headings as GitHub does', async () => {
    const { code, metadata } = await renderMarkdown('# Title\n\n## Notes on `code`\n\n### Notes on `code`\n\n## Q&A: what? <em>why</em>\n');
    expect(code).toBe(
      [
        '<h1 id="title">Title<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#title">#</a></h1>',
        '<h2 id="notes-on-code">Notes on <code>code</code><a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#notes-on-code">#</a></h2>',
        '<h3 id="notes-on-code-1">Notes on <code>code</code><a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#notes-on-code-1">#</a></h3>',
        '<h2 id="qa-what-why">Q&amp;A: what? <em>why</em><a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#qa-what-why">#</a></h2>',
        '',
      ].join('\n'),
    );
    expect(metadata.headings).toEqual([
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'notes-on-code', text: 'Notes on code' },
      { depth: 3, slug: 'notes-on-code-1', text: 'Notes on code' },
      { depth: 2, slug: 'qa-what-why', text: 'Q&A: what? why' },
    ]);
  });

  it('starts the numbering afresh for every document', async () => {
    for (let i = 0; i < 2; i++) {
      const { metadata } = await renderMarkdown('## Values\n');
      expect(metadata.headings).toEqual([{ depth: 2, slug: 'values', text: 'Values' }]);
    }
  });
});

describe('links', () => {
  it('rewrites repository links to site routes, keeping the #fragment, in links and link definitions', async () => {
    const { code } = await renderMarkdown('See [the roster](../../MAINTAINERS.md#emeritus) and [the code][coc].\n\n[coc]: ./code-of-conduct.mdx\n');
    expect(code).toContain('<a href="/community/maintainers/#emeritus">the roster</a>');
    expect(code).toContain('<a href="/community/code-of-conduct/">the code</a>');
  });

  it('stops on every link it cannot place, naming the file and line of each', async () => {
    const source = 'Fine [roster](../../MAINTAINERS.md).\n\nBroken [one](./MAINTAINERS.md).\n\n[two]: ./nowhere.mdx\n\nUse [two].\n';
    await expect(renderMarkdown(source, docFile('governance.mdx'))).rejects.toThrow(
      [
        'Broken links in content/docs/governance.mdx:',
        'content/docs/governance.mdx:3: link "./MAINTAINERS.md" leads to "content/docs/MAINTAINERS.md", which is not a file of the repository; the nearest file is "MAINTAINERS.md": write "../../MAINTAINERS.md"',
        'content/docs/governance.mdx:5: link "./nowhere.mdx" leads to "content/docs/nowhere.mdx", which is not a file of the repository; no file of the repository has a name near it: link to a file that exists, or remove the link',
      ].join('\n'),
    );
  });

  it('stops an MDX doc the same way, naming its line', async () => {
    await expect(mdx.process('# A\n\n<br />\n\n[x](./missing.mdx)\n', docFile('code-of-conduct.mdx'), {})).rejects.toThrow(
      /^Broken link in content\/docs\/code-of-conduct\.mdx:\ncontent\/docs\/code-of-conduct\.mdx:5: link "\.\/missing\.mdx"/,
    );
  });

  it('gives links to other hosts rel="noopener" and leaves the site\'s own links and mail links alone', async () => {
    const { code } = await renderMarkdown(
      '[a](https://github.com/modelpack) [b](/community/meetings/) [c](//example.org/x) [d](mailto:x@example.org) [e](#values) <https://example.org>\n',
    );
    expect(code).toBe(
      '<p><a href="https://github.com/modelpack" rel="noopener">a</a> <a href="/community/meetings/">b</a> <a href="//example.org/x" rel="noopener">c</a> <a href="mailto:x@example.org">d</a> <a href="#values">e</a> <a href="https://example.org" rel="noopener">https://example.org</a></p>\n',
    );
  });

  it('gives an <a> written in MDX to another host rel="noopener" too, in a paragraph or on its own line, and leaves its own links alone', async () => {
    const { code } = await mdx.process(
      'See <a href="https://example.org/x">this</a> and <a href="#values">that</a>.\n\n<details><summary>More</summary><a href="//example.org/y">there</a></details>\n\n<a href="https://example.org/z">alone</a>\n',
      docFile('page.mdx'),
      {},
    );
    expect(code).toMatch(/href: "https:\/\/example\.org\/x",\n\s*rel: "noopener",\n\s*children: "this"/);
    expect(code).toMatch(/href: "#values",\n\s*children: "that"/);
    expect(code).toMatch(/href: "\/\/example\.org\/y",\n\s*rel: "noopener",\n\s*children: "there"/);
    expect(code).toMatch(/href: "https:\/\/example\.org\/z",\n\s*rel: "noopener",\n\s*children: "alone"/);
  });

  it('tells links that leave the site from the rest', () => {
    expect(['https://example.org', 'http://example.org/x', '//example.org'].filter(isExternalHref)).toHaveLength(3);
    expect(['/community/', '#x', 'mailto:a@b.org', 'ftp://example.org', 'HTTPS-ish/relative', ''].some(isExternalHref)).toBe(false);
  });
});

describe('text', () => {
  it('keeps quotes and dashes as written, and reads GFM tables', async () => {
    const { code } = await renderMarkdown('"Maintainers\' votes" -- two-thirds...\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    expect(code).toContain('<p>"Maintainers\' votes" -- two-thirds...</p>');
    expect(code).toContain('<table>');
  });
});

describe('images given by their repository path', () => {
  it("points Markdown images and HTML <img>/<source> at the site's copy, relative to the doc's folder, and leaves addresses alone", async () => {
    const source = [
      '![Beside](diagram.png) ![Up](../../assets/a%20b.png "Title")',
      '',
      '<p><img src="static/logo.svg" alt="Logo"> <img src="https://img.shields.io/badge/x.svg" alt="Badge"></p>',
      '',
      '<picture><source srcset="img/dark.png 2x, https://example.org/x.png 1x"><img src="#top" alt=""></picture>',
    ].join('\n');
    const { code, metadata } = await renderMarkdown(source, docFile('working-groups/page.md'));
    const images = [...code.matchAll(/<(?:img|source) [^>]*?(src|srcset)="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(images).toEqual([
      'src=/community/_repository/content/docs/working-groups/diagram.png',
      'src=/community/_repository/content/assets/a%20b.png',
      'src=/community/_repository/content/docs/working-groups/static/logo.svg',
      'src=https://img.shields.io/badge/x.svg',
      'srcset=/community/_repository/content/docs/working-groups/img/dark.png 2x, https://example.org/x.png 1x',
      'src=#top',
    ]);
    // None is left to Astro's image pipeline, which would bundle the file.
    expect(metadata.localImagePaths).toEqual([]);
  });

  it('points the definition of a reference-style image at the copy, and still turns a definition of a doc into its page', async () => {
    const { code } = await renderMarkdown('![Logo][logo] and [the charter][charter]\n\n[logo]: img/logo.png\n[charter]: ./governance.mdx\n');
    expect(code).toContain('<img src="/community/_repository/content/docs/img/logo.png" alt="Logo">');
    expect(code).toContain('<a href="/community/governance/">the charter</a>');
  });

  it('leaves a link to an image, which no page shows, for the link plugin: inline or by reference, it goes to the file on GitHub', async () => {
    const { code } = await renderMarkdown('[the logo](img/logo.svg) and [the logo again][logo]\n\n[logo]: img/logo.svg\n');
    const onGitHub = 'https://github.com/example-org/community/blob/main/content/docs/img/logo.svg';
    expect(code).toBe(`<p><a href="${onGitHub}" rel="noopener">the logo</a> and <a href="${onGitHub}" rel="noopener">the logo again</a></p>\n`);
  });

  it('places an <a href> written as HTML in a .md doc as GitHub does, relative to the file, and names the line of one that leads nowhere', async () => {
    const { code } = await renderMarkdown(
      'Text.\n\n<p align="center"><a href="governance.mdx#values">Charter</a> · <a href="img/logo.svg">Logo</a> · <a href="#top">Top</a></p>\n',
    );
    expect(code).toContain('<a href="/community/governance/#values">Charter</a>');
    expect(code).toContain('<a href="https://github.com/example-org/community/blob/main/content/docs/img/logo.svg" rel="noopener">Logo</a>');
    expect(code).toContain('<a href="#top">Top</a>');
    await expect(renderMarkdown('Text.\n\n<a href="./CONTRIBUTNG.md">Guide</a>\n')).rejects.toThrow('content/docs/page.md:3: link "./CONTRIBUTNG.md" leads to');
  });

  it('names each link that leads nowhere once, for the build to report, whether written in Markdown or in HTML', async () => {
    const unplaced: UnplacedLink[] = [];
    const logging = satteri(markdownPipeline({ ...linkOptions, unplaced }));
    const renderer = await logging.createRenderer(shared);
    await renderer.render('[Guide](./CONTRIBUTNG.md)\n\n<a href="./GOVERNANSE.md">Charter</a>\n', { fileURL: pathToFileURL(docFile('page.md')) });
    expect(unplaced.map((u) => `${u.file}:${u.line}: ${u.href}`)).toEqual([
      'content/docs/page.md:1: ./CONTRIBUTNG.md',
      'content/docs/page.md:3: ./GOVERNANSE.md',
    ]);
  });

  it('does the same for JSX <img> in an .mdx doc', async () => {
    const { code } = await mdx.process('<img src="static/logo.svg" alt="Logo" />\n\n![Beside](diagram.png)\n', docFile('gallery.mdx'), {});
    expect(code).toContain('"/community/_repository/content/docs/static/logo.svg"');
    expect(code).toContain('"/community/_repository/content/docs/diagram.png"');
  });
});
