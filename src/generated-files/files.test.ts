import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Code, Heading, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkGeneratedFiles, GenerateError, generatedFiles, staleFilesSummary, writeGeneratedFiles, type GeneratedFile } from './files.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'generated-files-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A generator made for the test: a list file written from a source file, one line per entry. */
const listFile: GeneratedFile = {
  path: 'LIST.md',
  sources: ['content/list.txt'],
  render: (dir) =>
    `# List\n\n${readFileSync(join(dir, 'content/list.txt'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => `- ${l}`)
      .join('\n')}\n`,
};

describe('generated files', () => {
  const source = (text: string) => {
    mkdirSync(join(root, 'content'), { recursive: true });
    writeFileSync(join(root, 'content/list.txt'), text);
  };

  it('reports a missing file, writes it, then finds it up to date', async () => {
    source('alpha\nbeta\n');
    expect(await checkGeneratedFiles(root, [listFile])).toEqual([{ file: 'LIST.md', message: 'is missing; run npm run generate and commit LIST.md' }]);
    expect(await writeGeneratedFiles(root, [listFile])).toEqual(['LIST.md']);
    expect(readFileSync(join(root, 'LIST.md'), 'utf8')).toBe('# List\n\n- alpha\n- beta\n');
    expect(await checkGeneratedFiles(root, [listFile])).toEqual([]);
    expect(await writeGeneratedFiles(root, [listFile])).toEqual([]);
  });

  it('names the first line that differs when the source changed, and when the file was edited by hand', async () => {
    source('alpha\nbeta\n');
    await writeGeneratedFiles(root, [listFile]);
    source('alpha\ngamma\n');
    expect(await checkGeneratedFiles(root, [listFile])).toEqual([
      {
        file: 'LIST.md',
        line: 4,
        message:
          'is out of date with content/list.txt (line 4 should read "- gamma"); it is generated: do not edit it by hand, edit content/list.txt and run npm run generate, then commit LIST.md',
      },
    ]);
    await writeGeneratedFiles(root, [listFile]);
    writeFileSync(join(root, 'LIST.md'), '# List (edited)\n\n- alpha\n- gamma\n');
    expect((await checkGeneratedFiles(root, [listFile]))[0]).toMatchObject({ line: 1 });
  });

  it('reports a generator that fails as a problem of its file, and checks the others', async () => {
    source('alpha\n');
    const broken: GeneratedFile = {
      path: 'BROKEN.md',
      sources: ['content/none.txt'],
      render: () => Promise.reject(new Error('content/none.txt: no such file')),
    };
    await writeGeneratedFiles(root, [listFile]);
    expect(await checkGeneratedFiles(root, [broken, listFile])).toEqual([
      { file: 'BROKEN.md', message: 'cannot be generated from content/none.txt: content/none.txt: no such file' },
    ]);
  });

  it('writes all or nothing: when one file cannot be made, those written before it are put back, and the error names it', async () => {
    source('alpha\n');
    await writeGeneratedFiles(root, [listFile]);
    source('alpha\nbeta\n');
    const other: GeneratedFile = { path: 'NEW.md', sources: ['content/list.txt'], render: () => 'new\n' };
    const broken: GeneratedFile = {
      path: 'BROKEN.md',
      sources: ['content/none.txt'],
      render: () => Promise.reject(new Error('content/none.txt: no such file')),
    };
    await expect(writeGeneratedFiles(root, [listFile, other, broken])).rejects.toThrow(
      new GenerateError(['BROKEN.md cannot be generated: content/none.txt: no such file']),
    );
    expect(readFileSync(join(root, 'LIST.md'), 'utf8')).toBe('# List\n\n- alpha\n');
    expect(existsSync(join(root, 'NEW.md'))).toBe(false);
    expect(await writeGeneratedFiles(root, [listFile, other])).toEqual(['LIST.md', 'NEW.md']);
  });

  it('writes only the files the project has (wanted), and checks only those', async () => {
    source('alpha\n');
    const absent: GeneratedFile = { ...listFile, path: 'ABSENT.md', wanted: () => false };
    expect(await writeGeneratedFiles(root, [listFile, absent])).toEqual(['LIST.md']);
    expect(await checkGeneratedFiles(root, [listFile, absent])).toEqual([]);
  });

  it('passes with no generated files at all', async () => {
    expect(await checkGeneratedFiles(root, [])).toEqual([]);
  });

  it('takes a file that lost or gained its final newline (as pasting into GitHub’s editor may do) as up to date', async () => {
    source('alpha\n');
    await writeGeneratedFiles(root, [listFile]);
    writeFileSync(join(root, 'LIST.md'), '# List\n\n- alpha');
    expect(await checkGeneratedFiles(root, [listFile])).toEqual([]);
    writeFileSync(join(root, 'LIST.md'), '# List\n\n- alpha\n\n');
    expect(await checkGeneratedFiles(root, [listFile])).toEqual([]);
    // npm run generate still writes the exact text.
    expect(await writeGeneratedFiles(root, [listFile])).toEqual(['LIST.md']);
    expect(readFileSync(join(root, 'LIST.md'), 'utf8')).toBe('# List\n\n- alpha\n');
  });

  it('summarises each stale file with its whole new text, which pasted in makes the check pass', async () => {
    // A source whose text holds a code fence, so the summary's own fence must be longer.
    source('alpha\n```sh\nnpm run generate\n```\n');
    const other: GeneratedFile = { path: 'OTHER.md', sources: ['content/list.txt'], render: () => 'unchanged\n' };
    writeFileSync(join(root, 'OTHER.md'), 'unchanged\n');
    expect(await staleFilesSummary(root, [listFile, other])).toBeDefined();

    const summary = unified()
      .use(remarkParse)
      .parse((await staleFilesSummary(root, [listFile, other]))!) as Root;
    const headings = summary.children.filter((n): n is Heading => n.type === 'heading').map((h) => (h.children[0] as { value: string }).value);
    expect(headings).toEqual(['Generated files to update', 'LIST.md']);
    const blocks = summary.children.filter((n): n is Code => n.type === 'code');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.lang).toBe('markdown');
    writeFileSync(join(root, 'LIST.md'), blocks[0]!.value);
    expect(await checkGeneratedFiles(root, [listFile, other])).toEqual([]);
    expect(await staleFilesSummary(root, [listFile, other])).toBeUndefined();
  });

  it('are the roster, the guide, the charter, and the files for other tools content/site.yaml may ask for', () => {
    expect(generatedFiles.map((f) => f.path)).toEqual([
      'MAINTAINERS.md',
      'CONTRIBUTING.md',
      'GOVERNANCE.md',
      '.github/CODEOWNERS',
      '.gitvote.yml',
      '.project/maintainers.yaml',
      '.project/project.yaml',
      'CODE_OF_CONDUCT.md',
      'SECURITY.md',
    ]);
  });
});
