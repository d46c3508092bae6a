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
 * when a field is missing.
 */
export function docFields(frontmatter: Record<string, unknown> | undefined, body: string | (() => string), { mdx = false } = {}): DocFields {
  const given = frontmatter ?? {};
  const ignored = foreignKeys(Object.keys(given), Object.keys(docSchema.shape));
  const data = Object.fromEntries(Object.entries(given).filter(([key]) => !ignored.includes(key)));
  if (data['title'] === undefined || data['description'] === undefined) {
    const fromText = titleAndSummary(typeof body === 'string' ? body : body(), { mdx });
    if (data['title'] === undefined && fromText.title !== undefined) data['title'] = fromText.title;
    if (data['description'] === undefined && fromText.summary !== undefined) data['description'] = fromText.summary;
  }
  return { data, ignored };
}

/**
 * The plain text of the first level-one heading of a Markdown text (`# Title` or `Title` over
 * `===`), and of its first paragraph that has any text (a row of badge images has none),
 * trimmed to MAX_DERIVED_DESCRIPTION characters at a word's end. A heading written in HTML
 * (`<h1>`) is not read.
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
  for (const node of tree.children) {
    if (title === undefined && node.type === 'heading' && node.depth === 1) title = plainText(node) || undefined;
    if (summary === undefined && node.type === 'paragraph') summary = shorten(plainText(node)) || undefined;
    if (title !== undefined && summary !== undefined) break;
  }
  return { ...(title === undefined ? {} : { title }), ...(summary === undefined ? {} : { summary }) };
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
