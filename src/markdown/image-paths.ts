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
  identifier?: string;
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
  // `![alt][ref]` shows the image its definition `[ref]: path` names, at the definition's line.
  const definitions = new Map<string, ImageReference>();
  const referenced = new Set<string>();
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image' && node.url !== undefined) found.push({ line, src: node.url });
    if (node.type === 'definition' && node.url !== undefined && node.identifier !== undefined && !definitions.has(node.identifier.toLowerCase())) {
      definitions.set(node.identifier.toLowerCase(), { line, src: node.url });
    }
    if (node.type === 'imageReference' && node.identifier !== undefined) referenced.add(node.identifier.toLowerCase());
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
  for (const id of referenced) {
    const definition = definitions.get(id);
    if (definition) found.push(definition);
  }
  // Stable: images on one line stay in the order written.
  return found.sort((a, b) => a.line - b.line);
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
      return isImageFile(target)
        ? undefined
        : `image "${src}" names ${target}, which is not an image the site serves (${IMAGE_EXTENSIONS.join(', ')}); convert it to one of those, or link to it instead`;
    case 'symbolic link':
      return `image "${src}" leads through a symbolic link (${target}), which the site does not follow; put the image itself in the repository and point to it`;
    case 'untracked':
      return `image "${src}" names ${target}, which git does not track, so it is not part of the repository; add the image to the pull request, or ${instead}`;
    case 'missing':
      return `image "${src}": ${target} does not exist; ${instead}`;
  }
}

/**
 * The largest repository image the site serves: GitHub's own limit for an image attached to an
 * issue or a comment. Every image of four foundations' governance repositories was under 3 MB
 * (candidates' photos, diagrams); one over 10 MB is a raw photo or a recording, which every
 * reader of the page would download, from a pull request CI builds.
 */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** What to say of an image over MAX_IMAGE_BYTES, with its size. */
export function imageTooLarge(src: string, target: string, bytes: number): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `image "${src}" (${target}) is ${mb(bytes)} MB; the site serves images of up to ${mb(MAX_IMAGE_BYTES)} MB, which every reader of the page downloads: save it smaller (a PNG or JPEG the width of the page, about 1,000 pixels, is well under 1 MB), or link to it instead of showing it`;
}

/** The kinds of file the site serves as images: a path to any other file is refused, lest the site serve a page or a script. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg'];

/** The folder of the built site that holds the repository's images, each at its repository path. */
export const SERVED_IMAGES_DIR = '_repository';

/** The repository path of a relative image path written in `file`, or undefined when it is not one (an address, a fragment, an absolute path, outside the repository). */
export function imageTarget(src: string, file: string): string | undefined {
  if (src === '' || src.startsWith('#') || src.startsWith('/') || hasSchemeOrHost(src)) return undefined;
  try {
    const { target } = repoTarget(src.replace(/[?#].*$/, ''), file);
    return target === '..' || target.startsWith('../') ? undefined : target;
  } catch {
    return undefined;
  }
}

/** Whether a repository path names a kind of file the site serves as an image. */
export function isImageFile(target: string): boolean {
  const lower = target.toLowerCase();
  return IMAGE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** The site route a repository image is served at, each segment URL-encoded: content/docs/img/a b.png → /_repository/content/docs/img/a%20b.png. */
export function servedImageRoute(target: string): string {
  return `/${SERVED_IMAGES_DIR}/${target.split('/').map(encodeURIComponent).join('/')}`;
}

/** The host an image address is served from (`//host/x.png` too), or undefined when it is no http(s) address. */
function imageHost(src: string): { host: string; scheme: string } | undefined {
  try {
    const url = new URL(src, 'https://relative.invalid/');
    return { host: url.hostname.toLowerCase(), scheme: url.protocol.replace(/:$/, '') };
  } catch {
    return undefined;
  }
}

/** Whether `host` is one of `allowed` (a host name, or `*.example.org` for its subdomains). */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => {
    const pattern = a.toLowerCase();
    return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern;
  });
}

/**
 * What is wrong with an image given by its address (`https://…`, `//…`, `data:…`), if anything:
 * the site's Content-Security-Policy lets browsers load images from this site and from the
 * hosts content/site.yaml lists under imageHosts only, so any other would be silently broken.
 */
export function externalImageProblem(src: string, imageHosts: readonly string[]): string | undefined {
  if (!hasSchemeOrHost(src)) return undefined;
  const keep = 'or put the image in the repository and write its path relative to this file';
  const at = imageHost(src);
  if (!at || (at.scheme !== 'https' && at.scheme !== 'http') || at.host === '') {
    return `image "${src.length > 60 ? `${src.slice(0, 60)}…` : src}" is not an https:// address, which browsers will not show on this site; put the image in the repository and write its path relative to this file`;
  }
  if (at.scheme === 'http')
    return `image "${src}" is served over plain http://, which browsers will not show on this site; write its https:// address, ${keep}`;
  if (hostAllowed(at.host, imageHosts)) return undefined;
  return `image "${src}" is served by ${at.host}, which the site's Content-Security-Policy does not allow, so browsers would not show it; add ${at.host} to imageHosts in content/site.yaml, ${keep}`;
}
