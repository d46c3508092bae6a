import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

/** One import between two files of the project, as repository paths. */
export interface ImportEdge {
  from: string;
  to: string;
}

const SOURCE = /\.(ts|mts|mjs|astro|mdx)$/;

/** Every relative import (static, dynamic or `import '...'`) in the source files under `dirs`. */
export function projectImports(root: string, dirs: readonly string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const dir of dirs) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !SOURCE.test(entry.name)) continue;
      const from = relative(root, join(entry.parentPath, entry.name)).split('\\').join('/');
      const text = readFileSync(join(root, from), 'utf8');
      for (const match of text.matchAll(/(?:^|[\s;{}(])(?:import|export)\s*(?:[^'"`;]*?\sfrom\s*)?\(?\s*['"](\.\.?\/[^'"]+)['"]/gm)) {
        edges.push({ from, to: posix.normalize(posix.join(posix.dirname(from), match[1]!)) });
      }
    }
  }
  return edges;
}

/** The folder a file belongs to: `src/meetings` for src/meetings/feed.ts, `src` for src/content.config.ts. */
export function folderOf(file: string): string {
  const parts = file.split('/');
  return parts[0] === 'src' && parts.length > 2 ? `src/${parts[1]}` : dirname(file);
}

/** The groups of folders that import each other in a circle (strongly connected components of more than one folder). */
export function folderCycles(edges: readonly ImportEdge[]): string[][] {
  return cycles(edges.map(({ from, to }) => ({ from: folderOf(from), to: folderOf(to) })));
}

/** The groups of files that import each other in a circle, directly or around several files (a lazy `import()` counts too). */
export function fileCycles(edges: readonly ImportEdge[]): string[][] {
  return cycles(edges);
}

/** Tarjan's strongly connected components of more than one node, each sorted. */
function cycles(edges: readonly ImportEdge[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const { from: a, to: b } of edges) {
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    if (a !== b) graph.get(a)!.add(b);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}
