import type { ElementContent, Nodes, Root } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { sanitizeAuthorHtml } from './allowed-html.ts';

/** What the allow-list puts before an id or name, so no author's id can stand for one of the site's (DOM clobbering). */
const CLOBBER_PREFIX = 'user-content-';
const CLOBBERED = ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'];

/**
 * Hast plugin, the first to run: a Markdown file's tree (a .md doc, a meeting record, a
 * decision) keeps only what GitHub shows of the same Markdown (src/markdown/allowed-html.ts),
 * so raw HTML such as <meta http-equiv="refresh">, <iframe>, <form>, on* attributes and
 * javascript: links never reach a page. The processor reads raw HTML into elements first
 * (features.rawHtml), so a tag opened in one HTML block and closed in another is judged whole.
 * MDX has no raw HTML (its tags are JSX, which the content check holds to the same list).
 */
export function authorHtml(): HastPluginEntry {
  return {
    name: 'author-html',
    before(root, ctx) {
      if (ctx.sourceFormat !== 'markdown') return;
      const tree = sanitizeAuthorHtml(copyWithoutClobberPrefix(root) as Root);
      alignAsClass(tree);
      ctx.replaceNode(root, tree);
    },
  };
}

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/**
 * `align="center"`, which GitHub keeps and the top of many a README uses (a centred logo and
 * title), as the class `align-center` of the site's stylesheet: the attribute is obsolete
 * HTML, and the Content-Security-Policy refuses a style="…" attribute in its place. Any other
 * value GitHub's browsers ignore is dropped.
 */
function alignAsClass(node: Nodes): void {
  if (node.type === 'element' && node.properties['align'] !== undefined) {
    const align = String(node.properties['align']).toLowerCase();
    delete node.properties['align'];
    if (ALIGNMENTS.has(align)) node.properties['className'] = [`align-${align}`];
  }
  if ('children' in node) for (const child of node.children) alignAsClass(child);
}

/**
 * A plain copy of the processor's tree (which is read-only), in which the ids of its footnotes,
 * which already carry the prefix the allow-list adds (user-content-fn-1), have it taken off:
 * every id then has it once, as on GitHub, and the footnote links still lead to them.
 */
function copyWithoutClobberPrefix(node: Readonly<Nodes>): Nodes {
  switch (node.type) {
    case 'root':
      return { type: 'root', children: node.children.map((c) => copyWithoutClobberPrefix(c) as Root['children'][number]) };
    case 'element': {
      const properties = { ...node.properties };
      for (const key of CLOBBERED) {
        const value = properties[key];
        if (typeof value === 'string' && value.startsWith(CLOBBER_PREFIX)) properties[key] = value.slice(CLOBBER_PREFIX.length);
      }
      return { type: 'element', tagName: node.tagName, properties, children: node.children.map((c) => copyWithoutClobberPrefix(c) as ElementContent) };
    }
    case 'text':
    case 'comment':
      return { type: node.type, value: node.value };
    default:
      // doctype, and raw HTML the processor could not read into elements: the allow-list drops them.
      return { ...node } as Nodes;
  }
}
