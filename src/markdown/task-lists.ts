import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';

const LISTS = ['ul', 'ol'];

/**
 * Hast plugin, after the author-HTML allow-list: the checkbox of a GFM task-list item
 * (`- [ ] …`, which the processor already gives GitHub's classes) gets GitHub's
 * `task-list-item-checkbox` class and, as its accessible name, the item's own text
 * without its sub-list: a checkbox with no name is read as "checkbox, not checked" alone.
 */
export function taskListItems(): HastPluginEntry {
  return {
    name: 'task-list-items',
    element: {
      filter: ['li'],
      visit(node, ctx) {
        const classes = node.properties?.className;
        if (!Array.isArray(classes) || !classes.includes('task-list-item')) return;
        // A loose list item holds its checkbox in its first paragraph.
        const firstElement = (node.children as ElementContent[]).find((c): c is Element => c.type === 'element');
        const holder = firstElement?.tagName === 'p' ? firstElement : node;
        const checkbox = (holder.children as ElementContent[]).find((c): c is Element => c.type === 'element' && c.tagName === 'input');
        if (!checkbox || checkbox.properties?.type !== 'checkbox') return;
        ctx.setProperty(checkbox, 'className', ['task-list-item-checkbox']);
        const name = itemText(node.children as ElementContent[], ctx.textContent.bind(ctx));
        if (name !== '') ctx.setProperty(checkbox, 'ariaLabel', name);
      },
    },
  };
}

/** The text of an item's content, sub-lists left out, its white space collapsed. */
function itemText(children: readonly ElementContent[], textContent: (node: Element) => string): string {
  const parts = children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' && !LISTS.includes(c.tagName) ? textContent(c) : ''));
  return parts.join('').replace(/\s+/g, ' ').trim();
}
