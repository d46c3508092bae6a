import { Parser } from 'htmlparser2';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { hasSchemeOrHost } from '../site/hrefs.ts';
import { repoTarget } from '../site/repo-links.ts';
import { parseExpression, staticText } from './mdx-safety.ts';

/**
 * The images a Markdown or MDX file of content/ shows, each at its line: `![alt](path)`,
 * and `<img src>` / `<source srcset>` written as HTML (a .md file) or JSX (an .mdx file).
 * Astro copies a Markdown image given by a relative path into the site, whatever file
 * that path names: the content check (src/rules/content-files.ts) holds every one to a
 * file the repository tracks.
 */
export interface ImageReference {
  line: number;
  src: string;
}

type Node = {
  type: string;
  url?: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
};

/** The image paths of `text`, read as MDX when `mdx`, else as Markdown with raw HTML; none when it does not parse (its own check says why). */
export function imageReferences(text: string, mdx: boolean): ImageReference[] {
  let tree: Node;
  try {
    const options = { features: { gfm: true, frontmatter: true, rawHtml: true } };
    tree = (mdx ? mdxToMdast(text, options) : markdownToMdast(text, options)) as Node;
  } catch {
    return [];
  }
  const found: ImageReference[] = [];
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image' && node.url !== undefined) found.push({ line, src: node.url });
    if (node.type === 'html' && node.value) found.push(...htmlImages(node.value).map((i) => ({ line: line + i.line - 1, src: i.src })));
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      for (const a of node.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute') continue;
        const value = typeof a.value === 'string' ? a.value : jsxValueText(a.value);
        if (value !== undefined) found.push(...sources(node.name, a.name ?? '', value).map((src) => ({ line, src })));
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/** The text of an attribute written as {"…"} (code there is refused by the MDX check, src/markdown/mdx-safety.ts). */
function jsxValueText(value: unknown): string | undefined {
  const expression = value !== null && typeof value === 'object' ? (value as { value?: unknown }).value : undefined;
  const program = typeof expression === 'string' ? parseExpression(expression) : undefined;
  return program ? staticText(program) : undefined;
}

/** The image paths of raw HTML, each at its line within it (1 for the first). */
function htmlImages(html: string): ImageReference[] {
  const found: ImageReference[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const line = html.slice(0, parser.startIndex).split('\n').length;
      for (const [attribute, value] of Object.entries(attributes)) found.push(...sources(name, attribute, value).map((src) => ({ line, src })));
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

/** The paths an attribute of an element names as images: src of <img>, each candidate of srcset on <img> or <source>. */
function sources(element: string, attribute: string, value: string): string[] {
  const name = attribute.toLowerCase();
  if (element === 'img' && name === 'src') return [value.trim()];
  if ((element === 'img' || element === 'source') && name === 'srcset') {
    return value
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
      .filter((src) => src !== '');
  }
  return [];
}

/**
 * What is wrong with an image path written in `file` (repository-relative), if anything.
 * `fileAt(path)` tells what the repository has at a repository path: a file git tracks,
 * a symbolic link (anywhere along the path), a file git does not track, or nothing.
 */
export function imagePathProblem(
  src: string,
  file: string,
  fileAt: (path: string) => 'tracked' | 'symbolic link' | 'untracked' | 'missing',
): string | undefined {
  if (src === '' || src.startsWith('#') || hasSchemeOrHost(src)) return undefined;
  const instead = 'write the path of an image the repository holds, relative to this file, or its full https:// address';
  if (src.startsWith('/')) return `image "${src}" is an absolute path, which names a file of the machine that builds the site; ${instead}`;
  let target: string;
  try {
    target = repoTarget(src.replace(/[?#].*$/, ''), file).target;
  } catch {
    return `image "${src}" is not a path that can be read (a stray "%"?); ${instead}`;
  }
  if (target === '..' || target.startsWith('../')) return `image "${src}" points outside the repository; ${instead}`;
  switch (fileAt(target)) {
    case 'tracked':
      return undefined;
    case 'symbolic link':
      return `image "${src}" leads through a symbolic link (${target}), which the site does not follow; put the image itself in the repository and point to it`;
    case 'untracked':
      return `image "${src}" names ${target}, which git does not track, so it is not part of the repository; add the image to the pull request, or ${instead}`;
    case 'missing':
      return `image "${src}": ${target} does not exist; ${instead}`;
  }
}
