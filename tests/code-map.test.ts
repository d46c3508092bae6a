import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_MAP_FILE, codeMapProblems, parseCodeMap, type Tree } from '../test-support/code-map.ts';
import { projectImports } from '../test-support/imports.ts';
import { projectRoot } from '../test-support/project.ts';

/** docs/CODE-MAP.md against the tree: every folder has an entry, every path it names exists, every Imports line is the code's. */

/** What git leaves out (.gitignore's names): generated folders the map may name but the tree may not hold yet. */
const ignored = readFileSync(join(projectRoot, '.gitignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#') && !line.includes('*'));

const dirsIn = (dir: string) =>
  readdirSync(join(projectRoot, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== '.git' && !ignored.includes(`${d.name}/`))
    .map((d) => `${dir === '.' ? '' : `${dir}/`}${d.name}/`);

const realTree: Tree = {
  exists: (path) =>
    ignored.some((name) => path === name || path.startsWith(name)) ||
    (existsSync(join(projectRoot, path)) && (!path.endsWith('/') || statSync(join(projectRoot, path)).isDirectory())),
  folders: [...dirsIn('.'), ...dirsIn('src')].sort(),
  imports: projectImports(projectRoot, ['src', 'scripts', 'test-support', 'tests']).filter((e) => !e.from.endsWith('.test.ts')),
};

describe(CODE_MAP_FILE, () => {
  it('has an entry for every folder of src/ and of the top level, names only paths that exist, and gives each folder the imports of its code, in an order they point up', () => {
    expect(codeMapProblems(parseCodeMap(readFileSync(join(projectRoot, CODE_MAP_FILE), 'utf8')), realTree)).toEqual([]);
  });
});

describe('codeMapProblems', () => {
  const tree = (files: string[], imports: [string, string][] = []): Tree => ({
    exists: (path) => files.some((f) => f === path || f.startsWith(path.endsWith('/') ? path : `${path}/`)),
    folders: [...new Set(files.filter((f) => f.startsWith('src/')).map((f) => `src/${f.split('/')[1]}/`))].sort(),
    imports: imports.map(([from, to]) => ({ from, to })),
  });
  const map = (text: string) => parseCodeMap(text.replace(/^ +/gm, ''));

  it('names a folder without an entry, with the Imports line to write, and an entry or a path that does not exist', () => {
    const files = ['src/a/x.ts', 'src/b/y.ts', 'src/c/z.ts'];
    expect(
      codeMapProblems(
        map(`### \`src/a/\`

        Holds \`x.ts\` and \`gone.ts\`; see \`src/c/z.ts\` and \`src/old/w.ts\`, at \`/routes/\`, by \`npm run x\`.

        Imports: nothing else from the project.

        ### \`src/old/\`

        Imports: nothing else from the project.
        `),
        tree(files, [['src/b/y.ts', 'src/a/x.ts']]),
      ),
    ).toEqual([
      'docs/CODE-MAP.md: the folder `src/b/` has no entry: add "### `src/b/`", a paragraph on what it holds, and "Imports: `src/a/`."',
      'docs/CODE-MAP.md: the folder `src/c/` has no entry: add "### `src/c/`", a paragraph on what it holds, and "Imports: nothing else from the project."',
      'docs/CODE-MAP.md:7: the entry `src/old/` names a folder that does not exist: remove the entry, or rename it to the folder that took its place',
      'docs/CODE-MAP.md:3: `gone.ts` (under `src/a/`) does not exist: correct the path or remove it',
      'docs/CODE-MAP.md:3: `src/old/w.ts` (under `src/a/`) does not exist: correct the path or remove it',
    ]);
  });

  it('names an import the Imports line leaves out or one it lists that the code does not make, over lines, and an entry above what it imports', () => {
    const files = ['src/a/x.ts', 'src/b/y.ts', 'src/c/z.ts'];
    const imports: [string, string][] = [
      ['src/b/y.ts', 'src/a/x.ts'],
      ['src/b/y.ts', 'src/c/z.ts'],
    ];
    expect(
      codeMapProblems(
        map(`### \`src/a/\`

        Imports: nothing else from the project.

        ### \`src/b/\`

        Imports: \`src/a/\`,
        \`src/d/\`.

        ### \`src/c/\`

        Imports: nothing else from the project.
        `),
        tree(files, imports),
      ),
    ).toEqual([
      'docs/CODE-MAP.md:7: `src/b/` imports `src/c/`, which its Imports line does not list: add it',
      'docs/CODE-MAP.md:7: the Imports line of `src/b/` lists `src/d/`, which its code does not import: remove it',
      'docs/CODE-MAP.md:7: `src/b/` imports `src/c/`, whose entry comes below it: move the entry of `src/c/` above the entry of `src/b/`',
    ]);
  });

  it('asks for an Imports line on a folder of code, and takes "any folder" for the tests', () => {
    expect(
      codeMapProblems(map('### `src/a/`\n\nHolds it.\n\n### `tests/`\n\nImports: any folder (a test may).\n'), tree(['src/a/x.ts', 'tests/t.ts'])),
    ).toEqual(['docs/CODE-MAP.md:1: `src/a/` has no Imports line: add "Imports: nothing else from the project."']);
  });
});
