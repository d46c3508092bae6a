import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteMarkdown } from './pipeline.ts';
import { markdownFileRenderer } from './render.ts';

// The fixture site (tests/fixtures/site): links are judged against its docs, never today's content/.
const root = join(process.cwd(), 'tests/fixtures/site');
const markdown = siteMarkdown({
  root,
  docsDir: 'content/docs',
  fileRoutes: { 'MAINTAINERS.md': '/maintainers/' },
  base: '/community/',
  repository: 'https://github.com/example-org/community',
  branch: 'main',
});
const render = await markdownFileRenderer(markdown);
const FILE = 'content/meetings/office-hours/2027-01-07.md';
const record = (body: string, front = '---\nrecordingUrl: https://www.youtube.com/watch?v=x1\n---\n') => render(FILE, join(root, FILE), `${front}${body}`);

describe("a Markdown file rendered by the site's own processor", () => {
  it('gives the HTML and headings Astro gives for the same body: repository links made site links, heading anchors, external links', async () => {
    const body = '\n## Agenda\n\n- [Charter](../../docs/governance.mdx#values) questions\n- [Spec](https://github.com/modelpack/model-spec)\n';
    const astro = await (
      await markdown.processor.createRenderer({ syntaxHighlight: markdown.syntaxHighlight })
    ).render(body, { fileURL: pathToFileURL(join(root, FILE)) });
    const ours = await record(body);
    expect(ours.html).toBe(astro.code);
    expect(ours.html).toContain('href="/community/governance/#values"');
    expect(ours.html).toContain('rel="noopener"');
    expect(ours.headings).toEqual([{ depth: 2, slug: 'agenda', text: 'Agenda' }]);
  });

  it('names the line of the file, frontmatter counted, of a link that leads nowhere', async () => {
    await expect(record('\n## Agenda\n\n- See [the old charter](../../docs/charter.md)\n')).rejects.toThrow(
      `${FILE}:7: link "../../docs/charter.md" leads to "content/docs/charter.md", which is not a file of the repository; no file of the repository has a name near it`,
    );
    await expect(record('- [x](../../docs/nothing.md)\n', '')).rejects.toThrow(`${FILE}:1: link`);
  });

  it("points an image of the repository at the site's copy, and refuses one out of it with the line and what to write instead", async () => {
    expect((await record('\n## Slides\n\n![The roadmap](./roadmap.png)\n')).html).toContain(
      '<img src="/community/_repository/content/meetings/office-hours/roadmap.png" alt="The roadmap">',
    );
    await expect(record('\n## Slides\n\n![The roadmap](../../../../roadmap.png)\n')).rejects.toThrow(
      `${FILE}:7: the image ../../../../roadmap.png is no file of the repository, which this page cannot show; put the image in the repository, or link to it where it is published instead, e.g. [slides](https://…), or give it as slidesUrl`,
    );
  });
});
