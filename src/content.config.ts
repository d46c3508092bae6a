import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsCollection, maintainersCollection, meetingsCollection } from './checks/collections.ts';
import { docId } from './site/repo-links.ts';

/** The folders and schemas are declared once, in src/checks/collections.ts. */
const docs = defineCollection({
  // Markdown and MDX at any depth; the id (and so the route) comes from the path, as links resolve it.
  // deferRender: a .md doc is compiled as its page is built, as an .mdx one is, so a broken
  // link stops the build (rendered while loading, the loader only logs the error and the
  // page comes out empty) and its line number counts the frontmatter.
  loader: glob({ pattern: '**/*.{md,mdx}', base: `./${docsCollection.dir}`, generateId: ({ entry }) => docId(entry), deferRender: true }),
  schema: docsCollection.schema,
});

const maintainers = defineCollection({
  loader: glob({
    pattern: maintainersCollection.extensions.map((ext) => `*${ext}`),
    base: `./${maintainersCollection.dir}`,
    // The id is the file name as written (the handle), not Astro's lower-cased slug.
    generateId: ({ entry }) => entry.replace(/\.ya?ml$/, ''),
  }),
  schema: maintainersCollection.schema,
});

const meetings = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `./${meetingsCollection.dir}` }),
  schema: meetingsCollection.schema,
});

export const collections = { docs, maintainers, meetings };
