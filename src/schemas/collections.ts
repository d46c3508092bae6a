import type { CollectionSpec } from '../lib/content-validation.ts';
import { docSchema } from './doc.ts';
import { meetingSchema } from './meeting.ts';

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

/** Meeting series: one YAML file per series, named by its id (content/meetings/office-hours.yaml). */
export const meetingsCollection = {
  name: 'meetings',
  dir: 'content/meetings',
  extensions: ['.yaml'],
  format: 'yaml',
  schema: meetingSchema,
} satisfies CollectionSpec<typeof meetingSchema>;

export const contentCollections: readonly CollectionSpec[] = [docsCollection, meetingsCollection];
