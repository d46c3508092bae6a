import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedMaintainersFile } from '../src/generated-files/maintainers-file.ts';
import { FIXTURE_CONTENT, projectRoot } from '../test-support/project.ts';

/** MAINTAINERS.md is generated from content/maintainers/; that the committed copy matches the real data is the smoke test's (tests/real-content.test.ts). */
describe('MAINTAINERS.md', () => {
  // On the fixture content (tests/fixtures/site/content), never today's roster.
  it('changes when a maintainer file changes, so the check of the committed copy can fail', () => {
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
