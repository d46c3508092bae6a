import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedMaintainersFile } from '../src/generated-files/maintainers-file.ts';
import { GENERATE_COMMAND } from '../src/site/commands.ts';
import { FIXTURE_CONTENT, projectRoot } from '../test-support/project.ts';

/** MAINTAINERS.md is generated from content/maintainers/; the committed copy must match the data. */
describe('MAINTAINERS.md', () => {
  it('is what the maintainer files give', () => {
    const { path, text, problems } = expectedMaintainersFile(projectRoot);
    expect(problems).toEqual([]);
    const committed = readFileSync(join(projectRoot, path), 'utf8');
    expect(committed, `${path} differs from what content/maintainers/ gives: run \`${GENERATE_COMMAND}\` and commit ${path}`).toBe(text);
  });

  // On the fixture content (tests/fixtures/site/content), never today's roster.
  it('changes when a maintainer file changes, so the check above can fail', () => {
    const root = mkdtempSync(join(tmpdir(), 'maintainers-file-'));
    try {
      cpSync(join(projectRoot, FIXTURE_CONTENT), join(root, 'content'), { recursive: true });
      const before = expectedMaintainersFile(root).text!;
      writeFileSync(join(root, 'content/maintainers/new-person.yaml'), 'handle: new-person\nstatus: active\n');
      const after = expectedMaintainersFile(root).text!;
      expect(after).not.toBe(before);
      expect(after).toContain('- [@new-person](https://github.com/new-person)');
      expect(after).toContain('## Active maintainers (7)');
      expect(after).toContain('- to remove a maintainer: 4 of the 6 remaining maintainers');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('is not generated from files with problems', () => {
    const root = mkdtempSync(join(tmpdir(), 'maintainers-file-'));
    try {
      cpSync(join(projectRoot, FIXTURE_CONTENT), join(root, 'content'), { recursive: true });
      writeFileSync(join(root, 'content/maintainers/ANA-FIXTURE.yaml'), 'handle: ANA-FIXTURE\nstatus: active\n');
      const { text, problems } = expectedMaintainersFile(root);
      expect(text).toBeUndefined();
      expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('is the same GitHub account as')]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
