/**
 * Self and total time from V8 CPU profiles (`node --cpu-prof`), summed over threads and
 * grouped by where the code lives: scripts/bench/profile.ts prints them (issue 14).
 */

/** The parts of a .cpuprofile file this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface Timed {
  name: string;
  micros: number;
}

export interface ProfileSummary {
  totalMicros: number;
  /** Self time by group (package, src/ module, bundled chunk...), largest first. */
  byGroup: Timed[];
  /** Self time by function (`name group:line`), largest first. */
  byFunction: Timed[];
  /** Self + callee time of each function of the project (src/, or the chunks Astro bundled it into), counted once per sample. */
  srcInclusive: Timed[];
}

/**
 * Where a script lives, for grouping: `node_modules/<package>` (the innermost), a path
 * under `root` (`src/site/nav.ts`, `dist/.prerender/chunks/x.mjs`), `node:internal`, or the
 * engine's own entries in parentheses ((garbage collector), (program), (idle)).
 */
export function groupOf(url: string, root: string, functionName = ''): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  const path = decodeURIComponent(url.replace(/^file:\/\//, '')).replace(/\?.*$/, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    return `node_modules/${parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  const base = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(base) ? path.slice(base.length) : path;
}

/** Code of the project, not of a package or the engine: src/, scripts/, and the pages' chunks Astro bundles from src/. */
export const isProjectCode = (group: string): boolean => !/^(node_modules\/|node:|\(|wasm:)/.test(group);

const add = (map: Map<string, number>, key: string, micros: number) => map.set(key, (map.get(key) ?? 0) + micros);
const sorted = (map: Map<string, number>): Timed[] =>
  [...map].map(([name, micros]) => ({ name, micros })).sort((a, b) => b.micros - a.micros || a.name.localeCompare(b.name));

/** Sums `profiles` (one per thread) by group, by function and, for the project's functions, with their callees. */
export function summarizeProfiles(profiles: readonly CpuProfile[], group: (url: string, functionName: string) => string): ProfileSummary {
  const byGroup = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const srcInclusive = new Map<string, number>();
  let totalMicros = 0;
  for (const p of profiles) {
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = new Map<number, { group: string; fn: string }>();
    for (const n of p.nodes) {
      const g = group(n.callFrame.url, n.callFrame.functionName);
      label.set(n.id, { group: g, fn: `${n.callFrame.functionName || '(anonymous)'} ${g}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}` });
    }
    // The project's functions on each node's stack, each once (a recursive function is not counted twice).
    const srcOnStack = new Map<number, Set<string>>();
    const stackOf = (id: number): Set<string> => {
      const known = srcOnStack.get(id);
      if (known) return known;
      const up = parent.get(id);
      const set = new Set(up === undefined ? [] : stackOf(up));
      const l = label.get(id)!;
      if (isProjectCode(l.group)) set.add(l.fn);
      srcOnStack.set(id, set);
      return set;
    };
    for (let i = 0; i < p.samples.length; i++) {
      const id = p.samples[i]!;
      // V8 gives each sample the time since the previous one; the first delta is from the profile's start.
      const micros = Math.max(0, p.timeDeltas[i + 1] ?? p.timeDeltas[i] ?? 0);
      if (!nodes.has(id)) continue;
      const l = label.get(id)!;
      totalMicros += micros;
      add(byGroup, l.group, micros);
      add(byFunction, l.fn, micros);
      for (const fn of stackOf(id)) add(srcInclusive, fn, micros);
    }
  }
  return { totalMicros, byGroup: sorted(byGroup), byFunction: sorted(byFunction), srcInclusive: sorted(srcInclusive) };
}
