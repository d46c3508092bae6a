import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isAlias, isCollection, isMap, isPair, LineCounter, parseDocument, type Document, type ErrorCode, type Node, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { readFrontmatter } from '../yaml/frontmatter.ts';
import { quickParse } from '../yaml/quick-yaml.ts';
import { hasDuplicateKey } from '../yaml/duplicate-keys.ts';

/**
 * Validates every content file against its collection's schema before Astro
 * runs, and reports every problem at once as `file:line: field: message`.
 * Astro validates again while it loads the collections; this pass exists so a
 * maintainer gets the file, the line and the fix, for all files in one go.
 */
export interface ContentProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface ContentEntry<T = unknown> {
  /** Repository-relative path, e.g. content/maintainers/gorkem.yaml. */
  file: string;
  /** File name without extension, or what the collection's `idOf` gives. */
  id: string;
  data: T;
  /** Line of a field (dotted path) in the file, where it can be found. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  name: string;
  /** Repository-relative folder. */
  dir: string;
  /** File extensions that belong to the collection. */
  extensions: readonly string[];
  /** `frontmatter` for Markdown/MDX, `yaml` for data files. */
  format: 'frontmatter' | 'yaml';
  schema: S;
  /** Extensions of files the folder may hold that are not entries: images beside the docs, which their pages show. */
  otherFiles?: readonly string[];
  /**
   * When set, the folder may hold files of any other kind too, as a repository does beside its docs (a roster in
   * YAML, a LICENSE): no page, a link to one leads to it on GitHub. Only these extensions, which GitHub shows as
   * Markdown but the collection does not read, are refused, lest a page go missing unnoticed.
   */
  otherMarkdown?: readonly string[];
  /** Whether the folder may be missing (a collection that starts empty, in a fork too). */
  optional?: boolean;
  /** Files of the folder that are not entries (a README.md that explains the folder). */
  ignoredFiles?: readonly string[];
  /** Whether files in subfolders belong to the collection too (docs in folders); otherwise a subfolder is ignored. */
  nested?: boolean;
  /** The entry's id from its path inside `dir` (`working-groups/runtime.md`); by default the file name without extension. */
  idOf?(pathInDir: string): string;
  /** Files of the folder that belong to another collection sharing it (a series' .yaml next to its records' folders). */
  belongsElsewhere?(pathInDir: string): boolean;
  /** Whether a file may have no fields at all (every field optional): an empty frontmatter is then valid. */
  fieldsOptional?: boolean;
  /**
   * For Markdown files as they stand on GitHub: the fields the schema reads, from the frontmatter
   * (undefined when the file has none, which is then no error) and the text after it, and the
   * frontmatter's fields left out as another tool's. Run before the schema, here and in Astro's loader.
   */
  readFields?(frontmatter: Record<string, unknown> | undefined, body: () => string, file: string): { data: Record<string, unknown>; ignored: string[] };
  /** Checks across entries (unique handles, file names): run only on entries that passed the schema. `root` lets a check read another collection. */
  // Method syntax on purpose: it lets a spec with a typed check join a list of CollectionSpec.
  checkEntries?(entries: ContentEntry<z.output<S>>[], root: string): ContentProblem[];
}

/** Any content file larger than this is refused before parsing: no governance page needs more. */
export const MAX_CONTENT_BYTES = 1024 * 1024;

/**
 * The longest name, in characters, a content file or folder may have: a name becomes an
 * address and the names of built files, which most file systems cap at 255 bytes (a
 * 250-character doc name made the bundler panic).
 */
export const MAX_NAME_LENGTH = 100;

/** Fields of a file that the collection read past as another tool's (src/validation/validate.ts, `readFields`). */
export interface IgnoredFields {
  file: string;
  fields: string[];
}

export function validateCollection<S extends z.ZodType>(
  root: string,
  spec: CollectionSpec<S>,
): { entries: ContentEntry<z.output<S>>[]; problems: ContentProblem[]; ignored: IgnoredFields[] } {
  const problems: ContentProblem[] = [];
  const entries: ContentEntry<z.output<S>>[] = [];
  const ignored: IgnoredFields[] = [];
  let names: string[];
  try {
    // Hidden folders too, to refuse the entries Astro would never build there.
    names = collectionFiles(root, spec, { hiddenFolders: true });
  } catch {
    if (spec.optional) return { entries, problems, ignored };
    return { entries, problems: [{ file: spec.dir, message: `the folder for the ${spec.name} collection is missing; create ${spec.dir}/` }], ignored };
  }
  for (const name of names) {
    if (spec.belongsElsewhere?.(name)) continue;
    if (spec.ignoredFiles?.includes(name)) continue;
    const file = `${spec.dir}/${name}`;
    const ext = spec.extensions.find((e) => name.endsWith(e));
    const long = name.split('/').find((segment) => segment.length > MAX_NAME_LENGTH);
    if (long !== undefined) {
      const what = long === basename(name) ? 'file name' : 'folder name';
      problems.push({
        file,
        message: `the ${what} is ${long.length} characters long; shorten it to ${MAX_NAME_LENGTH} characters or fewer (it becomes the page's address)`,
      });
      continue;
    }
    const hiddenFolder = name
      .split('/')
      .slice(0, -1)
      .find((segment) => segment.startsWith('.'));
    // GitHub's own folder (issue templates, workflows) holds files of the repository, never pages, where other files may be.
    if (hiddenFolder === '.github' && spec.otherMarkdown) continue;
    if (hiddenFolder !== undefined) {
      // Astro's loaders skip hidden folders too: an entry in one would pass here and never be built.
      const visible = hiddenFolder.replace(/^\.+/, '') || 'drafts';
      if (ext)
        problems.push({ file, message: `the folder "${hiddenFolder}" starts with "." and is never built; rename it without the leading ".", e.g. ${visible}` });
      continue;
    }
    if (ext && basename(name).startsWith('.')) {
      // Astro's loaders skip hidden files: such an entry would pass here and never be built.
      const visible = basename(name).replace(/^\.+/, '');
      const example = visible.length > ext.length && visible.endsWith(ext) ? `e.g. ${visible}` : `e.g. my-page${ext}`;
      problems.push({ file, message: `a file whose name starts with "." is never built; rename it without the leading ".", ${example}` });
      continue;
    }
    if (!ext) {
      if (spec.otherFiles?.some((e) => name.toLowerCase().endsWith(e))) continue;
      const markdown = spec.otherMarkdown?.find((e) => name.toLowerCase().endsWith(e));
      if (markdown !== undefined) {
        const asRead = `${basename(name).slice(0, -markdown.length)}${spec.extensions[0]}`;
        problems.push({
          file,
          message: `GitHub shows a ${markdown} file as Markdown, but the site reads only ${spec.extensions.join(', ')} files: rename it to ${asRead}`,
        });
        continue;
      }
      if (spec.otherMarkdown) continue;
      if (!basename(name).startsWith('.') && statSync(join(root, file)).isFile()) {
        problems.push({
          file,
          message: `not part of the ${spec.name} collection: only ${spec.extensions.join(', ')} files are read here${spec.otherFiles ? `, and ${spec.otherFiles.join(', ')} images beside them` : ''}; rename it or move it out of ${spec.dir}/`,
        });
      }
      continue;
    }
    const size = statSync(join(root, file)).size;
    if (size > MAX_CONTENT_BYTES) {
      problems.push({
        file,
        message: `file is ${(size / 1024 / 1024).toFixed(1)} MB; content files must stay under ${MAX_CONTENT_BYTES / 1024 / 1024} MB. Was something pasted in by mistake?`,
      });
      continue;
    }
    const result = parseContentFile(file, readFileSync(join(root, file), 'utf8'), spec);
    problems.push(...result.problems);
    if (result.ignored?.length) ignored.push({ file, fields: result.ignored });
    if (result.entry) entries.push({ ...result.entry, id: spec.idOf ? spec.idOf(name) : basename(name, ext) });
  }
  if (spec.checkEntries) problems.push(...spec.checkEntries(entries, root));
  return { entries, problems, ignored };
}

/**
 * Paths inside the collection's folder, sorted: its files, and those of its subfolders when
 * the collection is nested, except hidden ones (whose names start with "."), which Astro's
 * loaders skip, unless asked. A symbolic link is neither (src/rules/content-files.ts refuses it).
 */
export function collectionFiles(root: string, spec: Pick<CollectionSpec, 'dir' | 'nested'>, { hiddenFolders = false } = {}): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, spec.dir, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      const stats = lstatSync(join(root, spec.dir, path));
      if (stats.isSymbolicLink()) continue;
      if (stats.isDirectory()) {
        if (spec.nested && (hiddenFolders || !name.startsWith('.'))) walk(path);
      } else {
        files.push(path);
      }
    }
  };
  walk('');
  return files;
}

export function parseContentFile<S extends z.ZodType>(
  file: string,
  text: string,
  spec: Pick<CollectionSpec<S>, 'format' | 'schema' | 'fieldsOptional' | 'readFields'>,
): { entry?: Omit<ContentEntry<z.output<S>>, 'id'>; problems: ContentProblem[]; ignored?: string[] } {
  let yamlText = text;
  let lineOffset = 0;
  let body = '';
  let hasFrontmatter = true;
  // Only a message needs them: asked of every file, the schema's field names cost more than some files' parsing.
  const fields = () => fieldNames(spec.schema);
  if (text.trim() === '') {
    return { problems: [{ file, line: 1, message: `the file is empty; fill in the fields ${fields()}, as in the other files of this folder` }] };
  }
  if (spec.format === 'frontmatter') {
    const front = readFrontmatter(text);
    const opened = /^---\r?\n/.test(text);
    if (!front && !opened && spec.readFields) {
      // A file as it stands on GitHub: no frontmatter, only text.
      hasFrontmatter = false;
      yamlText = '';
      body = text;
    } else if (!front) {
      const message = opened
        ? 'the frontmatter is not closed: add a line with just "---" after its last field'
        : `no frontmatter: start the file with a "---" line, then the fields ${fields()}, then another "---" line`;
      return { problems: [{ file, line: 1, message }] };
    } else {
      yamlText = front.yaml;
      lineOffset = 1;
      body = text.slice(front.block.length);
    }
    if (hasFrontmatter && yamlText.trim() === '' && !spec.fieldsOptional && !spec.readFields) {
      return { problems: [{ file, line: 1, message: `the frontmatter is empty; write the fields ${fields()} between the two "---" lines` }] };
    }
  }
  // The fast path: js-yaml, the parser Astro reads these files with, gives the data, and the yaml
  // package's document, which knows every line but builds a node for every value (most of the
  // validation of 500 decision files with 900 votes each), is built only when a problem needs a
  // line. Any text js-yaml refuses, and any text with an anchor or alias, takes the yaml package's
  // path, so every syntax error keeps its message and position.
  const fast = quickParse(yamlText);
  let document: ReturnType<typeof parseYamlDocument> | undefined;
  const slow = () => (document ??= parseYamlDocument(yamlText));
  if (fast === undefined && slow().doc.errors.length > 0) {
    const { doc, lineCounter } = slow();
    const lines = new Set<number>();
    const problems: ContentProblem[] = [];
    for (const e of doc.errors) {
      const at = yamlErrorPosition(e, yamlText, lineCounter);
      // One message per line: the parser often reports a single slip several times.
      if (lines.has(at.line)) continue;
      lines.add(at.line);
      problems.push({ file, line: at.line + lineOffset, column: at.col, message: `YAML syntax error (${e.message.split('\n')[0]}): ${yamlErrorHint(e.code)}` });
    }
    return { problems };
  }
  const lineOf = (path: readonly PropertyKey[]) => lineOfPath(slow().doc, slow().lineCounter, path, lineOffset);
  let parsedYaml: unknown;
  if (fast === undefined) {
    const { doc, lineCounter } = slow();
    const alias = aliasProblem(doc, MAX_ALIAS_EXPANSION);
    if (alias) {
      const { line, col } = lineCounter.linePos(alias.offset);
      return { problems: [{ file, line: line + lineOffset, column: col, message: alias.message }] };
    }
    parsedYaml = doc.toJS({ maxAliasCount: -1 });
  } else {
    parsedYaml = fast.value;
  }
  // Only comments, or nothing, between the two "---" lines: no field given, which is fine when none is required.
  const noFields = parsedYaml === null || parsedYaml === undefined;
  let raw = noFields && (spec.fieldsOptional || spec.readFields) ? {} : parsedYaml;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      problems: [
        {
          file,
          line: 1 + lineOffset,
          message: `write the fields as "name: value" lines, one per line, not ${Array.isArray(raw) ? 'a list' : 'a single value'}: ${fields()}`,
        },
      ],
    };
  }
  let ignored: string[] | undefined;
  if (spec.readFields) {
    const read = spec.readFields(hasFrontmatter && !noFields ? (raw as Record<string, unknown>) : undefined, () => body, file);
    raw = read.data;
    ignored = read.ignored;
  }
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ...(ignored?.length ? { ignored } : {}),
      problems: parsed.error.issues.map((issue) => {
        const keyPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
        const field = issue.path.join('.');
        const missing = issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined;
        const message = `${field ? `${field}: ` : ''}${missing ? 'missing; ' : ''}${issue.message}`;
        return { file, line: missing ? 1 : (lineOf(keyPath) ?? 1 + lineOffset), message };
      }),
    };
  }
  return { entry: { file, data: parsed.data, lineOf }, problems: [], ...(ignored?.length ? { ignored } : {}) };
}

/**
 * How many values a file may hold once its * aliases are expanded: far more than any governance
 * file, far fewer than a "billion laughs" text of a few lines, whose aliases of aliases would
 * take the build's memory (the yaml package stops those with a ReferenceError and no line).
 */
export const MAX_ALIAS_EXPANSION = 10_000;

/**
 * The first alias, in the order of the text, that the yaml package would refuse to expand, with
 * what to write instead: one that names no anchor above it, or one at which the values the
 * aliases repeat add up to more than `limit`. Each anchor's size is counted once, so a bomb is
 * measured without being expanded.
 */
export function aliasProblem(doc: Document, limit: number): { offset: number; message: string } | undefined {
  const sizes = new Map<Node, number>();
  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      return target ? sizeOf(target) : 1;
    }
    if (isPair(node)) return sizeOf(node.key) + sizeOf(node.value);
    if (!isCollection(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, Infinity); // an alias inside its own anchor's value
    const size = 1 + node.items.reduce<number>((sum, item) => sum + sizeOf(item), 0);
    sizes.set(node, size);
    return size;
  };
  let total = 0;
  let found: { offset: number; message: string } | undefined;
  const walk = (node: unknown): void => {
    if (found) return;
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      if (!node.resolve(doc)) {
        found = {
          offset,
          message: `the alias *${node.source} names no anchor above it; write the value itself, or mark it &${node.source} where it is first written`,
        };
        return;
      }
      const size = sizeOf(node);
      total += size;
      if (total > limit) {
        found = {
          offset,
          message: `YAML aliases repeat more than ${limit} values in this file (*${node.source} here repeats ${Number.isFinite(size) ? size : 'itself'}): no content file needs that many; write the values out instead of repeating them with & anchors and * aliases`,
        };
      }
    } else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    } else if (isCollection(node)) {
      for (const item of node.items) walk(item);
    }
  };
  walk(doc.contents);
  return found;
}

/** The yaml package's document of the text, with line numbers. */
function parseYamlDocument(text: string): { doc: Document; lineCounter: LineCounter } {
  let lineCounter = new LineCounter();
  // The yaml package's duplicate-key check compares each key of a map with every earlier one:
  // on 900-voter decision files, most of the parse. A set per map finds whether there is a
  // duplicate at all; only a file that has one is parsed again with the package's check, so
  // its problems (message, line, column, order among other errors) stay exactly the package's.
  let doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (hasDuplicateKey(doc.contents)) {
    lineCounter = new LineCounter();
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  }
  return { doc, lineCounter };
}

/** "title, description, order" for the message of an empty or shapeless file. */
function fieldNames(schema: z.ZodType): string {
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return 'its collection needs';
  const optional = Object.keys(shape).filter((k) => shape[k]!.safeParse(undefined).success);
  const required = Object.keys(shape).filter((k) => !optional.includes(k));
  return `${required.join(', ')}${optional.length ? ` (optional: ${optional.join(', ')})` : ''}`;
}

/** Where to look: an unclosed quote is reported at the end of the text, so point at the line that opens it. */
function yamlErrorPosition(e: YAMLError, text: string, counter: LineCounter): { line: number; col: number } {
  if (e.code === 'MISSING_CHAR' && /quote/i.test(e.message)) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^(\s*(?:-\s+)?[^:#'"]+:\s*)(["'])/.exec(lines[i]!);
      if (open && !lines[i]!.slice(open[0].length).includes(open[2]!)) return { line: i + 1, col: open[1]!.length + 1 };
    }
  }
  return counter.linePos(e.pos[0]);
}

/** What a maintainer should do about each kind of YAML error, in words. */
function yamlErrorHint(code: ErrorCode): string {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'start each field at the beginning of its line (check the indentation), and put a value that contains ": " in quotes, e.g. description: "Step one: read"';
    case 'DUPLICATE_KEY':
      return 'this field is already given above; keep only one of the two';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'MISSING_CHAR':
      return 'a quoted value must end with the same quote mark it starts with, on the same line';
    case 'BAD_SCALAR_START':
      return 'a value that starts with @, ` or % must be put in quotes, e.g. handle: "@name"';
    case 'UNEXPECTED_TOKEN':
      return 'check the quotes on this line: a value with a quote mark inside is written in the other kind, e.g. title: "It\'s here"';
    case 'BAD_INDENT':
      return 'check the indentation and that every [ or { is closed on this line';
    default:
      return 'compare this line with the same field in another file of the folder';
  }
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[], offset: number): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const parent = n > 1 ? doc.getIn(path.slice(0, n - 1) as unknown[], true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === path[n - 1]);
      const range = (pair?.key as { range?: [number, number, number] } | null)?.range;
      if (range) return counter.linePos(range[0]).line + offset;
    }
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line + offset;
  }
  return undefined;
}

/**
 * One line for every field read past as another tool's: `notice: …`, the fields, then the files
 * (the first three, and how many more). A notice, not a problem: the file builds as it is.
 */
export function ignoredFieldsNotice(ignored: readonly IgnoredFields[]): string | undefined {
  if (ignored.length === 0) return undefined;
  const fields = [...new Set(ignored.flatMap((i) => i.fields))].sort();
  const files = ignored.map((i) => i.file);
  const shown = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
  return `notice: ignored the field${fields.length > 1 ? 's' : ''} ${fields.join(', ')}, which the site does not read (other tools' frontmatter), in ${shown}`;
}

/** `file:line:col: message`, the form editors and CI logs link to. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}${p.line && p.column ? `:${p.column}` : ''}: ${p.message}`;
}

/**
 * Set by `npm run check` for the build it runs after reporting the content's problems itself: the pages are
 * built past those that leave them buildable (scripts/build-pages.ts, and a doc's fields in src/content.config.ts).
 */
export const BUILD_PAST_CONTENT_PROBLEMS = 'BUILD_PAST_CONTENT_PROBLEMS';
