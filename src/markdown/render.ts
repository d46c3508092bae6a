import { pathToFileURL } from 'node:url';
import type { MarkdownHeading } from 'astro';
import { readFrontmatter } from '../yaml/frontmatter.ts';
import type { siteMarkdown } from './pipeline.ts';

export interface RenderedMarkdown {
  html: string;
  headings: MarkdownHeading[];
}

/**
 * Renders Markdown files of the repository to HTML with the site's own processor and
 * settings (the ones Astro is given), for content that a page shows without Astro
 * compiling each file into a module: a meeting record is a few lines of Markdown, and
 * 1,300 of them as modules took 10 s of bundling (BENCHMARKS.md). The frontmatter's lines
 * are kept as blank lines, so an error names the line of the file.
 */
export async function markdownFileRenderer(
  markdown: ReturnType<typeof siteMarkdown>,
): Promise<(file: string, absolutePath: string, text: string) => Promise<RenderedMarkdown>> {
  const renderer = await markdown.processor.createRenderer({ syntaxHighlight: markdown.syntaxHighlight });
  return async (file, absolutePath, text) => {
    const front = readFrontmatter(text);
    const body = front ? '\n'.repeat(front.lines) + text.slice(front.block.length) : text;
    const { code, metadata } = await renderer.render(body, { fileURL: pathToFileURL(absolutePath) });
    const image = metadata.localImagePaths[0];
    // An image of the repository points at the site's copy (src/markdown/repository-images.ts); one left to
    // Astro's asset pipeline, which this renderer does not run (a path out of the repository), is refused rather than shown broken.
    if (image !== undefined) {
      const line = body.split('\n').findIndex((l) => l.includes(image)) + 1;
      throw new Error(
        `${file}${line > 0 ? `:${line}` : ''}: the image ${image} is no file of the repository, which this page cannot show; put the image in the repository, or link to it where it is published instead, e.g. [slides](https://…), or give it as slidesUrl`,
      );
    }
    return { html: code, headings: metadata.headings };
  };
}
