import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, isScalar, parseDocument, Scalar, stringify, type Pair } from 'yaml';
import { maintainersCollection } from '../collections/registry.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { type ContentProblem, parseContentFile, validateCollection } from '../validation/validate.ts';
import { didYouMean } from '../schemas/did-you-mean.ts';
import { generatedFiles, writeGeneratedFiles, type GeneratedFile } from '../generated-files/files.ts';
import { readCommandLine, UsageError } from './command-line.ts';

/**
 * The two common roster edits as commands (`npm run new:maintainer`,
 * `npm run maintainer:emeritus`), so they need no YAML knowledge. Each is planned
 * first: the file it would write is validated with the collection's own schema
 * and cross-file checks, together with every other maintainer file, and nothing
 * is written unless all of it is valid. Then the file is written and every
 * generated file (MAINTAINERS.md, CONTRIBUTING.md …) is rewritten, so the pull
 * request carries all of them.
 */

/** A file to write, once planned and found valid. */
export interface RosterEdit {
  /** Repository-relative path, e.g. content/maintainers/ada.yaml. */
  file: string;
  text: string;
}

export type PlannedEdit = { edit: RosterEdit; problems: [] } | { edit?: undefined; problems: ContentProblem[] };

export interface NewMaintainer {
  handle: string;
  name?: string;
  affiliation?: string;
  /** YYYY-MM-DD; today (UTC) when not given. */
  since?: string;
}

const spec = maintainersCollection;

/** Today's date in UTC as YYYY-MM-DD: the default day of an addition or a move to emeritus. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The YAML of a new active maintainer, fields in the order of the schema and the other files. */
export function newMaintainerYaml(m: Required<Pick<NewMaintainer, 'handle' | 'since'>> & NewMaintainer): string {
  const fields: Partial<Record<keyof Maintainer, string>> = { handle: m.handle };
  if (m.name !== undefined) fields.name = m.name;
  if (m.affiliation !== undefined) fields.affiliation = m.affiliation;
  fields.status = 'active';
  fields.since = m.since;
  // yaml quotes what would otherwise read as something else (a handle of digits, a name with ": ").
  return stringify(fields, { lineWidth: 0 });
}

/** Plans content/maintainers/<handle>.yaml for a new active maintainer. */
export function planNewMaintainer(root: string, input: NewMaintainer, opts: { today?: string } = {}): PlannedEdit {
  const { entries, problems } = validateCollection(root, spec);
  const file = `${spec.dir}/${input.handle}.yaml`;

  // The same GitHub account in any case, whether its file is valid or not: refuse, and say where it is.
  const existing = maintainerFileFor(root, input.handle);
  if (existing) {
    const entry = entries.find((e) => e.file === existing);
    return {
      problems: [
        {
          file: existing,
          line: entry?.lineOf(['handle']),
          message: `handle: "${entry?.data.handle ?? basename(existing).replace(/\.ya?ml$/, '')}" is already a maintainer, the same GitHub account as "${input.handle}" (handles ignore case); nothing was written. To change their entry, edit ${existing}`,
        },
      ],
    };
  }

  const text = newMaintainerYaml({ ...input, since: input.since ?? opts.today ?? todayUtc() });
  const parsed = parseContentFile(file, text, spec);
  const all = [...problems, ...parsed.problems];
  if (parsed.entry) all.push(...maintainersCollection.checkEntries([...entries, { ...parsed.entry, id: input.handle }], root));
  return all.length > 0 ? { problems: all } : { edit: { file, text }, problems: [] };
}

/**
 * Plans the move of a maintainer to emeritus: status becomes emeritus and
 * emeritusSince is set (today, UTC, unless given); every other field, comment and
 * blank line of the file stays as it was.
 */
export function planEmeritus(root: string, handle: string, opts: { since?: string; today?: string } = {}): PlannedEdit {
  const { entries, problems } = validateCollection(root, spec);
  const file = maintainerFileFor(root, handle);
  if (!file) {
    const handles = entries.map((e) => e.data.handle);
    const guess = didYouMean(handle, handles);
    return {
      problems: [
        {
          file: spec.dir,
          message: `no maintainer file for "${handle}" (looked for ${spec.dir}/${handle}.yaml, in any case); ${guess ? `did you mean ${guess}? ` : ''}write the handle as the file is named`,
        },
      ],
    };
  }
  if (problems.length > 0) return { problems };
  const entry = entries.find((e) => e.file === file)!;
  if (entry.data.status === 'emeritus') {
    return {
      problems: [
        {
          file,
          line: entry.lineOf(['status']),
          message: `status: ${entry.data.handle} is already emeritus (since ${entry.data.emeritusSince}); nothing was written`,
        },
      ],
    };
  }
  const text = markEmeritus(readFileSync(join(root, file), 'utf8'), opts.since ?? opts.today ?? todayUtc());
  const parsed = parseContentFile(file, text, spec);
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  return { edit: { file, text }, problems: [] };
}

/**
 * The text of a maintainer file with `status: emeritus` and `emeritusSince`,
 * edited through yaml's Document so comments and the order of fields survive;
 * emeritusSince goes after since (or after status) when it is new.
 */
export function markEmeritus(text: string, emeritusSince: string): string {
  const doc = parseDocument(text);
  const map = doc.contents;
  if (!isMap(map)) throw new Error('a maintainer file is a list of "field: value" lines');
  type Item = (typeof map.items)[number];
  const indexOf = (key: string) => map.items.findIndex((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
  const newPair = (key: string, value: string) => doc.createPair(key, value) as Item;
  setScalar(map.items[indexOf('status')], 'emeritus', () => map.items.push(newPair('status', 'emeritus')));
  setScalar(map.items[indexOf('emeritusSince')], emeritusSince, () => {
    const after = indexOf('since') >= 0 ? indexOf('since') : indexOf('status');
    map.items.splice(after + 1, 0, newPair('emeritusSince', emeritusSince));
  });
  return doc.toString({ lineWidth: 0 });
}

/** Sets a pair's value, keeping the scalar node (and the comment on it); `add` when there is no pair. */
function setScalar(pair: Pair<unknown, unknown> | undefined, value: string, add: () => void): void {
  if (!pair) return add();
  const node = pair.value;
  if (isScalar(node)) {
    node.value = value;
    // A quoted value stays quoted; anything else becomes plain text.
    if (node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE) node.type = Scalar.PLAIN;
  } else pair.value = new Scalar(value);
}

/** The file of a handle in the roster folder, matched without regard to case (as GitHub does). */
export function maintainerFileFor(root: string, handle: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(join(root, spec.dir));
  } catch {
    return undefined;
  }
  const wanted = handle.toLowerCase();
  const name = names.sort().find((n) => spec.extensions.some((ext) => n.endsWith(ext) && n.slice(0, -ext.length).toLowerCase() === wanted));
  return name ? `${spec.dir}/${name}` : undefined;
}

/**
 * Writes a planned edit and then every generated file (MAINTAINERS.md and
 * CONTRIBUTING.md show the roster), so one commit carries the whole change.
 * Returns the paths written.
 */
export async function applyRosterEdit(root: string, edit: RosterEdit, files: readonly GeneratedFile[] = generatedFiles): Promise<string[]> {
  writeFileSync(join(root, edit.file), edit.text);
  return [edit.file, ...(await writeGeneratedFiles(root, files))];
}

export const NEW_MAINTAINER_USAGE = 'usage: npm run new:maintainer -- <handle> [--name "Full Name"] [--affiliation "Organisation"] [--since YYYY-MM-DD]';
export const EMERITUS_USAGE = 'usage: npm run maintainer:emeritus -- <handle> [--since YYYY-MM-DD]';

/** The maintainer asked for on the command line of `npm run new:maintainer --`; a UsageError otherwise. */
export function parseNewMaintainerArgs(argv: readonly string[]): NewMaintainer {
  const { positionals, values } = readCommandLine(argv, ['name', 'affiliation', 'since'], NEW_MAINTAINER_USAGE);
  const [handle, ...extra] = positionals;
  if (!handle || extra.length > 0) {
    throw new UsageError(
      `${handle ? `one handle at a time (got ${positionals.join(', ')}); put a name with spaces in quotes` : 'the GitHub handle is missing'}\n${NEW_MAINTAINER_USAGE}`,
    );
  }
  return { handle, ...values };
}

/** The handle and day asked for on the command line of `npm run maintainer:emeritus --`; a UsageError otherwise. */
export function parseEmeritusArgs(argv: readonly string[]): { handle: string; since?: string } {
  const { positionals, values } = readCommandLine(argv, ['since'], EMERITUS_USAGE);
  const [handle, ...extra] = positionals;
  if (!handle || extra.length > 0) {
    throw new UsageError(`${handle ? `one handle at a time (got ${positionals.join(', ')})` : 'the GitHub handle is missing'}\n${EMERITUS_USAGE}`);
  }
  return { handle, since: values.since };
}
