import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { decisionsCollection, docsCollection, hasDecisionFiles, maintainersCollection, meetingRecordFilesExist, meetingRecordsCollection, meetingsCollection } from './checks/collections.ts';
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

/** content/meetings/<series>/<YYYY-MM-DD>.md; the id is "<series>/<date>". Rendered when its page is built, so a broken link stops the build (as for docs). */
const recordsGlob = glob({
  pattern: `*/*${meetingRecordsCollection.extensions[0]}`,
  base: `./${meetingRecordsCollection.dir}`,
  generateId: ({ entry }) => meetingRecordsCollection.idOf(entry),
  deferRender: true,
});
const meetingRecords = defineCollection({
  loader: {
    name: 'meeting-records',
    // No record is the usual state of a series (and of this site today): glob would warn about it on every build.
    load: async (context) => {
      if (meetingRecordFilesExist(process.cwd())) return recordsGlob.load(context);
      context.store.clear();
    },
  },
  schema: meetingRecordsCollection.schema,
});


/**
 * The decisions: glob's loader, except that a folder with no decision yet (only its README.md,
 * or no folder at all, as in a fork) is an empty collection, not a "No files found" warning.
 */
const decisionFiles = glob({
  pattern: ['*.md', ...(decisionsCollection.ignoredFiles ?? []).map((name) => `!${name}`)],
  base: `./${decisionsCollection.dir}`,
  // The id is the file name as written, as in the folder's links.
  generateId: ({ entry }) => entry.replace(/\.md$/, ''),
});
const decisionsLoader: Loader = {
  name: 'decisions-loader',
  load: async (context) => {
    if (!hasDecisionFiles('.')) {
      context.store.clear();
      return;
    }
    await decisionFiles.load(context);
  },
};

const decisions = defineCollection({
  loader: decisionsLoader,
  schema: decisionsCollection.schema,
});

export const collections = { docs, maintainers, meetings, meetingRecords, decisions };
