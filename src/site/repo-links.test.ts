import { describe, expect, it } from 'vitest';
import { docRoute, resolveRepoLink } from './repo-links.ts';

const opts = {
  root: process.cwd(),
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
