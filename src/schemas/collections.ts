import type { CollectionSpec, ContentEntry, ContentProblem } from '../lib/content-validation.ts';
import { docId, docRoute } from '../lib/repo-links.ts';
import { docSchema, type DocFrontmatter } from './doc.ts';
import { maintainerSchema, type Maintainer } from './maintainer.ts';
import { meetingSchema } from './meeting.ts';

/**
 * Every collection that maintainers edit: its folder, file kind and schema.
 * src/content.config.ts loads these into Astro, and scripts/validate-content.ts
 * checks them with file and line before any build.
 */
export const docsCollection = {
  name: 'docs',
  dir: 'content/docs',
  // Markdown and MDX alike, in folders at any depth (content/docs/working-groups/runtime.md).
  extensions: ['.md', '.mdx'],
  format: 'frontmatter',
  schema: docSchema,
  nested: true,
  idOf: docId,
  checkEntries: checkDocFiles,
} satisfies CollectionSpec<typeof docSchema>;

/** Two doc files never claim one page (`security.md` and `security.mdx`, `runtime.md` and `runtime/index.md`). */
export function checkDocFiles(entries: ContentEntry<DocFrontmatter>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstById = new Map<string, ContentEntry<DocFrontmatter>>();
  for (const entry of entries) {
    const first = firstById.get(entry.id);
    if (!first) {
      firstById.set(entry.id, entry);
      continue;
    }
    problems.push({
      file: entry.file,
      message: `is served at ${docRoute(entry.id)}, as ${first.file} is already; rename or remove one of the two files`,
    });
  }
  return problems;
}

/** One YAML file per maintainer, named after the maintainer's GitHub handle. */
export const maintainersCollection = {
  name: 'maintainers',
  dir: 'content/maintainers',
  extensions: ['.yaml', '.yml'],
  format: 'yaml',
  schema: maintainerSchema,
  checkEntries: checkMaintainerFiles,
} satisfies CollectionSpec<typeof maintainerSchema>;

/** A handle is the file's name, and one GitHub account (handles ignore case) has one file. */
export function checkMaintainerFiles(entries: ContentEntry<Maintainer>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstByHandle = new Map<string, ContentEntry<Maintainer>>();
  for (const entry of entries) {
    const { handle } = entry.data;
    const line = entry.lineOf(['handle']);
    if (entry.id !== handle) {
      const ext = entry.file.slice(entry.file.lastIndexOf('.'));
      const dir = entry.file.slice(0, entry.file.lastIndexOf('/'));
      problems.push({
        file: entry.file,
        line,
        message: `handle: "${handle}" differs from the file name "${entry.id}"; name the file after the handle (${dir}/${handle}${ext}), or write handle: ${entry.id} if that is the account`,
      });
    }
    const key = handle.toLowerCase();
    const first = firstByHandle.get(key);
    if (first) {
      problems.push({
        file: entry.file,
        line,
        message: `handle: "${handle}" is the same GitHub account as "${first.data.handle}" in ${first.file} (handles ignore case); keep one file per maintainer and delete the other`,
      });
    } else {
      firstByHandle.set(key, entry);
    }
  }
  return problems;
}

/** Meeting series: one YAML file per series, named by its id (content/meetings/office-hours.yaml). */
export const meetingsCollection = {
  name: 'meetings',
  dir: 'content/meetings',
  extensions: ['.yaml'],
  format: 'yaml',
  schema: meetingSchema,
} satisfies CollectionSpec<typeof meetingSchema>;

export const contentCollections: readonly CollectionSpec[] = [docsCollection, maintainersCollection, meetingsCollection];
