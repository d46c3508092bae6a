import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { markdownPipeline } from './pipeline.ts';

const root = process.cwd();
const processor = satteri(
  markdownPipeline({ root, docsDir: 'content/docs', fileRoutes: {}, base: '/', repository: 'https://github.com/example-org/community', branch: 'main' }),
);
const markdown = await processor.createRenderer({ syntaxHighlight: false });
const mdx = await processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false });
const render = async (source: string) => (await markdown.render(source, { fileURL: pathToFileURL(join(root, 'content/docs/page.md')) })).code;

describe('task lists', () => {
  it('gives each checkbox GitHub’s class and the item’s text as its name, sub-lists left out', async () => {
    expect(await render('- [ ] Draft the *charter*\n- [x] Vote on it\n  - [ ] Count the votes\n- A plain item\n')).toBe(
      [
        '<ul class="contains-task-list">',
        '<li class="task-list-item"><input type="checkbox" disabled class="task-list-item-checkbox" aria-label="Draft the charter"> Draft the <em>charter</em></li>',
        '<li class="task-list-item"><input type="checkbox" checked disabled class="task-list-item-checkbox" aria-label="Vote on it"> Vote on it',
        '<ul class="contains-task-list">',
        '<li class="task-list-item"><input type="checkbox" disabled class="task-list-item-checkbox" aria-label="Count the votes"> Count the votes</li>',
        '</ul>',
        '</li>',
        '<li>A plain item</li>',
        '</ul>',
        '',
      ].join('\n'),
    );
  });

  it('finds the checkbox of a loose item in its first paragraph, and names it with all of the item’s text', async () => {
    expect(await render('1. [X] Publish the notes\n\n   within a week.\n')).toBe(
      '<ol class="contains-task-list">\n<li class="task-list-item">\n<p><input type="checkbox" checked disabled class="task-list-item-checkbox" aria-label="Publish the notes within a week."> Publish the notes</p>\n<p>within a week.</p>\n</li>\n</ol>\n',
    );
  });

  it('leaves a list of brackets that is not a task list alone', async () => {
    expect(await render('- [link](https://example.org)\n- [?] unsure\n')).not.toContain('checkbox');
  });

  it('does the same in an MDX page', async () => {
    const { code } = await mdx.process('- [ ] Write it down\n', join(root, 'content/docs/page.mdx'), {});
    expect(code).toContain('class: "task-list-item-checkbox"');
    expect(code).toContain('"aria-label": "Write it down"');
  });
});
