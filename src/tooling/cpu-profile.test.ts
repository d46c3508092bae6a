import { describe, expect, it } from 'vitest';
import { groupOf, isProjectCode, summarizeProfiles, type CpuProfile } from './cpu-profile.ts';

describe('groupOf', () => {
  const root = '/tmp/copy';
  it('names the innermost package, scoped or not', () => {
    expect(groupOf('file:///w/node_modules/astro/dist/core/render.js', root)).toBe('node_modules/astro');
    expect(groupOf('file:///w/node_modules/@astrojs/mdx/dist/index.js', root)).toBe('node_modules/@astrojs/mdx');
    expect(groupOf('file:///w/node_modules/a/node_modules/zod/v4/index.js', root)).toBe('node_modules/zod');
  });
  it('gives a file of the project its path from the root, and the engine its own entries', () => {
    expect(groupOf('file:///tmp/copy/src/site/nav.ts', root)).toBe('src/site/nav.ts');
    expect(groupOf('file:///tmp/copy/dist/.prerender/chunks/page_1.mjs?x=1', root)).toBe('dist/.prerender/chunks/page_1.mjs');
    expect(groupOf('node:internal/fs/utils', root)).toBe('node:internal');
    expect(groupOf('', root, '(garbage collector)')).toBe('(garbage collector)');
    expect(groupOf('', root, 'stringify')).toBe('(native)');
  });
});

describe('isProjectCode', () => {
  it('is src/ and the chunks bundled from it, not a package or the engine', () => {
    expect(['src/a.ts', 'dist/.prerender/chunks/nav_x.mjs', 'scripts/build-pages.ts'].every(isProjectCode)).toBe(true);
    expect(['node_modules/astro', 'node:internal', '(garbage collector)', 'wasm://wasm/1'].some(isProjectCode)).toBe(false);
  });
});

describe('summarizeProfiles', () => {
  // root → a (src) → b (node_modules/x) ; root → c (src, recursive: c → c)
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 4] },
      { id: 2, callFrame: frame('a', '/r/src/a.ts'), children: [3] },
      { id: 3, callFrame: frame('b', '/r/node_modules/x/b.js') },
      { id: 4, callFrame: frame('c', '/r/src/c.ts'), children: [5] },
      { id: 5, callFrame: frame('c', '/r/src/c.ts') },
    ],
    // each sample lasts until the next one: the deltas are read one ahead
    samples: [3, 3, 2, 5, 4],
    timeDeltas: [0, 10, 20, 30, 40],
  };
  const s = summarizeProfiles([profile, profile], (url, fn) => groupOf(url, '/r', fn));

  it('sums self time by group and by function over every thread', () => {
    expect(s.totalMicros).toBe(2 * (10 + 20 + 30 + 40 + 40));
    expect(s.byGroup).toEqual([
      { name: 'src/c.ts', micros: 2 * 80 },
      { name: 'node_modules/x', micros: 2 * 30 },
      { name: 'src/a.ts', micros: 2 * 30 },
    ]);
    expect(s.byFunction[0]).toEqual({ name: 'c src/c.ts:1', micros: 160 });
  });

  it('counts a function of the project with its callees, once per sample even when it recurses', () => {
    expect(s.srcInclusive).toEqual(
      [
        { name: 'a src/a.ts:1', micros: 2 * 60 },
        { name: 'c src/c.ts:1', micros: 2 * 80 },
      ].sort((x, y) => y.micros - x.micros),
    );
  });
});
