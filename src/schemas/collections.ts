import type { CollectionSpec } from '../lib/content-validation.ts';
import { docSchema } from './doc.ts';

/**
 * Every collection that maintainers edit: its folder, file kind and schema.
 * src/content.config.ts loads these into Astro, and scripts/validate-content.ts
 * checks them with file and line before any build.
 */
export const docsCollection = {
  name: 'docs',
  dir: 'content/docs',
  extensions: ['.mdx'],
  format: 'frontmatter',
  schema: docSchema,
} satisfies CollectionSpec<typeof docSchema>;

export const contentCollections: readonly CollectionSpec[] = [docsCollection];
