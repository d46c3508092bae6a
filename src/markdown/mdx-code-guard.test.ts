import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownPipeline } from './pipeline.ts';

// The compile Astro runs for an .mdx doc, with the site's pipeline: the content check is not run here.
// A project of the fixture content (tests/fixtures/site/content), never today's content/, and the
// site's components module its docs import: links are judged against the fixture's docs.
const root = mkdtempSync(join(tmpdir(), 'markdown-pipeline-'));
cpSync(join(process.cwd(), 'tests/fixtures/site/content'), join(root, 'content'), { recursive: true });
for (const file of ['src/mdx/index.ts', 'MAINTAINERS.md', 'package.json']) cpSync(join(process.cwd(), file), join(root, file));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const processor = satteri(
  markdownPipeline({
    root,
    docsDir: 'content/docs',
    fileRoutes: { 'MAINTAINERS.md': '/maintainers/' },
    base: '/community/',
    repository: 'https://github.com/example-org/community',
    branch: 'main',
  }),
);
const mdx = await processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false });
const compile = (source: string, name = 'page.mdx') => mdx.process(source, join(root, 'content/docs', name), {});

describe('an MDX doc compiled without the content check first (astro dev)', () => {
  it('stops the compile at every line that would run code, before any module is written', async () => {
    const source = [
      "import { execSync } from 'node:child_process';",
      "import passwd from '/etc/passwd?raw';",
      "import { MeetingWhen } from '../../src/mdx/index.ts';",
      '',
      "The machine is {execSync('id').toString()}, the token {process.env.GITHUB_TOKEN}.",
      '',
      '<MeetingWhen id={passwd} {...process.env} />',
      '',
      '<meta http-equiv="refresh" content="0;url=https://attacker.example/" />',
      '',
      'Fine: <MeetingWhen id="office-hours" alsoIn={\'Europe/Berlin\'} /> and {/* a comment */}.',
    ].join('\n');
    const IMPORT =
      "import { ContentReferenceLink, MeetingDetails, MeetingWhen, RepositoryLink, VoteThreshold } from '../../src/mdx/index.ts' (keep the ones it uses)";
    await expect(compile(source)).rejects.toThrow(
      [
        'MDX that would run code when the site is built, in content/docs/page.mdx:',
        `content/docs/page.mdx:1: imports "node:child_process"; a doc may import only the site's components: ${IMPORT}`,
        `content/docs/page.mdx:2: imports "/etc/passwd?raw"; a doc may import only the site's components: ${IMPORT}`,
        "content/docs/page.mdx:5: {execSync('id').toString()} is code, which a doc may not run; write the text itself (a comment is written {/* … */})",
        'content/docs/page.mdx:5: {process.env.GITHUB_TOKEN} is code, which a doc may not run; write the text itself (a comment is written {/* … */})',
        'content/docs/page.mdx:7: id={passwd} on <MeetingWhen> is code, which a doc may not run; write a plain value, e.g. id="…"',
        'content/docs/page.mdx:7: {...process.env} on <MeetingWhen> is code, which a doc may not run; write each attribute as name="value"',
        'content/docs/page.mdx:9: <meta> is HTML that GitHub does not show either, and a doc may not contain; write Markdown instead',
      ].join('\n'),
    );
  });

  it("compiles the fixture site's docs, which import components", async () => {
    for (const name of ['governance.mdx', 'contributing.mdx', 'code-of-conduct.mdx']) {
      const source = readFileSync(join(root, 'content/docs', name), 'utf8').replace(/^---[\s\S]*?---\n/, '');
      await expect(compile(source, name)).resolves.toBeDefined();
    }
  });
});
