import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { governanceDocs, missingNamedDocs } from './governance-docs.ts';

describe('governanceDocs', () => {
  it("gives each named doc its file, id and route, from GitHub's file names", () => {
    expect(governanceDocs({ charter: 'GOVERNANCE.md', contributing: 'CONTRIBUTING.md', codeOfConduct: 'CODE_OF_CONDUCT.md' }, 'content/docs')).toEqual({
      charter: { file: 'content/docs/GOVERNANCE.md', id: 'governance', route: '/governance/' },
      contributing: { file: 'content/docs/CONTRIBUTING.md', id: 'contributing', route: '/contributing/' },
      codeOfConduct: { kind: 'doc', file: 'content/docs/CODE_OF_CONDUCT.md', id: 'code_of_conduct', route: '/code_of_conduct/' },
    });
  });

  it('leaves out a guide not named, and keeps a code of conduct given by its address as that address', () => {
    expect(governanceDocs({ charter: 'charter/TSC-Charter.md', codeOfConduct: 'https://example.org/coc' }, 'content/docs')).toEqual({
      charter: { file: 'content/docs/charter/TSC-Charter.md', id: 'charter/tsc-charter', route: '/charter/tsc-charter/' },
      codeOfConduct: { kind: 'external', url: 'https://example.org/coc' },
    });
  });
});

describe('missingNamedDocs', () => {
  let root: string | undefined;
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));
  const project = (files: string[]) => {
    root = mkdtempSync(join(tmpdir(), 'named-docs-'));
    for (const file of files) {
      mkdirSync(join(root, 'content/docs', file, '..'), { recursive: true });
      writeFileSync(join(root, 'content/docs', file), '# A doc\n');
    }
    return root;
  };
  const lineOf = (path: readonly PropertyKey[]) => ({ charter: 3, contributing: 4, codeOfConduct: 5 })[path[0] as string];

  it('finds nothing when every named doc exists, or is an address', () => {
    const dir = project(['GOVERNANCE.md', 'charter/TSC-Charter.md']);
    expect(missingNamedDocs(dir, { charter: 'charter/TSC-Charter.md', codeOfConduct: 'https://example.org/coc' }, 'content/docs', 'site.yaml', lineOf)).toEqual(
      [],
    );
  });

  it('names the field, its line and the docs there are, or the name the file has when only its case differs', () => {
    const dir = project(['governance.md', 'code-of-conduct.md']);
    expect(
      missingNamedDocs(
        dir,
        { charter: 'GOVERNANCE.md', contributing: 'CONTRIBUTING.md', codeOfConduct: 'code-of-conduct.md' },
        'content/docs',
        'site.yaml',
        lineOf,
      ),
    ).toEqual([
      { file: 'site.yaml', line: 3, message: 'charter: content/docs/GOVERNANCE.md does not exist; write charter: governance.md, as the file is named' },
      {
        file: 'site.yaml',
        line: 4,
        message: 'contributing: content/docs/CONTRIBUTING.md does not exist; name one of the docs there (code-of-conduct.md, governance.md), or add the file',
      },
    ]);
  });

  it('says to add the file when the docs folder has none', () => {
    const dir = project([]);
    expect(missingNamedDocs(dir, { charter: 'GOVERNANCE.md' }, 'content/docs', 'site.yaml', lineOf)).toEqual([
      { file: 'site.yaml', line: 3, message: 'charter: content/docs/GOVERNANCE.md does not exist; add the file (the folder has no .md or .mdx file)' },
    ]);
  });
});
