import type { HastPluginEntry, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { isExternalHref } from '../site/hrefs.ts';

/**
 * Hast plugin: links to other hosts get rel="noopener", so they are not handed window.opener:
 * Markdown links and HTML <a> of a .md file (elements), and <a> written in an .mdx file (JSX).
 */
export function externalLinks(): HastPluginEntry {
  const jsxLink = {
    filter: ['a'],
    visit(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>) {
      const href = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href')?.value;
      if (typeof href !== 'string' || !isExternalHref(href.trim())) return undefined;
      const attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === 'rel'));
      return { ...node, attributes: [...attributes, { type: 'mdxJsxAttribute' as const, name: 'rel', value: 'noopener' }] };
    },
  };
  return {
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && isExternalHref(href)) ctx.setProperty(node, 'rel', ['noopener']);
      },
    },
    mdxJsxFlowElement: jsxLink,
    mdxJsxTextElement: jsxLink,
  };
}
