import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { slug } from 'github-slugger';

/** A line the site adds after one heading of one file: its text, and the site link it leads to. */
export interface SectionNote {
  text: string;
  href: string;
}

/**
 * Hast plugin: after each heading of `file` whose id is a key of the notes, a paragraph of
 * those notes, each a link. A plain Markdown charter gets the figures of the vote rules this
 * way beside the sections the governance data names, with no edit to its text (an MDX charter
 * shows them with <VoteThreshold />). `notesFor` is asked once per compile, so the figures are
 * the roster's of this build.
 */
export function sectionNotes(opts: { root: string; notesFor: (file: string) => ReadonlyMap<string, readonly SectionNote[]> | undefined }): HastPluginEntry {
  return ({ fileURL }) => {
    const file = fileURL ? relative(opts.root, fileURLToPath(fileURL)).split('\\').join('/') : undefined;
    const notes = file === undefined ? undefined : opts.notesFor(file);
    return {
      name: 'section-notes',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          if (!notes || notes.size === 0) return;
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slug(ctx.textContent(node).trim());
          const here = notes.get(id);
          if (here && here.length > 0) ctx.insertAfter(node, paragraphOf(here));
        },
      },
    };
  };
}

function paragraphOf(notes: readonly SectionNote[]): Element {
  const children: Element['children'] = [];
  notes.forEach((note, i) => {
    if (i > 0) children.push({ type: 'text', value: '; ' });
    children.push({ type: 'element', tagName: 'a', properties: { href: note.href }, children: [{ type: 'text', value: note.text }] });
  });
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['section-notes'] },
    children: [{ type: 'text', value: 'Votes needed today: ' }, ...children],
  };
}
