import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderCycles, folderOf, projectImports, type ImportEdge } from '../test-support/imports.ts';
import { projectRoot } from '../test-support/project.ts';

/** The layout docs/CODE-MAP.md describes: one folder per domain, arrows one way. */
const edges = projectImports(projectRoot, ['src', 'scripts', 'test-support', 'tests']);
// A test may import from anywhere: the arrows that matter are those of the code that ships or runs.
const codeEdges = edges.filter((e) => !e.from.endsWith('.test.ts'));

describe('the folders of src/', () => {
  it('import each other one way only: no two folders import each other, directly or around a circle', () => {
    expect(folderCycles(codeEdges)).toEqual([]);
  });

  it('keep the schemas a leaf: src/schemas/ imports nothing else from the project', () => {
    expect(codeEdges.filter((e) => folderOf(e.from) === 'src/schemas' && folderOf(e.to) !== 'src/schemas')).toEqual([]);
  });

  it('read collections through src/data/ only', () => {
    const readers = filesUnder('src').filter((file) => /\b(getCollection|getEntry)\(/.test(readFileSync(join(projectRoot, file), 'utf8')));
    expect(readers.filter((file) => !file.startsWith('src/data/')).sort()).toEqual([]);
  });

  it('ship no code that imports test support', () => {
    const shipped = (e: ImportEdge) => e.from.startsWith('src/') && !e.from.endsWith('.test.ts');
    expect(edges.filter((e) => shipped(e) && (e.to.startsWith('test-support/') || e.to.startsWith('tests/')))).toEqual([]);
  });
});

describe('folderCycles', () => {
  it('finds two folders that import each other, and a circle of three', () => {
    const e = (from: string, to: string) => ({ from, to });
    expect(folderCycles([e('src/a/x.ts', 'src/b/y.ts'), e('src/b/y.ts', 'src/a/z.ts')])).toEqual([['src/a', 'src/b']]);
    expect(folderCycles([e('src/a/x.ts', 'src/b/y.ts'), e('src/b/y.ts', 'src/c/z.ts'), e('src/c/z.ts', 'src/a/x.ts'), e('src/d/w.ts', 'src/a/x.ts')])).toEqual([
      ['src/a', 'src/b', 'src/c'],
    ]);
    expect(folderCycles([e('src/a/x.ts', 'src/b/y.ts'), e('src/a/x.ts', 'src/a/z.ts')])).toEqual([]);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(join(projectRoot, dir), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.(ts|astro)$/.test(f.name) && !f.name.endsWith('.test.ts'))
    .map((f) => join(f.parentPath, f.name).slice(projectRoot.length + 1));
}
