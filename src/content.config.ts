import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsCollection, meetingsCollection } from './schemas/collections.ts';

/** The folders and schemas are declared once, in src/schemas/collections.ts. */
const docs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `./${docsCollection.dir}` }),
  schema: docsCollection.schema,
});

const meetings = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `./${meetingsCollection.dir}` }),
  schema: meetingsCollection.schema,
});

export const collections = { docs, meetings };
