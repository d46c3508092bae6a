import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileCycles, folderCycles, folderOf, projectImports, type ImportEdge } from '../test-support/imports.ts';
import { projectRoot } from '../test-support/project.ts';

/** The layout docs/CODE-MAP.md describes: one folder per domain, arrows one way. */
const edges = projectImports(projectRoot, ['src', 'scripts', 'test-support', 'tests']);
// A test may import from anywhere: the arrows that matter are those of the code that ships or runs.
const codeEdges = edges.filter((e) => !e.from.endsWith('.test.ts'));

describe('the folders of src/', () => {
  it('import each other one way only: no two folders import each other, directly or around a circle', () => {
    expect(folderCycles(codeEdges)).toEqual([]);
  });

  it('hold no circle of files either: no two files import each other, directly, around several files or through a lazy import()', () => {
    expect(fileCycles(codeEdges)).toEqual([]);
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

describe('fileCycles', () => {
  const e = (from: string, to: string) => ({ from, to });

  it('finds a circle of files inside one folder, which folderCycles cannot see', () => {
    // The shape src/checks/ had: the list imports a check lazily, the check reads the registry, the registry reads the list.
    const circle = [e('src/a/index.ts', 'src/a/check.ts'), e('src/a/check.ts', 'src/a/registry.ts'), e('src/a/registry.ts', 'src/a/index.ts')];
    expect(folderCycles(circle)).toEqual([]);
    expect(fileCycles(circle)).toEqual([['src/a/check.ts', 'src/a/index.ts', 'src/a/registry.ts']]);
  });

  it('finds two files that import each other, and none where the arrows go one way', () => {
    expect(fileCycles([e('src/a/x.ts', 'src/b/y.ts'), e('src/b/y.ts', 'src/a/x.ts'), e('src/c/z.ts', 'src/a/x.ts')])).toEqual([['src/a/x.ts', 'src/b/y.ts']]);
    expect(fileCycles([e('src/a/x.ts', 'src/a/y.ts'), e('src/a/y.ts', 'src/a/z.ts'), e('src/a/x.ts', 'src/a/z.ts')])).toEqual([]);
  });

  it('is fed the lazy import() that once hid the cycle of src/checks/', () => {
    expect(projectImports(projectRoot, ['src/checks']).filter((edge) => edge.from === 'src/checks/index.ts')).toContainEqual(
      e('src/checks/index.ts', 'src/checks/content.ts'),
    );
  });
});

describe('package.json', () => {
  it('lists in dependencies every package that the site, its checks and its commands import, so npm audit --omit=dev covers what ships', () => {
    const { dependencies } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const shipped = [
      ...filesUnder('src'),
      'astro.config.mjs',
      ...readdirSync(join(projectRoot, 'scripts'))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `scripts/${f}`),
    ];
    const missing = shipped.flatMap((file) =>
      packagesImportedBy(readFileSync(join(projectRoot, file), 'utf8'))
        .filter((name) => !(name in dependencies))
        .map((name) => `${file}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('reads the packages a file imports for its code, not for its types', () => {
    const text = [
      "import { unified } from 'unified';",
      "import type { Root } from 'mdast';",
      "import remarkGfm from 'remark-gfm';",
      "import sitemap from '@astrojs/sitemap';",
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { readFileSync } from 'node:fs';",
      "const pagefind = await import('pagefind');",
      "import { x } from './local.ts';",
    ].join('\n');
    expect(packagesImportedBy(text)).toEqual(['unified', 'remark-gfm', '@astrojs/sitemap', 'astro', 'pagefind']);
  });
});

/** The npm packages a source file imports for its code (not `import type`, not node: or astro: modules, not relative paths). */
function packagesImportedBy(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/(?:^|[\s;{}(])(?:import|export)(\s+type\b)?\s*(?:[^'"`;]*?\sfrom\s*)?\(?\s*['"]([^'"]+)['"]/gm)) {
    const [, typeOnly, specifier] = match as unknown as [string, string | undefined, string];
    // A specifier built in a message (`from '${path}'`) is text, not an import.
    if (typeOnly || specifier.startsWith('.') || /^(node|astro):/.test(specifier) || specifier.includes('${')) continue;
    const parts = specifier.split('/');
    names.push(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
  return names;
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(projectRoot, dir), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.(ts|astro)$/.test(f.name) && !f.name.endsWith('.test.ts'))
    .map((f) => join(f.parentPath, f.name).slice(projectRoot.length + 1));
}
