import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docId, docRoute, findDocFile, listDocFiles, resolveRepoLink } from './repo-links.ts';

// A repository of the fixture content (tests/fixtures/site/content), never today's content/, and the
// project's package.json: a file that exists and is no page.
const root = mkdtempSync(join(tmpdir(), 'repo-links-'));
cpSync(join(process.cwd(), 'tests/fixtures/site/content'), join(root, 'content'), { recursive: true });
cpSync(join(process.cwd(), 'package.json'), join(root, 'package.json'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const opts = {
  root,
  docsDir: 'content/docs',
  fileRoutes: { 'MAINTAINERS.md': '/maintainers/' },
  base: '/community/',
};
const from = 'content/docs/governance.mdx';

describe('resolveRepoLink', () => {
  it('turns the charter link to the root MAINTAINERS.md into the roster route', () => {
    expect(resolveRepoLink('../../MAINTAINERS.md', from, opts)).toEqual({ kind: 'rewritten', href: '/community/maintainers/' });
  });

  it('keeps the #fragment when rewriting', () => {
    expect(resolveRepoLink('../../MAINTAINERS.md#emeritus', from, opts)).toEqual({ kind: 'rewritten', href: '/community/maintainers/#emeritus' });
    expect(resolveRepoLink('./governance.mdx#code-of-conduct', 'content/docs/code-of-conduct.mdx', opts)).toEqual({
      kind: 'rewritten',
      href: '/community/governance/#code-of-conduct',
    });
  });

  it('maps a sibling doc to its route', () => {
    expect(resolveRepoLink('./code-of-conduct.mdx', from, opts)).toEqual({ kind: 'rewritten', href: '/community/code-of-conduct/' });
    expect(resolveRepoLink('code-of-conduct.mdx', from, opts)).toEqual({ kind: 'rewritten', href: '/community/code-of-conduct/' });
  });

  it('leaves external, absolute and same-page links alone', () => {
    for (const href of ['https://github.com/modelpack/model-spec', 'mailto:someone@example.org', '#values', '/community/meetings/', '//example.org/x']) {
      expect(resolveRepoLink(href, from, opts)).toEqual({ kind: 'unchanged' });
    }
  });

  it('refuses a link to a file that does not exist, naming the file and what to write', () => {
    const result = resolveRepoLink('./MAINTAINERS.md', from, opts);
    expect(result.kind).toBe('error');
    if (result.kind === 'error') {
      expect(result.message).toContain('"content/docs/MAINTAINERS.md" does not exist');
      expect(result.message).toContain('MAINTAINERS.md');
    }
  });

  it('refuses a repository file that is not a page of the site', () => {
    const result = resolveRepoLink('../../package.json', from, opts);
    expect(result).toMatchObject({ kind: 'error' });
    if (result.kind === 'error') expect(result.message).toContain('is not a page of this site');
  });

  it('refuses a link that climbs out of the repository', () => {
    expect(resolveRepoLink('../../../outside.md', from, opts)).toMatchObject({ kind: 'error' });
  });
});

describe('docRoute', () => {
  it('gives each doc a folder route', () => {
    expect(docRoute('governance')).toBe('/governance/');
    expect(docRoute('index')).toBe('/');
  });
});

describe('docs in folders, Markdown and MDX', () => {
  // A repository of its own: the links are judged against files that exist.
  const root = mkdtempSync(join(tmpdir(), 'repo-links-'));
  for (const file of [
    'content/docs/governance.mdx',
    'content/docs/working-groups/index.md',
    'content/docs/working-groups/runtime.md',
    'content/docs/working-groups/Packaging Format.mdx',
    'content/docs/policies/security.md',
    'MAINTAINERS.md',
  ]) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), '---\ntitle: T\ndescription: D\n---\n');
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const deep = { ...opts, root };
  const runtime = 'content/docs/working-groups/runtime.md';

  it('gives a doc at any depth the route of its path, a folder index the folder', () => {
    expect(docId('working-groups/runtime.md')).toBe('working-groups/runtime');
    expect(docId('working-groups/index.md')).toBe('working-groups');
    expect(docId('working-groups/Packaging Format.mdx')).toBe('working-groups/packaging-format');
    expect(docId('index.mdx')).toBe('index');
    expect(docRoute(docId('working-groups/runtime.md'))).toBe('/working-groups/runtime/');
  });

  it("gives a folder's README.md the folder's page, as GitHub shows it, but not the README.md at the top, where the home page is", () => {
    expect(docId('policies/README.md')).toBe('policies');
    expect(docId('policies/readme.md')).toBe('policies');
    expect(docId('README.md')).toBe('readme');
    const repo = mkdtempSync(join(tmpdir(), 'repo-links-readme-'));
    for (const file of ['content/docs/README.md', 'content/docs/governance.mdx', 'content/docs/policies/README.md', 'content/docs/policies/security.md']) {
      mkdirSync(dirname(join(repo, file)), { recursive: true });
      writeFileSync(join(repo, file), '# T\n');
    }
    const deep = { ...opts, root: repo };
    expect(resolveRepoLink('./README.md', 'content/docs/policies/security.md', deep)).toEqual({ kind: 'rewritten', href: '/community/policies/' });
    expect(resolveRepoLink('../policies/README.md#scope', 'content/docs/policies/security.md', deep)).toEqual({
      kind: 'rewritten',
      href: '/community/policies/#scope',
    });
    expect(resolveRepoLink('./README.md', 'content/docs/governance.mdx', deep)).toEqual({ kind: 'rewritten', href: '/community/readme/' });
    rmSync(repo, { recursive: true, force: true });
  });

  it('turns a link down, across and up the folders into the site link, keeping the #fragment', () => {
    expect(resolveRepoLink('./working-groups/runtime.md#meetings', 'content/docs/governance.mdx', deep)).toEqual({
      kind: 'rewritten',
      href: '/community/working-groups/runtime/#meetings',
    });
    expect(resolveRepoLink('./index.md', runtime, deep)).toEqual({ kind: 'rewritten', href: '/community/working-groups/' });
    expect(resolveRepoLink('Packaging%20Format.mdx#scope', runtime, deep)).toEqual({
      kind: 'rewritten',
      href: '/community/working-groups/packaging-format/#scope',
    });
    expect(resolveRepoLink('../policies/security.md#reporting', runtime, deep)).toEqual({ kind: 'rewritten', href: '/community/policies/security/#reporting' });
    expect(resolveRepoLink('../governance.mdx#values', runtime, deep)).toEqual({ kind: 'rewritten', href: '/community/governance/#values' });
    expect(resolveRepoLink('../../../MAINTAINERS.md#emeritus', runtime, { ...deep, fileRoutes: { 'MAINTAINERS.md': '/maintainers/' } })).toEqual({
      kind: 'rewritten',
      href: '/community/maintainers/#emeritus',
    });
  });

  it('turns a link to a folder of docs into the folder page, as GitHub shows the folder', () => {
    expect(resolveRepoLink('./working-groups/', 'content/docs/governance.mdx', deep)).toEqual({ kind: 'rewritten', href: '/community/working-groups/' });
    expect(resolveRepoLink('../policies', runtime, deep)).toEqual({ kind: 'rewritten', href: '/community/policies/' });
  });

  it('refuses a deep link to a doc that does not exist, naming the file it looked for', () => {
    expect(resolveRepoLink('../policies/securty.md#reporting', runtime, deep)).toEqual({
      kind: 'error',
      message:
        'link "../policies/securty.md#reporting" cannot be turned into a site link: "content/docs/policies/securty.md" does not exist; link to one of MAINTAINERS.md, content/docs/**/*.md or .mdx, or add "content/docs/policies/securty.md" to repositoryFileRoutes in content/site.yaml',
    });
  });

  it('lists the doc files at every depth, and finds a doc by its id whatever its extension', () => {
    expect(listDocFiles(root, 'content/docs')).toEqual([
      'content/docs/governance.mdx',
      'content/docs/policies/security.md',
      'content/docs/working-groups/Packaging Format.mdx',
      'content/docs/working-groups/index.md',
      'content/docs/working-groups/runtime.md',
    ]);
    expect(findDocFile(root, 'content/docs', 'policies/security')).toBe('content/docs/policies/security.md');
    expect(findDocFile(root, 'content/docs', 'working-groups')).toBe('content/docs/working-groups/index.md');
  });
});
