import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docId, docIdOfFile, docRoute, listDocFiles, nearestFile, resolveRepoLink, ROSTER_FILE } from './repo-links.ts';
import { MAINTAINERS_FILE } from '../roster/roster.ts';

// A repository of the fixture content (tests/fixtures/site/content), never today's content/, and the
// project's package.json: a file that exists and is no page.
const root = mkdtempSync(join(tmpdir(), 'repo-links-'));
cpSync(join(process.cwd(), 'tests/fixtures/site/content'), join(root, 'content'), { recursive: true });
for (const file of ['MAINTAINERS.md', 'package.json']) cpSync(join(process.cwd(), file), join(root, file));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const opts = {
  root,
  docsDir: 'content/docs',
  fileRoutes: { 'MAINTAINERS.md': '/maintainers/' },
  base: '/community/',
  repository: 'https://github.com/modelpack/community',
  branch: 'main',
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

  it('refuses a link to a file that does not exist, naming the nearest file as the link must be written', () => {
    expect(resolveRepoLink('./MAINTAINERS.md', from, opts)).toEqual({
      kind: 'error',
      message:
        'link "./MAINTAINERS.md" leads to "content/docs/MAINTAINERS.md", which is not a file of the repository; the nearest file is "MAINTAINERS.md": write "../../MAINTAINERS.md"',
    });
  });

  it('turns a repository file that is no page into its address on GitHub', () => {
    expect(resolveRepoLink('../../package.json', from, opts)).toEqual({
      kind: 'rewritten',
      href: 'https://github.com/modelpack/community/blob/main/package.json',
    });
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

  it('refuses a deep link to a doc that does not exist, naming the nearest file as the link must be written', () => {
    expect(resolveRepoLink('../policies/securty.md#reporting', runtime, deep)).toEqual({
      kind: 'error',
      message:
        'link "../policies/securty.md#reporting" leads to "content/docs/policies/securty.md", which is not a file of the repository; the nearest file is "content/docs/policies/security.md": write "../policies/security.md"',
    });
  });

  it('lists the doc files at every depth', () => {
    expect(listDocFiles(root, 'content/docs')).toEqual([
      'content/docs/governance.mdx',
      'content/docs/policies/security.md',
      'content/docs/working-groups/Packaging Format.mdx',
      'content/docs/working-groups/index.md',
      'content/docs/working-groups/runtime.md',
    ]);
  });
});

describe('links as GitHub reads them, in governance Markdown copied as it stands', () => {
  // A foundation's governance repository copied into content/docs/ with its names and folders,
  // beside files of the site's own repository that are no docs.
  const root = mkdtempSync(join(tmpdir(), 'repo-links-github-'));
  const files: Record<string, string> = {
    'content/docs/GOVERNANCE.md': '# Governance\n\n## Responsibilities and privileges\n',
    'content/docs/CONTRIBUTING.md': '# Contributing\n',
    'content/docs/proposals/001-onboarding.md': '# Onboarding\n',
    'content/docs/community/x.md': '# X\n',
    'MAINTAINERS.md': '# Maintainers\n',
    LICENSE: 'Apache License\n',
    'people.yml': '- name: A\n',
    '.github/ISSUE_TEMPLATE/proposal.md': '---\nname: Proposal\n---\n',
    'community/notes.txt': 'notes\n',
    // GitHub's own folder copied beside the docs with them: files of the repository, never pages.
    'content/docs/.github/ISSUE_TEMPLATE/membership.md': '---\nname: Membership\n---\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const site = { ...opts, root, fileRoutes: {} };
  const governance = 'content/docs/GOVERNANCE.md';
  const blob = 'https://github.com/modelpack/community/blob/main';

  it('a sibling link between files that moved together leads to the page', () => {
    expect(resolveRepoLink('./CONTRIBUTING.md', governance, site)).toEqual({ kind: 'rewritten', href: '/community/contributing/' });
  });

  it('a link from the repository root leads to the page of the doc there, or in the docs folder the files were copied into', () => {
    expect(resolveRepoLink('/content/docs/proposals/001-onboarding.md', governance, site)).toEqual({
      kind: 'rewritten',
      href: '/community/proposals/001-onboarding/',
    });
    expect(resolveRepoLink('/proposals/001-onboarding.md', governance, site)).toEqual({ kind: 'rewritten', href: '/community/proposals/001-onboarding/' });
    expect(resolveRepoLink('/proposals/', governance, site)).toEqual({ kind: 'rewritten', href: '/community/proposals/' });
  });

  it('a link from the root to nothing names the nearest file, written from the root', () => {
    expect(resolveRepoLink('/proposals/001-onbording.md', governance, site)).toEqual({
      kind: 'error',
      message:
        'link "/proposals/001-onbording.md" leads to "proposals/001-onbording.md", which is not a file of the repository; the nearest file is "content/docs/proposals/001-onboarding.md": write "/content/docs/proposals/001-onboarding.md"',
    });
  });

  it('a link from the root to a file with no extension that is not there names the nearest, while a link under the base stays a site link', () => {
    expect(resolveRepoLink('/LICENCE', governance, site)).toEqual({
      kind: 'error',
      message: 'link "/LICENCE" leads to "LICENCE", which is not a file of the repository; the nearest file is "LICENSE": write "/LICENSE"',
    });
    expect(resolveRepoLink('/community/meetings/', governance, site)).toEqual({ kind: 'unchanged' });
    expect(resolveRepoLink('/people.yml', governance, { ...site, base: '/' })).toEqual({ kind: 'rewritten', href: `${blob}/people.yml` });
    expect(resolveRepoLink('/meetings/', governance, { ...site, base: '/' })).toEqual({ kind: 'unchanged' });
  });

  it('a fragment in capitals is written as the lowercase id GitHub gives the heading', () => {
    expect(resolveRepoLink('./GOVERNANCE.md#Responsibilities-and-privileges', 'content/docs/CONTRIBUTING.md', site)).toEqual({
      kind: 'rewritten',
      href: '/community/governance/#responsibilities-and-privileges',
    });
    expect(resolveRepoLink('#Responsibilities-and-privileges', governance, site)).toEqual({ kind: 'rewritten', href: '#responsibilities-and-privileges' });
    expect(resolveRepoLink('#responsibilities-and-privileges', governance, site)).toEqual({ kind: 'unchanged' });
  });

  it("a link to a file that is no doc leads to its address on GitHub, on the site's repository and branch", () => {
    expect(resolveRepoLink('../../LICENSE', governance, site)).toEqual({ kind: 'rewritten', href: `${blob}/LICENSE` });
    expect(resolveRepoLink('/people.yml', governance, site)).toEqual({ kind: 'rewritten', href: `${blob}/people.yml` });
    expect(resolveRepoLink('../../.github/ISSUE_TEMPLATE/proposal.md', governance, site)).toEqual({
      kind: 'rewritten',
      href: `${blob}/.github/ISSUE_TEMPLATE/proposal.md`,
    });
    expect(resolveRepoLink('/.github/ISSUE_TEMPLATE/', governance, site)).toEqual({
      kind: 'rewritten',
      href: 'https://github.com/modelpack/community/tree/main/.github/ISSUE_TEMPLATE',
    });
    expect(resolveRepoLink('../../MAINTAINERS.md#emeritus', governance, site)).toEqual({ kind: 'rewritten', href: `${blob}/MAINTAINERS.md#emeritus` });
  });

  it('a Markdown file of .github beside the docs, which is never built, leads to GitHub, not to a page', () => {
    expect(resolveRepoLink('./.github/ISSUE_TEMPLATE/membership.md', governance, site)).toEqual({
      kind: 'rewritten',
      href: `${blob}/content/docs/.github/ISSUE_TEMPLATE/membership.md`,
    });
  });

  it('a file of repositoryFileRoutes leads to the page that stands for it instead', () => {
    expect(resolveRepoLink('../../MAINTAINERS.md', governance, { ...site, fileRoutes: { 'MAINTAINERS.md': '/maintainers/' } })).toEqual({
      kind: 'rewritten',
      href: '/community/maintainers/',
    });
  });

  it("a full URL of the site's own repository leads to the page where the site has one, else stays on GitHub", () => {
    expect(resolveRepoLink('https://github.com/modelpack/community/blob/main/content/docs/community/x.md#Top', governance, site)).toEqual({
      kind: 'rewritten',
      href: '/community/community/x/#top',
    });
    expect(resolveRepoLink('https://github.com/ModelPack/Community/tree/main/content/docs/proposals', governance, site)).toEqual({
      kind: 'rewritten',
      href: '/community/proposals/',
    });
    for (const href of [
      `${blob}/community/notes.txt`,
      'https://github.com/modelpack/community/blob/v1/content/docs/community/x.md',
      'https://github.com/cncf/foundation/blob/main/GOVERNANCE.md',
    ]) {
      expect(resolveRepoLink(href, governance, site)).toEqual({ kind: 'unchanged' });
    }
  });

  it('a relative link to a file left at the repository root is refused with the link that reaches it', () => {
    expect(resolveRepoLink('./MAINTAINERS.md', governance, site)).toEqual({
      kind: 'error',
      message:
        'link "./MAINTAINERS.md" leads to "content/docs/MAINTAINERS.md", which is not a file of the repository; the nearest file is "MAINTAINERS.md": write "../../MAINTAINERS.md"',
    });
  });
});

describe("the roster's file copied in with the docs (content/docs/MAINTAINERS.md, as Kubeflow and Helm keep theirs)", () => {
  const root = mkdtempSync(join(tmpdir(), 'repo-links-roster-'));
  const files: Record<string, string> = {
    'content/docs/README.md': '# Community\n\nSee [the maintainers](./MAINTAINERS.md#steering).\n',
    'content/docs/MAINTAINERS.md': '# Maintainers\n',
    'content/docs/committee/MAINTAINERS.md': '# Committee maintainers\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const site = { ...opts, root, fileRoutes: {} };

  it('is the file the site writes from the roster', () => {
    expect(ROSTER_FILE).toBe(MAINTAINERS_FILE);
  });

  it('is no doc: a link to it leads to the roster page, with its #fragment', () => {
    expect(listDocFiles(root, 'content/docs')).toEqual(['content/docs/README.md', 'content/docs/committee/MAINTAINERS.md']);
    expect(docIdOfFile('content/docs/MAINTAINERS.md', site)).toBeUndefined();
    expect(resolveRepoLink('./MAINTAINERS.md#steering', 'content/docs/README.md', site)).toEqual({
      kind: 'rewritten',
      href: '/community/maintainers/#steering',
    });
    expect(resolveRepoLink('../MAINTAINERS.md', 'content/docs/committee/README.md', site)).toEqual({ kind: 'rewritten', href: '/community/maintainers/' });
  });

  it("in a folder, a file of that name is that folder's doc like any other", () => {
    expect(resolveRepoLink('./committee/MAINTAINERS.md', 'content/docs/README.md', site)).toEqual({
      kind: 'rewritten',
      href: '/community/committee/maintainers/',
    });
  });
});

describe('nearestFile', () => {
  const files = new Set([
    'MAINTAINERS.md',
    'content/docs/governance.mdx',
    'content/docs/code-of-conduct.mdx',
    'tests/fixtures/broken/..md',
    'src/roster/charter.ts',
  ]);

  it('names the file whose name is fewest edits away, then the one whose path is', () => {
    expect(nearestFile('content/docs/MAINTAINERS.md', files)).toBe('MAINTAINERS.md');
    expect(nearestFile('content/docs/governence.md', files)).toBe('content/docs/governance.mdx');
    expect(nearestFile('docs/CODE-OF-CONDUCT.md', files)).toBe('content/docs/code-of-conduct.mdx');
  });

  it('names the file of the same name but for its extension before any other (MAINTAINERS for MAINTAINERS.md, not maintainer.ts)', () => {
    expect(nearestFile('content/docs/MAINTAINERS', new Set([...files, 'src/schemas/maintainer.ts']))).toBe('MAINTAINERS.md');
  });

  it('names none when no name is near enough to be what was meant', () => {
    expect(nearestFile('content/docs/nope.md', files)).toBeUndefined();
    expect(nearestFile('content/docs/roadmap.md', files)).toBeUndefined();
    // A Markdown link means a Markdown file, not the source file of the same name.
    expect(nearestFile('content/docs/charter.md', files)).toBeUndefined();
    expect(nearestFile('src/roster/charter.js', files)).toBe('src/roster/charter.ts');
  });
});
