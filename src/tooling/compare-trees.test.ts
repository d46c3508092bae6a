import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareTrees } from './compare-trees.ts';

const made: string[] = [];
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'compare-trees-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('compareTrees', () => {
  it('finds no difference between two copies of one tree', () => {
    const files = { 'index.html': '<p>a</p>', 'a/b/index.html': '<p>b</p>' };
    expect(compareTrees(tree(files), tree(files))).toEqual([]);
  });

  it('names a file on one side only and a file with other bytes', () => {
    const before = tree({ 'index.html': '<p>a</p>', 'gone.html': 'x' });
    const after = tree({ 'index.html': '<p>A</p>', 'new/index.html': 'y' });
    expect(compareTrees(before, after)).toEqual([`only in ${before}: gone.html`, `only in ${after}: new/index.html`, 'differs: index.html']);
  });

  it('reads a renamed source path as its new name, and blanks ignored text on both sides', () => {
    const before = tree({ _headers: '# from src/lib/security.ts\n', 'doc/index.html': 'Last updated <time>2026-01-01</time>!' });
    const after = tree({ _headers: '# from src/site/security.ts\n', 'doc/index.html': 'Last updated <time>2026-02-02</time>!' });
    expect(compareTrees(before, after)).toEqual(['differs: _headers', 'differs: doc/index.html']);
    expect(compareTrees(before, after, [['src/lib/security.ts', 'src/site/security.ts']], [/<time>[^<]*<\/time>/g])).toEqual([]);
  });
});
