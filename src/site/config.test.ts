import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePath, editUrl, loadSiteConfig, withBase } from './config.ts';

function siteWith(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'site-config-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/site.yaml'), yaml);
  return root;
}

describe('site config', () => {
  it('loads the real content/site.yaml', () => {
    const site = loadSiteConfig(process.cwd());
    expect(basePath(site)).toBe('/community/');
    expect(editUrl(site, 'content/docs/governance.mdx')).toBe('https://github.com/modelpack/community/edit/main/content/docs/governance.mdx');
  });

  it('names the line and the fix for a bad URL', () => {
    const root = siteWith('name: N\nproject: P\nurl: example.org\nrepository: https://github.com/o/r\nbranch: main\ndescription: D\n');
    expect(() => loadSiteConfig(root)).toThrow(/content\/site\.yaml:3: url: write the absolute URL/);
  });

  it('prefixes routes with the base path', () => {
    expect(withBase('/community/', '/maintainers/')).toBe('/community/maintainers/');
    expect(withBase('/', '/maintainers/')).toBe('/maintainers/');
  });
});
