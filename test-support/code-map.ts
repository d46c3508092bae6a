/**
 * docs/CODE-MAP.md read back, and what it must say of the tree: an entry ("### `src/x/`") per
 * folder, paths that exist, and an "Imports:" line per folder of code that lists exactly the
 * folders its code imports, each entry below those it imports. Every problem says what to write.
 */

export const CODE_MAP_FILE = 'docs/CODE-MAP.md';

export interface CodeMapEntry {
  /** The folder, as its heading names it: `src/meetings/`. */
  folder: string;
  line: number;
  /** The folders of its "Imports:" line; 'any' for "any folder"; undefined when it has none. */
  imports: readonly string[] | 'any' | undefined;
  importsLine?: number;
}

export interface CodeMapMention {
  /** A path written between backticks: `src/meetings/feed.ts`, or `feed.ts` under the entry of src/meetings/. */
  path: string;
  line: number;
  /** The entry it is written under, if any. */
  folder: string | undefined;
}

export interface CodeMap {
  entries: CodeMapEntry[];
  mentions: CodeMapMention[];
}

/** What the map is held against. */
export interface Tree {
  /** Whether a path (a file, or a folder ending in "/") exists or is a generated path the tree leaves out. */
  exists(path: string): boolean;
  /** Every folder that needs an entry (each folder of src/, and each top-level folder). */
  folders: readonly string[];
  /** The relative imports of the code (tests excluded), as repository paths. */
  imports: readonly { from: string; to: string }[];
}

const HEADING = /^### `([^`]+)`\s*$/;
const FILE_NAME = /\.(ts|mts|mjs|astro|mdx?|css|ya?ml|json|svg)$/;

export function parseCodeMap(text: string): CodeMap {
  const entries: CodeMapEntry[] = [];
  const mentions: CodeMapMention[] = [];
  const lines = text.split('\n');
  let current: CodeMapEntry | undefined;
  let importsText: string | undefined;
  const endImports = () => {
    if (current && importsText !== undefined) {
      current.imports = /^any folder\b/.test(importsText) ? 'any' : [...importsText.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    }
    importsText = undefined;
  };
  lines.forEach((text, index) => {
    const line = index + 1;
    const heading = HEADING.exec(text);
    if (heading) {
      endImports();
      current = { folder: heading[1]!, line, imports: undefined };
      entries.push(current);
      return;
    }
    if (text.trim() === '' || text.startsWith('#')) endImports();
    if (text.startsWith('#')) current = text.startsWith('### ') ? current : undefined;
    if (current && text.startsWith('Imports:')) {
      importsText = text.slice('Imports:'.length).trim();
      current.importsLine = line;
      return;
    }
    if (importsText !== undefined) {
      importsText += ` ${text.trim()}`;
      return;
    }
    for (const match of text.matchAll(/`([^`]+)`/g)) {
      const token = match[1]!;
      if (looksLikePath(token)) mentions.push({ path: token, line, folder: current?.folder });
    }
  });
  endImports();
  return { entries, mentions };
}

/** A repository path or file name, not a route, a command, a package or a pattern. */
function looksLikePath(token: string): boolean {
  if (/[\s<>*…{}()=]/.test(token) || token.startsWith('/') || token.startsWith('@')) return false;
  return token.includes('/') || FILE_NAME.test(token);
}

/** The entry a file belongs to: the longest folder of `folders` that holds it. */
function entryOf(file: string, folders: readonly string[]): string | undefined {
  return folders.filter((folder) => file.startsWith(folder)).sort((a, b) => b.length - a.length)[0];
}

/** Every way the map and the tree disagree, each saying what to change in the map. */
export function codeMapProblems(map: CodeMap, tree: Tree): string[] {
  const problems: string[] = [];
  const at = (line: number) => `${CODE_MAP_FILE}:${line}`;
  const named = map.entries.map((e) => e.folder);
  const existing = map.entries.filter((e) => tree.exists(e.folder));

  // Each file's folder, at the map's granularity (an entry of its own for scripts/bench/, say).
  const folders = [...new Set([...existing.map((e) => e.folder), ...tree.folders])];
  const importsOf = new Map<string, Set<string>>();
  for (const { from, to } of tree.imports) {
    const a = entryOf(from, folders);
    const b = entryOf(to, folders);
    if (!a || !b || a === b) continue;
    if (!importsOf.has(a)) importsOf.set(a, new Set());
    importsOf.get(a)!.add(b);
  }
  const importsLine = (folder: string) => {
    const list = [...(importsOf.get(folder) ?? [])].sort();
    return list.length === 0 ? 'Imports: nothing else from the project.' : `Imports: ${list.map((f) => `\`${f}\``).join(', ')}.`;
  };

  for (const folder of tree.folders) {
    if (!named.includes(folder)) {
      problems.push(
        `${CODE_MAP_FILE}: the folder \`${folder}\` has no entry: add "### \`${folder}\`", a paragraph on what it holds, and "${importsLine(folder)}"`,
      );
    }
  }
  for (const entry of map.entries) {
    if (!tree.exists(entry.folder)) {
      problems.push(
        `${at(entry.line)}: the entry \`${entry.folder}\` names a folder that does not exist: remove the entry, or rename it to the folder that took its place`,
      );
    } else if (named.indexOf(entry.folder) !== map.entries.indexOf(entry)) {
      problems.push(`${at(entry.line)}: \`${entry.folder}\` has a second entry: keep one`);
    }
  }
  for (const mention of map.mentions) {
    const candidates = [...(mention.folder ? [`${mention.folder}${mention.path}`] : []), mention.path];
    if (!candidates.some((path) => tree.exists(path))) {
      problems.push(
        `${at(mention.line)}: \`${mention.path}\`${mention.folder ? ` (under \`${mention.folder}\`)` : ''} does not exist: correct the path or remove it`,
      );
    }
  }
  existing.forEach((entry) => {
    if (entry.imports === 'any') return;
    const actual = importsOf.get(entry.folder) ?? new Set<string>();
    if (entry.imports === undefined) {
      if (actual.size > 0 || isCodeFolder(entry.folder))
        problems.push(`${at(entry.line)}: \`${entry.folder}\` has no Imports line: add "${importsLine(entry.folder)}"`);
      return;
    }
    const line = at(entry.importsLine ?? entry.line);
    for (const folder of [...actual].sort()) {
      if (!entry.imports.includes(folder)) problems.push(`${line}: \`${entry.folder}\` imports \`${folder}\`, which its Imports line does not list: add it`);
    }
    for (const folder of entry.imports) {
      if (!actual.has(folder)) problems.push(`${line}: the Imports line of \`${entry.folder}\` lists \`${folder}\`, which its code does not import: remove it`);
    }
    const position = named.indexOf(entry.folder);
    for (const folder of [...actual].sort()) {
      const imported = named.indexOf(folder);
      if (imported > position) {
        problems.push(
          `${line}: \`${entry.folder}\` imports \`${folder}\`, whose entry comes below it: move the entry of \`${folder}\` above the entry of \`${entry.folder}\``,
        );
      }
    }
  });
  return problems;
}

function isCodeFolder(folder: string): boolean {
  return /^(src|scripts|test-support)\//.test(folder);
}
