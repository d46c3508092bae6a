import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { refusedHtml } from './allowed-html.ts';
import { markdownPipeline } from './pipeline.ts';

// The whole pipeline, as the build runs it: the alert is found in the Markdown and drawn after the author-HTML allow-list.
const root = process.cwd();
const processor = satteri(
  markdownPipeline({ root, docsDir: 'content/docs', fileRoutes: {}, base: '/', repository: 'https://github.com/example-org/community', branch: 'main' }),
);
const markdown = await processor.createRenderer({ syntaxHighlight: false });
const mdx = await processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false });
const file = join(root, 'content/docs/page.md');
const render = async (source: string) => (await markdown.render(source, { fileURL: pathToFileURL(file) })).code;

/** The alert's markup without its icon's drawing, which is the site's own. */
const withoutIcon = (html: string) => html.replace(/<svg [^>]*>.*?<\/svg>/g, '<svg/>');

describe('GitHub alerts', () => {
  it.each([
    ['NOTE', 'note', 'Note'],
    ['TIP', 'tip', 'Tip'],
    ['IMPORTANT', 'important', 'Important'],
    ['WARNING', 'warning', 'Warning'],
    ['CAUTION', 'caution', 'Caution'],
  ])('turns a quote whose first line is [!%s] into GitHub’s alert markup', async (marker, type, title) => {
    const html = await render(`> [!${marker}]\n> Read *this* first.\n`);
    expect(withoutIcon(html)).toBe(
      [
        `<div class="markdown-alert markdown-alert-${type}" dir="auto">`,
        `<p class="markdown-alert-title" dir="auto"><svg/>${title}</p>`,
        '<p>Read <em>this</em> first.</p>',
        '</div>',
        '',
      ].join('\n'),
    );
    expect(html).toMatch(
      /<svg class="octicon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="[^"]+"><\/path><\/svg>/,
    );
  });

  it('reads the marker in any case, with spaces or a hard break after it', async () => {
    for (const marker of ['[!note]', '[!Tip] ', '[!wArNiNg]  ']) {
      expect(await render(`> ${marker}\n> Text.\n`)).toMatch(
        /^<div class="markdown-alert markdown-alert-(note|tip|warning)" dir="auto">\n<p class="markdown-alert-title"[\s\S]*<\/p>\n<p>Text\.<\/p>\n<\/div>\n$/,
      );
    }
  });

  it('leaves a quote as a quote unless its first line is the marker alone', async () => {
    const quotes = [
      '> A plain quote.\n',
      '> [!NOTE] on the same line as text\n',
      '> Text first.\n> [!NOTE]\n',
      '> [!HINT]\n> Not one of GitHub’s five.\n',
      '> [NOTE]\n> No bang.\n',
      '> [!NOTE]\n',
    ];
    for (const source of quotes) {
      const html = await render(source);
      expect(html).toMatch(/^<blockquote>\n<p>/);
      expect(html).not.toContain('markdown-alert');
    }
    expect(await render('> [!NOTE] on the same line as text\n')).toBe('<blockquote>\n<p>[!NOTE] on the same line as text</p>\n</blockquote>\n');
  });

  it('keeps nested content: paragraphs, lists, code, links and headings', async () => {
    const html = await render(
      '> [!IMPORTANT]\n>\n> ## Before you vote\n>\n> 1. Read [the charter](https://example.org/charter).\n> 2. Run `npm test`.\n>\n> > A quote inside.\n',
    );
    expect(withoutIcon(html)).toBe(
      [
        '<div class="markdown-alert markdown-alert-important" dir="auto">',
        '<p class="markdown-alert-title" dir="auto"><svg/>Important</p>',
        '<h2 id="before-you-vote">Before you vote<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#before-you-vote">#</a></h2>',
        '<ol>',
        '<li>Read <a href="https://example.org/charter" rel="noopener">the charter</a>.</li>',
        '<li>Run <code>npm test</code>.</li>',
        '</ol>',
        '<blockquote>',
        '<p>A quote inside.</p>',
        '</blockquote>',
        '</div>',
        '',
      ].join('\n'),
    );
  });

  it('finds an alert inside a list item', async () => {
    const html = await render('- Step one\n\n  > [!WARNING]\n  > Mind the gap.\n');
    expect(withoutIcon(html)).toContain(
      '<li>\n<p>Step one</p>\n<div class="markdown-alert markdown-alert-warning" dir="auto">\n<p class="markdown-alert-title" dir="auto"><svg/>Warning</p>\n<p>Mind the gap.</p>\n</div>\n</li>',
    );
  });

  it('does not let HTML written by an author pass for an alert', async () => {
    const forged = await render(
      '<blockquote><p>[!NOTE]\nnot an alert</p></blockquote>\n\n<div class="markdown-alert markdown-alert-note" dir="auto"><p class="markdown-alert-title">Note</p><svg><path d="M0 0"/></svg></div>\n',
    );
    expect(forged).not.toContain('markdown-alert');
    expect(forged).not.toContain('<svg');
    expect(forged).toContain('<blockquote><p>[!NOTE]\nnot an alert</p></blockquote>');
  });

  it('refuses the alert markup written by hand in an MDX page, as the content check does', () => {
    expect(refusedHtml('div', [{ name: 'className', value: 'markdown-alert markdown-alert-note' }])).toEqual({ attributes: ['className'] });
    expect(refusedHtml('p', [{ name: 'className', value: 'markdown-alert-title' }])).toEqual({ attributes: ['className'] });
    expect(refusedHtml('svg', [{ name: 'viewBox', value: '0 0 16 16' }])).toEqual({ element: true });
  });

  it('does the same in an MDX page', async () => {
    const { code } = await mdx.process('> [!TIP]\n> Use `npm run generate`.\n', join(root, 'content/docs/page.mdx'), {});
    expect(code).toContain('class: "markdown-alert markdown-alert-tip"');
    expect(code).toContain('class: "markdown-alert-title"');
    expect(code).toContain('"aria-hidden": "true"');
    expect(code).not.toContain('[!TIP]');
  });
});
