import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { z } from 'zod';
import { docFields } from '../docs/doc-fields.ts';
import { readFrontmatter } from '../yaml/frontmatter.ts';
import { formatProblem, parseContentFile } from '../validation/validate.ts';
import { GENERATE_COMMAND } from '../site/commands.ts';
import { absoluteUrl } from '../site/config.ts';
import { hasSchemeOrHost } from '../site/hrefs.ts';
import { docIdOfFile, docRoute, repoTarget } from '../site/repo-links.ts';

/**
 * Turns a doc of content/docs/ into a Markdown file for the repository root
 * (CONTRIBUTING.md), so GitHub shows the same text the site renders. The text
 * is kept as written; only what GitHub cannot show changes: imports and {…}
 * comments are dropped, each component becomes the Markdown its renderer
 * gives, and links by repository path are rebased to the root (a doc becomes
 * its page on the site, whose #fragments the build's link check guarantees).
 */
export interface GitHubMarkdownOptions {
  /** Repository root on disk (to tell existing files from broken links). */
  root: string;
  /** Repository-relative path of the doc, e.g. content/docs/contributing.mdx. */
  fromFile: string;
  docsDir: string;
  /** The site's public URL, ending in "/". */
  siteUrl: string;
  /** Markdown for each component the doc may use, from its attributes and the Markdown between its tags. */
  components?: Record<string, (attributes: Record<string, string>, children: string) => string>;
}

type AnyNode = Nodes & { children?: AnyNode[]; name?: string | null; url?: string; attributes?: { type: string; name?: string; value?: unknown }[] };

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
// A .md doc is Markdown, as GitHub reads it: an HTML comment or an autolink is no MDX error there.
const markdownParser = unified().use(remarkParse).use(remarkGfm);

export function renderForGitHub(source: string, opts: GitHubMarkdownOptions): string {
  const front = readFrontmatter(source);
  const mdx = opts.fromFile.toLowerCase().endsWith('.mdx');
  let frontmatter: Record<string, unknown> | undefined;
  if (front) {
    // Read as content validation reads it, so a broken frontmatter (an alias bomb among others) gives its file:line, not a stack trace.
    const parsed = parseContentFile(opts.fromFile, source, { format: 'frontmatter', schema: z.looseObject({}) });
    if (!parsed.entry) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    frontmatter = parsed.entry.data;
  }
  const body = front ? source.slice(front.block.length) : source;
  // The title as the site reads it: the frontmatter's, else the text's own first heading, which GitHub then shows as written.
  const { title } = docFields(frontmatter, body, { mdx }).data;
  if (typeof title !== 'string') throw new Error(`${opts.fromFile}: no title; start the text with a heading "# Title", or give title: in the frontmatter`);
  const tree = (mdx ? mdxParser : markdownParser).parse(body) as Root;
  // As the page does (hasOwnTitle), a text whose first heading is level one keeps it and gets no second.
  const firstHeading = tree.children.find((node) => node.type === 'heading');
  const ownTitle = frontmatter?.['title'] === undefined || firstHeading?.depth === 1;
  const edits: { from: number; to: number; text: string }[] = [];
  const lineOf = (node: AnyNode) => (node.position?.start.line ?? 0) + (front?.lines ?? 0);

  const visit = (node: AnyNode) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return;
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') {
      // The whole line(s), indentation and one blank line after included, so no gap is left behind.
      const indent = /[ \t]*$/.exec(body.slice(0, from))![0].length;
      const end = /^[ \t]*\r?\n(?:[ \t]*\r?\n)?/.exec(body.slice(to))?.[0].length ?? 0;
      edits.push({ from: from - indent, to: to + end, text: '' });
      return;
    }
    if (node.type === 'mdxTextExpression') {
      edits.push({ from, to, text: '' });
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const render = opts.components?.[node.name ?? ''];
      if (!render) {
        throw new Error(`${opts.fromFile}:${lineOf(node)}: <${node.name}> has no Markdown form for GitHub; add one to src/mdx/markdown.ts`);
      }
      const attributes: Record<string, string> = {};
      for (const a of (node.attributes ?? []) as { type: string; name?: string; value?: unknown }[]) {
        if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') attributes[a.name] = a.value;
      }
      let text: string;
      try {
        const inner = node.children ?? [];
        const children = inner.length > 0 ? body.slice(inner[0]!.position?.start.offset ?? 0, inner.at(-1)!.position?.end.offset ?? 0) : '';
        text = render(attributes, children);
      } catch (error) {
        // Blame the source line, not the generated file nobody may edit.
        throw new Error(`${opts.fromFile}:${lineOf(node)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      edits.push({ from, to, text });
      return;
    }
    if ((node.type === 'link' || node.type === 'definition') && node.url) {
      const url = rebaseLink(node.url, opts);
      if (url !== node.url) {
        const raw = body.slice(from, to);
        const at = raw.lastIndexOf(node.url);
        if (at < 0)
          throw new Error(`${opts.fromFile}:${lineOf(node)}: cannot find the link target "${node.url}" as written; write it without escapes or angle brackets`);
        edits.push({ from: from + at, to: from + at + node.url.length, text: url });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as AnyNode);

  let out = body;
  for (const edit of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, edit.from) + edit.text + out.slice(edit.to);
  const notice = `<!-- Generated from ${opts.fromFile} by \`${GENERATE_COMMAND}\`: edit that file, not this one. -->`;
  return `${notice}\n\n${ownTitle ? '' : `# ${title}\n\n`}${out.replace(/^\s+/, '').replace(/\s*$/, '\n')}`;
}

/** A link as it must read from the repository root. */
function rebaseLink(href: string, opts: GitHubMarkdownOptions): string {
  if (href.startsWith('#') || hasSchemeOrHost(href)) return href;
  if (href.startsWith('/')) {
    // From the repository root, as GitHub reads it (then from the docs folder, as the site's
    // link plugin reads it: docs copied from another repository's root); else a route of the site.
    const { target: written, fragment } = repoTarget(`.${href}`, 'root');
    const target = written.replace(/\/$/, '');
    for (const path of target === '.' || target.startsWith('..') ? [] : [target, posix.join(opts.docsDir, target)]) {
      const doc = docIdOfFile(path, opts);
      if (doc !== undefined) return absoluteUrl(opts.siteUrl, docRoute(doc)) + fragment;
      if (existsSync(posix.join(opts.root, path))) return path + fragment;
    }
    return absoluteUrl(opts.siteUrl, href);
  }
  const { target, fragment } = repoTarget(href, opts.fromFile);
  const doc = docIdOfFile(target, opts);
  if (doc !== undefined) return absoluteUrl(opts.siteUrl, docRoute(doc)) + fragment;
  if (!target.startsWith('..') && existsSync(posix.join(opts.root, target))) return target + fragment;
  // A link to nothing stays as written: the build's link check names it once, at its line in the doc,
  // and the other generated files are still written (one broken link stopped them all).
  return href;
}
