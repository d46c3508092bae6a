import type { HastPluginEntry } from 'satteri';
import { isExternalHref } from '../site/hrefs.ts';

/** Hast plugin: links to other hosts get rel="noopener", so they are not handed window.opener. */
export function externalLinks(): HastPluginEntry {
  return {
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && isExternalHref(href)) ctx.setProperty(node, 'rel', ['noopener']);
      },
    },
  };
}
