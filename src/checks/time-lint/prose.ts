import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument, visit } from 'yaml';
import { readFrontmatter } from '../../yaml/frontmatter.ts';
import { hasDuplicateKey } from '../../yaml/duplicate-keys.ts';

/**
 * The prose of a content file: the text a reader sees, with everything else
 * blanked out. Code (fenced and inline), MDX components (with whatever they
 * contain), {expressions}, imports, raw HTML and link targets are replaced by
 * spaces of the same length, so offsets and line numbers stay those of the file.
 */
export interface ProseChunk {
  /** Offset of the chunk's first character in the file. */
  offset: number;
  text: string;
  /**
   * The prose around the chunk, narrowest first: a table cell's row, then the headings of its
   * section (innermost first), then the page (its frontmatter, or the whole YAML file). The time
   * lint checks a time against the series the narrowest of them names.
   */
  context: string[];
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Chunks of prose in a file, by its extension: .mdx/.md (body and frontmatter strings) or .yaml/.yml (string values). */
export function proseChunks(path: string, text: string): ProseChunk[] {
  if (/\.ya?ml$/i.test(path)) return yamlStrings(text, 0, [text]);
  if (/\.mdx?$/i.test(path)) {
    const front = readFrontmatter(text);
    const body = front ? blank(front.block) + text.slice(front.block.length) : text;
    const page = front ? [front.yaml] : [];
    const chunks = front ? yamlStrings(front.yaml, front.block.indexOf(front.yaml), page) : [];
    return [...chunks, ...markdownProse(body, path.toLowerCase().endsWith('.mdx'), page)];
  }
  return [];
}

/** Every string value (not keys, not comments) of a YAML text, as written in the source. */
function yamlStrings(text: string, offset: number, context: string[]): ProseChunk[] {
  // The yaml package's own duplicate-key check is quadratic in a map's keys (900-voter decisions); the set's is not.
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0 || hasDuplicateKey(doc.contents)) return []; // content validation reports YAML errors with line and column
  const chunks: ProseChunk[] = [];
  visit(doc, {
    Scalar(key, node) {
      // Map keys are field names, not prose.
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      chunks.push({ offset: offset + node.range[0], text: text.slice(node.range[0], node.range[1]), context });
    },
  });
  return chunks;
}

type AnyNode = Nodes & { children?: AnyNode[]; name?: string | null };

/** Blocks whose children are the words of one paragraph, heading or table cell. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline nodes that are not prose: blanked out whole. */
const NOT_PROSE = new Set(['inlineCode', 'code', 'html', 'mdxTextExpression', 'mdxFlowExpression', 'mdxjsEsm', 'image', 'imageReference', 'footnoteReference']);

function markdownProse(text: string, mdx: boolean, page: string[]): ProseChunk[] {
  let tree: Root;
  try {
    tree = (mdx ? mdxParser : markdownParser).parse(text) as Root;
  } catch {
    return []; // the build reports MDX syntax errors with file and line
  }
  const chunks: ProseChunk[] = [];
  /** The headings of the section being read, by depth (1-6). */
  const headings: string[] = [];
  const proseOf = (node: AnyNode): string | undefined => {
    if (node.position?.start.offset === undefined || node.position.end.offset === undefined) return undefined;
    const start = node.position.start.offset;
    const chars = text.slice(start, node.position.end.offset).split('');
    for (const child of node.children ?? []) blankNonProse(child, chars, start);
    return chars.join('');
  };
  const walk = (node: AnyNode, row?: string) => {
    if (NOT_PROSE.has(node.type) || isComponent(node)) return;
    if (node.type === 'tableRow') {
      const cells = (node.children ?? []).map((cell) => proseOf(cell) ?? '');
      for (const child of node.children ?? []) walk(child, cells.join(' | '));
      return;
    }
    const prose = PROSE_BLOCKS.has(node.type) ? proseOf(node) : undefined;
    if (prose !== undefined) {
      const sections = headings.filter(Boolean).reverse();
      chunks.push({ offset: node.position!.start.offset!, text: prose, context: [...(row ? [row] : []), ...sections, ...page] });
      if (node.type === 'heading') {
        const depth = (node as { depth?: number }).depth ?? 1;
        headings.length = depth - 1;
        headings[depth - 1] = prose;
      }
      return;
    }
    for (const child of node.children ?? []) walk(child, row);
  };
  walk(tree as AnyNode);
  return chunks;
}

/** A JSX element whose name starts with a capital is a component, e.g. <MeetingWhen>: what it shows is not typed prose. */
function isComponent(node: AnyNode): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? '');
}

/** Blanks (within `chars`, which starts at file offset `base`) the parts of an inline node a reader does not read as words. */
function blankNonProse(node: AnyNode, chars: string[], base: number): void {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from === undefined || to === undefined) return;
  const clear = (a: number, b: number) => {
    for (let k = a - base; k < b - base; k++) if (chars[k] !== '\n') chars[k] = ' ';
  };
  if (NOT_PROSE.has(node.type) || isComponent(node) || node.type === 'mdxJsxTextElement') {
    // A lowercase HTML-like element (<span>) keeps its words; only its tags go.
    if (node.type === 'mdxJsxTextElement' && !isComponent(node)) {
      const kids = node.children ?? [];
      const first = kids[0]?.position?.start.offset ?? to;
      const last = kids.at(-1)?.position?.end.offset ?? to;
      clear(from, first);
      clear(last, to);
      for (const child of kids) blankNonProse(child, chars, base);
      return;
    }
    clear(from, to);
    return;
  }
  const kids = node.children;
  if (!kids) return;
  // Markup around the words: "**", "_", "~~", "[" and "](target)".
  const first = kids[0]?.position?.start.offset ?? to;
  const last = kids.at(-1)?.position?.end.offset ?? from;
  clear(from, first);
  clear(last, to);
  for (const child of kids) blankNonProse(child, chars, base);
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}
