import { defineCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import {
  decisionsCollection,
  docsCollection,
  groupsCollection,
  hasDecisionFiles,
  hasGroupFiles,
  maintainersCollection,
  meetingRecordFilesExist,
  meetingRecordsCollection,
  meetingsCollection,
} from './collections/registry.ts';
import { docId, ROSTER_FILE } from './site/repo-links.ts';
import { BUILD_PAST_CONTENT_PROBLEMS, collectionFiles, formatProblem, parseContentFile } from './validation/validate.ts';
import { readFrontmatter } from './yaml/frontmatter.ts';

/** The folders and schemas are declared once, in src/collections/registry.ts. */
// Markdown and MDX at any depth (but the roster's file, which the roster page stands for); the id (and so the route) comes from the path, as links resolve it.
// deferRender: a .md doc is compiled as its page is built, as an .mdx one is, so a broken
// link stops the build (rendered while loading, the loader only logs the error and the
// page comes out empty) and its line number counts the frontmatter.
const docFiles = glob({
  pattern: ['**/*.{md,mdx}', `!${ROSTER_FILE}`],
  base: `./${docsCollection.dir}`,
  generateId: ({ entry }) => docId(entry),
  deferRender: true,
});

/**
 * glob's loader, with each file's fields read as `npm run check` reads them (docsCollection.readFields):
 * a file with no frontmatter, or another tool's, takes its title and description from its text.
 */
const docsLoader: Loader = {
  name: 'docs-loader',
  load: (context) =>
    docFiles.load({
      ...context,
      parseData: (props) => {
        // The text is read again only for a file whose frontmatter leaves out a field the text gives.
        const body = () => {
          const text = readFileSync(props.filePath ?? '', 'utf8');
          return text.slice(readFrontmatter(text)?.block.length ?? 0);
        };
        const file = props.filePath ?? props.id;
        const parsed = context.parseData({ ...props, data: docsCollection.readFields(props.data, body, file).data as typeof props.data });
        if (process.env[BUILD_PAST_CONTENT_PROBLEMS] !== '1') return parsed;
        // Under npm run check, which has named the doc's field problems: its page as if it had no frontmatter, so its links are checked too.
        return parsed.catch(() => context.parseData({ ...props, data: docsCollection.readFields(undefined, body, file).data as typeof props.data }));
      },
    }),
};

const docs = defineCollection({
  loader: docsLoader,
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

/**
 * content/meetings/<series>/<YYYY-MM-DD>.md; the id is "<series>/<date>". Read as data and
 * body only: the meeting's page renders the body (src/data/meetings.ts), where a broken link
 * stops the build. Not glob, which makes every record a module of its own for Astro to bundle
 * (10 s for 1,300 records, BENCHMARKS.md) or, without deferRender, only logs a broken link.
 */
const meetingRecordsLoader: Loader = {
  name: 'meeting-records',
  load: async (context) => {
    const root = fileURLToPath(context.config.root);
    const load = async () => {
      context.store.clear();
      // No record is the usual state of a series (and of this site today).
      if (!meetingRecordFilesExist(root)) return;
      const spec = meetingRecordsCollection;
      for (const name of collectionFiles(root, spec)) {
        if (spec.belongsElsewhere(name) || !spec.extensions.some((ext) => name.endsWith(ext))) continue;
        const filePath = `${spec.dir}/${name}`;
        const text = readFileSync(join(root, filePath), 'utf8');
        // The content validation's own reading, so that under astro dev a broken record says what the build would.
        const { entry, problems } = parseContentFile(filePath, text, spec);
        if (!entry) throw new Error(problems.map(formatProblem).join('\n'));
        const id = spec.idOf(name);
        const data = await context.parseData({ id, data: entry.data, filePath });
        context.store.set({ id, data, body: text.slice(readFrontmatter(text)?.block.length ?? 0).trim(), filePath, digest: context.generateDigest(text) });
      }
    };
    await load();
    // Under astro dev: read them again when a record is added, changed or removed.
    context.watcher?.on('all', (event, path) => {
      if (['add', 'change', 'unlink'].includes(event) && path.startsWith(join(root, meetingRecordsCollection.dir)) && path.endsWith('.md')) void load();
    });
  },
};
const meetingRecords = defineCollection({
  loader: meetingRecordsLoader,
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

/** The groups: glob's loader, except that a project without content/groups/ has an empty collection, not a warning. */
const groupFiles = glob({ pattern: groupsCollection.extensions.map((ext) => `*${ext}`), base: `./${groupsCollection.dir}` });
const groupsLoader: Loader = {
  name: 'groups-loader',
  load: async (context) => {
    if (!hasGroupFiles('.')) {
      context.store.clear();
      return;
    }
    await groupFiles.load(context);
  },
};

const groups = defineCollection({
  loader: groupsLoader,
  schema: groupsCollection.schema,
});

export const collections = { docs, maintainers, meetings, meetingRecords, decisions, groups };
