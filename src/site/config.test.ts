import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePath, editUrl, loadSiteConfig, newFileUrl, withBase } from './config.ts';

function siteWith(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'site-config-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/site.yaml'), yaml);
  return root;
}

describe('site config', () => {
  it("loads the fixture site's content/site.yaml (tests/fixtures/site)", () => {
    const site = loadSiteConfig(join(process.cwd(), 'tests/fixtures/site'));
    expect(basePath(site)).toBe('/community/');
    expect(editUrl(site, 'content/docs/governance.mdx')).toBe('https://github.com/example-org/community/edit/main/content/docs/governance.mdx');
  });

  it('names the line and the fix for a bad URL', () => {
    const root = siteWith('name: N\nproject: P\nurl: example.org\nrepository: https://github.com/o/r\nbranch: main\ndescription: D\n');
    expect(() => loadSiteConfig(root)).toThrow(/content\/site\.yaml:3: url: write the absolute URL/);
  });

  it('prefixes routes with the base path', () => {
    expect(withBase('/community/', '/maintainers/')).toBe('/community/maintainers/');
    expect(withBase('/', '/maintainers/')).toBe('/maintainers/');
  });

  it("opens GitHub's web editor on a new file, its name and text in the query", () => {
    const site = { repository: 'https://github.com/o/r', branch: 'main' };
    expect(newFileUrl(site, 'content/meetings/x', '2026-12-10.md', '---\n# a & b\n---\n')).toBe(
      'https://github.com/o/r/new/main/content/meetings/x?filename=2026-12-10.md&value=---%0A%23%20a%20%26%20b%0A---%0A',
    );
  });
});
