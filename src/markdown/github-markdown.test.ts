import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { renderForGitHub } from './github-markdown.ts';

// A repository of the fixture content (tests/fixtures/site/content), never today's content/, with the repository files its links name.
const root = mkdtempSync(join(tmpdir(), 'github-markdown-'));
cpSync(join(process.cwd(), 'tests/fixtures/site/content'), join(root, 'content'), { recursive: true });
for (const file of ['MAINTAINERS.md', 'package.json']) cpSync(join(process.cwd(), file), join(root, file));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const opts = { root, fromFile: 'content/docs/contributing.mdx', docsDir: 'content/docs', siteUrl: 'https://modelpack.github.io/community/' };
const doc = (body: string) => `---\ntitle: Contributing\ndescription: How.\norder: 50\n---\n\n${body}`;

describe('renderForGitHub', () => {
  it('puts the title first under a notice that names the source, and keeps the text as written', () => {
    const out = renderForGitHub(doc('Some *text*,\nwrapped   as written.\n\n1. one\n2. two\n'), opts);
    expect(out).toBe(
      '<!-- Generated from content/docs/contributing.mdx by `npm run generate`: edit that file, not this one. -->\n\n# Contributing\n\nSome *text*,\nwrapped   as written.\n\n1. one\n2. two\n',
    );
  });

  it('links a doc to its page on the site and another repository file by its path from the root', () => {
    const out = renderForGitHub(
      doc('See [the charter](./governance.mdx#meetings), [maintainers](../../MAINTAINERS.md), [home](/) and [x](https://example.org/a.mdx).\n'),
      opts,
    );
    expect(out).toContain(
      'See [the charter](https://modelpack.github.io/community/governance/#meetings), [maintainers](MAINTAINERS.md), [home](https://modelpack.github.io/community/) and [x](https://example.org/a.mdx).',
    );
  });

  it('reads a link from the root as GitHub does: a repository file by its path, a doc by its page, else a route of the site', () => {
    const out = renderForGitHub(doc('[a](/package.json#L2), [b](/content/docs/governance.mdx#values), [c](/governance.mdx), [d](/meetings/)\n'), opts);
    expect(out).toContain(
      '[a](package.json#L2), [b](https://modelpack.github.io/community/governance/#values), [c](https://modelpack.github.io/community/governance/), [d](https://modelpack.github.io/community/meetings/)',
    );
  });

  it('drops imports and comments without leaving gaps, and renders components by their Markdown form', () => {
    const body =
      'import Thing from \'../../src/components/Thing.astro\';\n\nFirst.\n\n{/* a note for editors */}\n\n1. Vote: <Votes of="2/3" />.\n   {/* another note */}\n2. Merge.\n';
    const out = renderForGitHub(doc(body), { ...opts, components: { Votes: (a) => `**${a.of} of the maintainers**` } });
    expect(out.split('\n# Contributing\n\n')[1]).toBe('First.\n\n1. Vote: **2/3 of the maintainers**.\n2. Merge.\n');
  });

  it('hands a component the Markdown between its tags, as written', () => {
    const link = (_a: Record<string, string>, children: string) => `[${children}](https://github.com/example-org/community)`;
    const out = renderForGitHub(doc('The files of the <RepositoryLink>community *repository*</RepositoryLink>. <RepositoryLink />.\n'), {
      ...opts,
      components: { RepositoryLink: link },
    });
    expect(out.split('\n# Contributing\n\n')[1]).toBe(
      'The files of the [community *repository*](https://github.com/example-org/community). [](https://github.com/example-org/community).\n',
    );
  });

  it('keeps GitHub alerts and task lists as written, for GitHub to draw', () => {
    const body = '> [!NOTE]\n> Read the charter first.\n\n> [!caution]\n> Votes are final.\n\n- [ ] Draft\n- [x] Vote\n';
    expect(renderForGitHub(doc(body), opts).split('\n# Contributing\n\n')[1]).toBe(body);
  });

  it('refuses a component it has no Markdown form for, naming the line', () => {
    expect(() => renderForGitHub(doc('Text.\n\n<Votes />\n'), opts)).toThrow('content/docs/contributing.mdx:9: <Votes> has no Markdown form for GitHub');
    const votes = (a: Record<string, string>) => {
      if (a.rule !== 'change-charter') throw new Error(`<Votes rule="${a.rule}" />: unknown rule`);
      return '8 of 11';
    };
    expect(() => renderForGitHub(doc('Text.\n\n<Votes rule="chnage-charter" />\n'), { ...opts, components: { Votes: votes } })).toThrow(
      'content/docs/contributing.mdx:9: <Votes rule="chnage-charter" />: unknown rule',
    );
  });

  it("leaves a link to nothing as written, for the build's link check to name once at its line", () => {
    expect(renderForGitHub(doc('[x](./nowhere.mdx) and [y](workstreams.yml)\n'), opts)).toContain('[x](./nowhere.mdx) and [y](workstreams.yml)');
  });

  it('takes a .md doc without frontmatter as GitHub shows it: its own heading once, HTML comments and autolinks as Markdown', () => {
    const md = { ...opts, fromFile: 'content/docs/GOVERNANCE.md' };
    const body = '<!-- omit in toc -->\n# Governance\n\nWrite to <joe@example.com>.\n\n    <joe@example.com>\n';
    expect(renderForGitHub(body, md)).toBe(
      `<!-- Generated from content/docs/GOVERNANCE.md by \`npm run generate\`: edit that file, not this one. -->\n\n${body}`,
    );
    // A frontmatter title over a text that has its own first heading: the text's heading is the one shown.
    expect(renderForGitHub(doc('# Contributing here\n\nText.\n'), opts).split('-->\n\n')[1]).toBe('# Contributing here\n\nText.\n');
    expect(() => renderForGitHub('Only a paragraph.\n', md)).toThrow(
      'content/docs/GOVERNANCE.md: no title; start the text with a heading "# Title", or give title: in the frontmatter',
    );
  });

  it('stops on a frontmatter whose aliases repeat it out of bounds, with its line, not a stack trace', () => {
    const bomb = readFileSync('tests/fixtures/broken/docs/alias-bomb.mdx', 'utf8');
    expect(() => renderForGitHub(bomb, opts)).toThrow(/^content\/docs\/contributing\.mdx:5:37: YAML aliases repeat more than 10000 values in this file/);
  });
});
