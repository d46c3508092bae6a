import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsCollection, maintainersCollection, meetingsCollection } from './checks/collections.ts';

/** The folders and schemas are declared once, in src/checks/collections.ts. */
const docs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `./${docsCollection.dir}` }),
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
