import { Parser } from 'htmlparser2';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { docSchema } from '../schemas/doc.ts';
import { foreignKeys } from '../schemas/strict.ts';

/**
 * A doc's fields as the site reads them from a file as it stands on GitHub: the frontmatter's
 * own fields, without the fields of other tools, and a title and a description taken from the
 * text when the frontmatter leaves them out (the first level-one heading, the first paragraph).
 */
export interface DocFields {
  /** What the doc schema is given. */
  data: Record<string, unknown>;
  /** The frontmatter's fields left out: the site does not know them and they are no typo of one it knows. */
  ignored: string[];
}

/** The longest description taken from a paragraph, in characters: about what a search result shows. */
export const MAX_DERIVED_DESCRIPTION = 160;

const markdownParser = unified().use(remarkParse).use(remarkGfm);
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * The fields of a doc from its frontmatter (undefined when the file has none) and its body (the
 * text after the frontmatter, or a function that reads it). A field the frontmatter gives always wins; the text is parsed only
 * when a field is missing. A text with no heading to take the title from is named as GitHub
 * names it, by its file (`SUPPORT.md`: SUPPORT; a folder's README.md: the folder), and one with
 * no paragraph is summed up by its first text in a list or a quote, else by its title.
 */
export function docFields(
  frontmatter: Record<string, unknown> | undefined,
  body: string | (() => string),
  { mdx = false, file }: { mdx?: boolean; file?: string } = {},
): DocFields {
  const given = frontmatter ?? {};
  const ignored = foreignKeys(Object.keys(given), Object.keys(docSchema.shape));
  const data = Object.fromEntries(Object.entries(given).filter(([key]) => !ignored.includes(key)));
  if (data['title'] === undefined || data['description'] === undefined) {
    const fromText = titleAndSummary(typeof body === 'string' ? body : body(), { mdx });
    if (data['title'] === undefined) data['title'] = fromText.title ?? (file === undefined ? undefined : titleOfFile(file));
    if (data['description'] === undefined) data['description'] = fromText.summary ?? (typeof data['title'] === 'string' ? data['title'] : undefined);
    for (const key of ['title', 'description']) if (data[key] === undefined) delete data[key];
  }
  return { data, ignored };
}

/** A file's name without its extension, or its folder's for a README.md or index.md, as GitHub heads a folder's page. */
export function titleOfFile(file: string): string {
  const parts = file.split('/');
  const stem = parts.at(-1)!.replace(/\.[^.]*$/, '');
  return /^(readme|index)$/i.test(stem) && parts.length > 1 ? parts.at(-2)! : stem;
}

/**
 * The plain text of the first level-one heading of a Markdown text (`# Title` or `Title` over
 * `===`), and of its first paragraph that has any text (a row of badge images has none),
 * trimmed to MAX_DERIVED_DESCRIPTION characters at a word's end. A heading written in HTML, as
 * the top of many a README is (`<h1 align="center">`, perhaps around a logo), counts as GitHub
 * shows it: its text, or the logo's `alt` when it has no text.
 */
export function titleAndSummary(markdown: string, { mdx = false } = {}): { title?: string; summary?: string } {
  let tree: Root;
  try {
    tree = (mdx ? mdxParser : markdownParser).parse(markdown);
  } catch {
    // An MDX syntax error is reported, with its line, where the page is compiled.
    return {};
  }
  let title: string | undefined;
  let summary: string | undefined;
  let htmlHeading: HtmlHeading | undefined;
  for (const node of tree.children) {
    if (htmlHeading) {
      // An <h1> left open by its HTML block holds the Markdown up to the block that closes it.
      if (node.type === 'html') htmlHeading.write(node.value);
      else htmlHeading.text.push(` ${plainText(node)} `);
      if (htmlHeading.closed) {
        title = htmlHeading.title();
        htmlHeading = undefined;
      }
      continue;
    }
    if (title === undefined && node.type === 'heading' && node.depth === 1) title = plainText(node) || undefined;
    if (title === undefined && node.type === 'html' && /<h1[\s>]/i.test(node.value)) {
      const heading = new HtmlHeading();
      heading.write(node.value);
      if (heading.closed) title = heading.title();
      else htmlHeading = heading;
    }
    const jsxHeading = mdxHeading(node);
    if (title === undefined && jsxHeading) title = plainText({ type: 'paragraph', children: jsxHeading.children as never }) || undefined;
    if (summary === undefined && node.type === 'paragraph' && !jsxHeading) summary = shorten(plainText(node)) || undefined;
    if (title !== undefined && summary !== undefined) break;
  }
  if (htmlHeading) title = htmlHeading.title();
  // No paragraph of its own: the first one inside a list or a quote ("- a list, and nothing else").
  if (summary === undefined) summary = shorten(plainText(firstNestedParagraph(tree) ?? { type: 'text', value: '' })) || undefined;
  return { ...(title === undefined ? {} : { title }), ...(summary === undefined ? {} : { summary }) };
}

function firstNestedParagraph(node: Nodes): Nodes | undefined {
  if (node.type === 'paragraph' && plainText(node) !== '') return node;
  if (node.type === 'heading' || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' || !('children' in node)) return undefined;
  for (const child of node.children) {
    const found = firstNestedParagraph(child as Nodes);
    if (found) return found;
  }
  return undefined;
}

/** An `<h1>` of MDX, alone in its block (MDX reads one written on one line as a paragraph that holds it). */
function mdxHeading(node: Nodes): { children: unknown[] } | undefined {
  if (node.type === 'mdxJsxFlowElement' && node.name === 'h1') return node;
  if (node.type !== 'paragraph') return undefined;
  const parts = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = parts.length === 1 ? parts[0] : undefined;
  return only?.type === 'mdxJsxTextElement' && only.name === 'h1' ? only : undefined;
}

/** The text of the first `<h1>` of HTML written in Markdown, read as it is written, block after block. */
class HtmlHeading {
  readonly text: string[] = [];
  readonly alts: string[] = [];
  closed = false;
  private depth = 0;
  private readonly parser = new Parser({
    onopentag: (name, attributes) => {
      if (this.closed) return;
      if (name === 'h1') this.depth++;
      else if (this.depth > 0 && name === 'img' && attributes['alt']) this.alts.push(attributes['alt']);
    },
    ontext: (text) => {
      if (this.depth > 0 && !this.closed) this.text.push(text);
    },
    onclosetag: (name) => {
      if (name === 'h1' && this.depth > 0 && !this.closed && --this.depth === 0) this.closed = true;
    },
  });

  write(html: string): void {
    this.parser.write(html);
  }

  /** Its text on one line, else the alt text of its images (a logo as the title); undefined when it has neither. */
  title(): string | undefined {
    const oneLine = (parts: string[], between: string) => parts.join(between).replace(/\s+/g, ' ').trim();
    return oneLine(this.text, '') || oneLine(this.alts, ' ') || undefined;
  }
}

/** The text a reader sees, on one line: images, HTML and MDX expressions left out. */
function plainText(node: Nodes): string {
  const parts: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value);
    else if (n.type === 'break') parts.push(' ');
    else if ('children' in n && n.type !== 'mdxJsxTextElement' && n.type !== 'mdxJsxFlowElement') for (const child of n.children) walk(child as Nodes);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function shorten(text: string): string {
  if (text.length <= MAX_DERIVED_DESCRIPTION) return text;
  const cut = text.slice(0, MAX_DERIVED_DESCRIPTION - 1);
  const wordEnd = cut.lastIndexOf(' ');
  return `${(wordEnd > MAX_DERIVED_DESCRIPTION / 2 ? cut.slice(0, wordEnd) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
