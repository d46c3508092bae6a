import type { Element, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';

/**
 * The elements whose contents are text the browser does not show as text (a style sheet, a
 * page title, a script): the allow-list drops them, and with them what they hold, which would
 * otherwise be left on the page as text. These are GFM's "disallowed raw HTML" (its tagfilter),
 * which GitHub does not let act either: it shows such a tag as text, escaped.
 */
const RAW_TEXT_ELEMENTS = ['style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'script', 'plaintext'];

/**
 * The HTML that content written by hand may contain: GitHub's own allow-list
 * (hast-util-sanitize's defaultSchema is GitHub's), so what a maintainer previews
 * on GitHub is what the site shows. Elements, attributes and URL schemes outside
 * it are dropped, as GitHub drops them; what the site's pipeline adds itself
 * (heading ids and their # links, rel="noopener", the components' output) is
 * added after this, and is not author HTML.
 */
export const AUTHOR_HTML_SCHEMA: Schema = { ...defaultSchema, strip: [...new Set([...(defaultSchema.strip ?? []), ...RAW_TEXT_ELEMENTS])] };

/** `tree` with everything GitHub would not show removed (a new tree; `tree` is left as it was). */
export function sanitizeAuthorHtml<T extends Root | Element>(tree: T): T {
  return sanitize(tree, AUTHOR_HTML_SCHEMA) as T;
}

/**
 * What the allow-list removes from one element written as `<tag attr="value">` (in MDX,
 * where author HTML is JSX that no later step sanitizes): the element itself, or the
 * names of the attributes it drops, or nothing.
 */
export function refusedHtml(
  tag: string,
  attributes: readonly { name: string; value: string | null }[],
): { element: true } | { attributes: string[] } | undefined {
  const properties: Record<string, string | boolean> = {};
  const nameOf = new Map<string, string>();
  for (const { name, value } of attributes) {
    // JSX spells class and for as className and htmlFor; property-information knows both.
    const property = find(html, name === 'className' ? 'class' : name === 'htmlFor' ? 'for' : name).property;
    properties[property] = value ?? true;
    nameOf.set(property, name);
  }
  const element: Element = { type: 'element', tagName: tag, properties: properties as Element['properties'], children: [] };
  const kept = (sanitize({ type: 'root', children: [element] }, AUTHOR_HTML_SCHEMA) as Root).children[0];
  if (!kept || kept.type !== 'element' || kept.tagName !== tag) return { element: true };
  const dropped = Object.keys(properties).filter((p) => kept.properties[p] === undefined || String(kept.properties[p]) !== String(properties[p]));
  return dropped.length > 0 ? { attributes: dropped.map((p) => nameOf.get(p)!) } : undefined;
}
