import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionSpec } from '../validation/validate.ts';
import { docSchema } from '../schemas/doc.ts';
import { docFields } from '../docs/doc-fields.ts';
import { docId, listDocFiles, ROSTER_FILE } from '../site/repo-links.ts';
import { GROUPS_DIR } from '../site/governance-file.ts';
import { IMAGE_EXTENSIONS } from '../markdown/image-paths.ts';
import { personSchema } from '../schemas/maintainer.ts';
import { meetingSchema } from '../schemas/meeting.ts';
import { decisionSchema } from '../schemas/decision.ts';
import { meetingRecordSchema } from '../schemas/meeting-record.ts';
import { groupSchema } from '../schemas/group.ts';
import { validateCollection } from '../validation/validate.ts';
import { globLoaderId } from '../rules/entry-ids.ts';
import {
  decisionRules,
  docFileRules,
  entryIdRules,
  groupFileRules,
  groupRules,
  maintainerFileRules,
  maintainerRules,
  meetingRecordRules,
  meetingRules,
} from '../rules/index.ts';
import { collectionProblems, withRules } from '../rules/rule.ts';

/**
 * Every collection that maintainers edit: its folder, file kind, schema and the
 * checks across its fields and files (listed in src/rules/index.ts).
 * src/content.config.ts loads these into Astro, and src/checks/content.ts
 * checks them with file and line before any build.
 */
/** A doc's path inside content/docs/ (its folder names a README.md without a title), from the path a loader gives. */
function pathInDocs(file: string): string {
  const at = file.lastIndexOf('content/docs/');
  return at < 0 ? file : file.slice(at + 'content/docs/'.length);
}

export const docsCollection = {
  name: 'docs',
  dir: 'content/docs',
  // Markdown and MDX alike, in folders at any depth (content/docs/working-groups/runtime.md).
  extensions: ['.md', '.mdx'],
  // Images beside the docs, as a repository keeps them; the pages show them (src/markdown/served-images.ts).
  otherFiles: IMAGE_EXTENSIONS,
  // Any other file too (people.yml, MAINTAINERS, LICENSE beside the docs, as a repository keeps them), linked to on GitHub.
  otherMarkdown: ['.markdown', '.mdown', '.mkdn', '.mkd'],
  format: 'frontmatter',
  schema: docSchema,
  nested: true,
  // A file as it stands on GitHub: no frontmatter, or another tool's; the title and description from its text.
  readFields: (frontmatter, body, file) => docFields(frontmatter, body, { mdx: file.toLowerCase().endsWith('.mdx'), file: pathInDocs(file) }),
  idOf: docId,
  // The roster's file copied in with the docs: the roster page stands for it (rosterDocNotice).
  ignoredFiles: [ROSTER_FILE],
  checkEntries: (entries, root) => collectionProblems(docFileRules, entries, root),
} satisfies CollectionSpec<typeof docSchema>;

/** One YAML file per maintainer, named after the maintainer's GitHub handle. */
const maintainerWithRules = withRules(personSchema, maintainerRules);
export const maintainersCollection = {
  name: 'maintainers',
  dir: 'content/maintainers',
  extensions: ['.yaml', '.yml'],
  format: 'yaml',
  schema: maintainerWithRules,
  // The id src/content.config.ts gives: the file name as written.
  idOf: (pathInDir) => pathInDir.replace(/\.ya?ml$/, ''),
  checkEntries: (entries, root) => collectionProblems([...entryIdRules, ...maintainerFileRules], entries, root),
} satisfies CollectionSpec<typeof maintainerWithRules>;

/** Meeting series: one YAML file per series, named by its id (content/meetings/office-hours.yaml). */
const meetingWithRules = withRules(meetingSchema, meetingRules);
export const meetingsCollection = {
  name: 'meetings',
  dir: 'content/meetings',
  extensions: ['.yaml'],
  format: 'yaml',
  schema: meetingWithRules,
  // The id Astro's glob loader gives (src/content.config.ts sets none): github-slugger's slug of the name.
  idOf: globLoaderId,
  checkEntries: (entries, root) => collectionProblems(entryIdRules, entries, root),
} satisfies CollectionSpec<typeof meetingWithRules>;

/**
 * Meeting records: content/meetings/<series>/<YYYY-MM-DD>.md, one per meeting that has an
 * agenda, notes or a recording. The series' own .yaml files, next to the folders, are the
 * meetings collection's; the rules check each record against its series.
 */
export const meetingRecordsCollection = {
  name: 'meeting records',
  dir: meetingsCollection.dir,
  extensions: ['.md'],
  format: 'frontmatter',
  schema: meetingRecordSchema,
  nested: true,
  fieldsOptional: true,
  belongsElsewhere: (pathInDir) => !pathInDir.includes('/'),
  idOf: (pathInDir) => pathInDir.replace(/\.md$/, ''),
  checkEntries: (entries, root) => {
    const { entries: series } = validateCollection(root, meetingsCollection);
    const sameId = collectionProblems(entryIdRules, entries, root);
    const ids = listSeriesIds(root);
    const known = { ids, valid: new Map(series.map((s) => [s.id, { id: s.id, ...s.data }])), dir: meetingsCollection.dir };
    return [...sameId, ...meetingRecordRules.flatMap((rule) => rule(entries, known))];
  },
} satisfies CollectionSpec<typeof meetingRecordSchema>;

/** Whether any series folder holds a record (Astro warns about an empty collection, the usual state). */
export function meetingRecordFilesExist(root: string): boolean {
  const dir = join(root, meetingRecordsCollection.dir);
  try {
    return readdirSync(dir, { withFileTypes: true }).some((d) => d.isDirectory() && readdirSync(join(dir, d.name)).some((f) => f.endsWith('.md')));
  } catch {
    return false;
  }
}

function listSeriesIds(root: string): string[] {
  try {
    return readdirSync(join(root, meetingsCollection.dir))
      .filter((name) => meetingsCollection.extensions.some((ext) => name.endsWith(ext)))
      .map((name) => name.replace(/\.yaml$/, ''))
      .sort();
  } catch {
    return [];
  }
}

/**
 * One Markdown file per decision the maintainers voted on (content/decisions/<id>.md): the
 * facts of the vote in the frontmatter, the motion in the body. The folder's README.md
 * explains how to record one and is not a decision. Checked against the roster of each
 * vote's day by src/checks/content.ts (decisionRosterRules).
 */
const decisionWithRules = withRules(decisionSchema, decisionRules);
export const decisionsCollection = {
  name: 'decisions',
  dir: 'content/decisions',
  extensions: ['.md'],
  format: 'frontmatter',
  schema: decisionWithRules,
  ignoredFiles: ['README.md'],
  optional: true,
  // The id src/content.config.ts gives: the file name as written.
  idOf: (pathInDir) => pathInDir.replace(/\.md$/, ''),
  checkEntries: (entries, root) => collectionProblems(entryIdRules, entries, root),
} satisfies CollectionSpec<typeof decisionWithRules>;

/**
 * Whether content/decisions/ holds any decision (not just its README). Astro warns when a
 * glob finds no file and when an empty collection is read: the loader and the data layer
 * skip an empty one instead.
 */
export function hasDecisionFiles(root: string): boolean {
  const dir = join(root, decisionsCollection.dir);
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.md') && !decisionsCollection.ignoredFiles.includes(name));
}

/**
 * The project's groups (working groups, SIGs, committees): content/groups/<id>.yaml, each
 * with its leads and members, its charter doc, its meeting series and its channels. A project
 * without groups has no folder, and the site no groups pages.
 */
const groupWithRules = withRules(groupSchema, groupRules);
export const groupsCollection = {
  name: 'groups',
  // Where content/governance.yaml's reader finds the group a vote rule names.
  dir: GROUPS_DIR,
  extensions: ['.yaml'],
  format: 'yaml',
  schema: groupWithRules,
  optional: true,
  // The id Astro's glob loader gives: github-slugger's slug of the name, as for the meeting series.
  idOf: globLoaderId,
  checkEntries: (entries, root) => {
    const docsDir = docsCollection.dir;
    const targets = {
      // The docs that are pages: a MAINTAINERS.md among them is the roster page's, no charter.
      docs: listDocFiles(root, docsDir)
        .map((f) => f.slice(docsDir.length + 1))
        .filter((f) => !docsCollection.ignoredFiles.includes(f)),
      docsDir,
      seriesIds: listSeriesIds(root),
      meetingsDir: meetingsCollection.dir,
    };
    const sameId = collectionProblems(entryIdRules, entries, root);
    const found = groupFileRules.flatMap((rule) => rule(entries, targets));
    return [...sameId, ...entries.flatMap((e) => found.filter((p) => p.file === e.file))];
  },
} satisfies CollectionSpec<typeof groupWithRules>;

/** Whether content/groups/ holds a group: without one the site has no groups pages, and Astro no empty collection to warn about. */
export function hasGroupFiles(root: string): boolean {
  const dir = join(root, groupsCollection.dir);
  return existsSync(dir) && readdirSync(dir).some((name) => groupsCollection.extensions.some((ext) => name.endsWith(ext)));
}

export const contentCollections: readonly CollectionSpec[] = [
  docsCollection,
  maintainersCollection,
  meetingsCollection,
  meetingRecordsCollection,
  decisionsCollection,
  groupsCollection,
];
