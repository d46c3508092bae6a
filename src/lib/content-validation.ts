import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

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
  /** File name without extension. */
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
  /** Checks across entries (unique handles, file names): run only on entries that passed the schema. */
  // Method syntax on purpose: it lets a spec with a typed check join a list of CollectionSpec.
  checkEntries?(entries: ContentEntry<z.output<S>>[]): ContentProblem[];
}

/** Any content file larger than this is refused before parsing: no governance page needs more. */
export const MAX_CONTENT_BYTES = 1024 * 1024;

export function validateCollection<S extends z.ZodType>(root: string, spec: CollectionSpec<S>): { entries: ContentEntry<z.output<S>>[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const entries: ContentEntry<z.output<S>>[] = [];
  let names: string[];
  try {
    names = readdirSync(join(root, spec.dir)).sort();
  } catch {
    return { entries, problems: [{ file: spec.dir, message: `the folder for the ${spec.name} collection is missing; create ${spec.dir}/` }] };
  }
  for (const name of names) {
    const file = `${spec.dir}/${name}`;
    const ext = spec.extensions.find((e) => name.endsWith(e));
    if (!ext) {
      if (!name.startsWith('.') && statSync(join(root, file)).isFile()) {
        problems.push({ file, message: `not part of the ${spec.name} collection: only ${spec.extensions.join(', ')} files are read here; rename it or move it out of ${spec.dir}/` });
      }
      continue;
    }
    const size = statSync(join(root, file)).size;
    if (size > MAX_CONTENT_BYTES) {
      problems.push({ file, message: `file is ${(size / 1024 / 1024).toFixed(1)} MB; content files must stay under ${MAX_CONTENT_BYTES / 1024 / 1024} MB. Was something pasted in by mistake?` });
      continue;
    }
    const result = parseContentFile(file, readFileSync(join(root, file), 'utf8'), spec);
    problems.push(...result.problems);
    if (result.entry) entries.push({ ...result.entry, id: basename(name, ext) });
  }
  if (spec.checkEntries) problems.push(...spec.checkEntries(entries));
  return { entries, problems };
}

export function parseContentFile<S extends z.ZodType>(
  file: string,
  text: string,
  spec: Pick<CollectionSpec<S>, 'format' | 'schema'>,
): { entry?: Omit<ContentEntry<z.output<S>>, 'id'>; problems: ContentProblem[] } {
  let yamlText = text;
  let lineOffset = 0;
  if (spec.format === 'frontmatter') {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/.exec(text);
    if (!match) {
      return { problems: [{ file, line: 1, message: 'no frontmatter: start the file with a "---" line, the fields (title, description, order), and another "---" line' }] };
    }
    yamlText = match[1]!;
    lineOffset = 1;
  }
  if (yamlText.trim() === '') {
    return { problems: [{ file, line: 1, message: 'the file is empty; fill in the fields its collection needs (see an existing file in the same folder)' }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { file, line: pos.line + lineOffset, column: pos.col, message: `YAML syntax error: ${e.message.split('\n')[0]}` };
      }),
    };
  }
  const lineOf = (path: readonly PropertyKey[]) => lineOfPath(doc, lineCounter, path, lineOffset);
  const raw = doc.toJS({ maxAliasCount: 50 });
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const keyPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
        const field = issue.path.join('.');
        const missing = issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined;
        const message = `${field ? `${field}: ` : ''}${missing ? 'missing; ' : ''}${issue.message}`;
        return { file, line: missing ? 1 : (lineOf(keyPath) ?? 1 + lineOffset), message };
      }),
    };
  }
  return { entry: { file, data: parsed.data, lineOf }, problems: [] };
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

/** `file:line:col: message`, the form editors and CI logs link to. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}${p.line && p.column ? `:${p.column}` : ''}: ${p.message}`;
}
