import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basePath, loadSiteConfig } from '../src/site/config.ts';
import { ProjectCopy } from '../test-support/project.ts';

/**
 * A foundation's governance Markdown copied in with its own file names: content/site.yaml
 * says which doc is the charter, the contributing guide and the code of conduct, and the
 * site, its history pages and `npm run generate` follow it. The fixture's .mdx docs become
 * .md files as GitHub holds them (no import, no meeting component; the vote rules stay
 * tagged, as the roster page reads them from the charter until they are data).
 */
function asGitHubMarkdown(mdx: string, links: Record<string, string>): string {
  let text = mdx
    .replace(/^import .*\n/m, '')
    .replace(/<MeetingWhen [^>]*\/>/g, 'every other Thursday at 16:00 UTC')
    .replace(/^<MeetingDetails [^>]*\/>\n/m, '');
  for (const [from, to] of Object.entries(links)) text = text.replaceAll(from, to);
  return text;
}

const RENAMED = { './governance.mdx': './GOVERNANCE.md', './code-of-conduct.mdx': './CODE_OF_CONDUCT.md', './contributing.mdx': './CONTRIBUTING.md' };

function setRoles(copy: ProjectCopy, roles: string): void {
  copy.edit('content/site.yaml', /^charter: .*\ncontributing: .*\ncodeOfConduct: .*\n/m, roles);
}

describe('a .md charter named GOVERNANCE.md, with CONTRIBUTING.md and CODE_OF_CONDUCT.md', () => {
  let copy: ProjectCopy;
  let base: string;
  let generated: { status: number; output: string };
  const page = (route: string) => copy.read(`dist${route}index.html`);

  beforeAll(() => {
    copy = new ProjectCopy().withFixtureContent();
    for (const [from, to] of [
      ['governance.mdx', 'GOVERNANCE.md'],
      ['contributing.mdx', 'CONTRIBUTING.md'],
      ['code-of-conduct.mdx', 'CODE_OF_CONDUCT.md'],
    ] as const) {
      copy.write(`content/docs/${to}`, asGitHubMarkdown(copy.read(`content/docs/${from}`), RENAMED)).remove(`content/docs/${from}`);
    }
    setRoles(copy, 'charter: GOVERNANCE.md\ncontributing: CONTRIBUTING.md\ncodeOfConduct: CODE_OF_CONDUCT.md\n');
    base = basePath(loadSiteConfig(copy.dir));
    generated = copy.run('scripts/generate.ts');
    const built = copy.build();
    if (built.status !== 0) throw new Error(`the copy did not build:\n${built.output}`);
  });
  afterAll(() => copy?.dispose());

  it('npm run generate writes GOVERNANCE.md and CONTRIBUTING.md at the root from the docs, each saying which file it comes from', () => {
    expect(generated.status, generated.output).toBe(0);
    expect(copy.read('GOVERNANCE.md').split('\n')[0]).toBe(
      '<!-- Generated from content/docs/GOVERNANCE.md by `npm run generate`: edit that file, not this one. -->',
    );
    expect(copy.read('CONTRIBUTING.md').split('\n')[0]).toBe(
      '<!-- Generated from content/docs/CONTRIBUTING.md by `npm run generate`: edit that file, not this one. -->',
    );
  });

  it('serves each doc at the route of its own name, and the home page links the charter and the code of conduct there', () => {
    expect(page('/governance/')).toContain('Example Charter');
    const home = page('/');
    expect(home).toContain(`<a href="${base}governance/">The charter</a>`);
    expect(home).toContain(`<a href="${base}code_of_conduct/">Code of conduct</a>`);
    expect(page('/code_of_conduct/')).toContain(`href="${base}governance/#code-of-conduct"`);
  });

  it("serves the charter's history under the charter's route", () => {
    expect(copy.exists('dist/governance/history/index.html')).toBe(true);
    expect(page('/governance/history/')).toContain('content/docs/GOVERNANCE.md');
  });
});

describe('a charter named TSC-Charter.md, no contributing guide, and the foundation’s code of conduct by its address', () => {
  const COC = 'https://github.com/cncf/foundation/blob/main/code-of-conduct.md';
  let copy: ProjectCopy;
  let base: string;
  let generated: { status: number; output: string };
  const page = (route: string) => copy.read(`dist${route}index.html`);

  beforeAll(() => {
    copy = new ProjectCopy().withFixtureContent();
    copy
      .write(
        'content/docs/TSC-Charter.md',
        asGitHubMarkdown(copy.read('content/docs/governance.mdx'), { './governance.mdx': './TSC-Charter.md', './code-of-conduct.mdx': COC }),
      )
      .remove('content/docs/governance.mdx')
      .remove('content/docs/contributing.mdx')
      .remove('content/docs/code-of-conduct.mdx')
      // The ModelSpec files at the root: a project without a guide has no CONTRIBUTING.md to write.
      .remove('CONTRIBUTING.md')
      .remove('GOVERNANCE.md');
    setRoles(copy, `charter: TSC-Charter.md\ncodeOfConduct: ${COC}\n`);
    base = basePath(loadSiteConfig(copy.dir));
    generated = copy.run('scripts/generate.ts');
    const built = copy.build();
    if (built.status !== 0) throw new Error(`the copy did not build:\n${built.output}`);
  });
  afterAll(() => copy?.dispose());

  it('npm run generate writes GOVERNANCE.md from the charter and no CONTRIBUTING.md', () => {
    expect(generated.status, generated.output).toBe(0);
    expect(generated.output).toContain('Wrote MAINTAINERS.md, GOVERNANCE.md.');
    expect(copy.read('GOVERNANCE.md').split('\n')[0]).toBe(
      '<!-- Generated from content/docs/TSC-Charter.md by `npm run generate`: edit that file, not this one. -->',
    );
    expect(copy.exists('CONTRIBUTING.md')).toBe(false);
  });

  it('links the charter at its own route, and the code of conduct at its address, as a link that leaves the site', () => {
    const home = page('/');
    expect(home).toContain(`<a href="${base}tsc-charter/">The charter</a>`);
    expect(home).toContain(`<a href="${COC}" rel="noopener">Code of conduct</a>`);
    // In the navigation of every page too, where a code of conduct of content/docs/ would be.
    const nav = /<nav aria-label="Main">[\s\S]*?<\/nav>/.exec(page('/tsc-charter/'))?.[0];
    expect(nav).toContain(`<a href="${COC}" rel="noopener">Code of conduct</a>`);
  });

  it("moves the charter's history pages under the charter's route", () => {
    expect(copy.exists('dist/tsc-charter/history/index.html')).toBe(true);
    expect(copy.exists('dist/governance/history/index.html')).toBe(false);
    expect(page('/tsc-charter/history/')).toContain(`href="${base}tsc-charter/"`);
  });

  it('still builds the roster and decisions pages, which quote the charter', () => {
    expect(page('/maintainers/')).toContain(`${base}tsc-charter/`);
    expect(copy.exists('dist/decisions/index.html')).toBe(true);
  });
});

describe('npm run generate, when content/site.yaml names a doc that does not exist', () => {
  let copy: ProjectCopy;
  beforeAll(() => {
    copy = new ProjectCopy().withFixtureContent().remove('MAINTAINERS.md');
    setRoles(copy, 'charter: governance.mdx\ncontributing: CONTRIBUTING.md\ncodeOfConduct: code-of-conduct.mdx\n');
  });
  afterAll(() => copy?.dispose());

  it('writes no file, and says which field names which missing file, without a stack trace', () => {
    const charterBefore = copy.read('GOVERNANCE.md');
    const r = copy.run('scripts/generate.ts');
    expect(r.status).toBe(1);
    expect(r.output.trim()).toBe(
      [
        'npm run generate: no file was written:',
        'content/site.yaml:19: contributing: content/docs/CONTRIBUTING.md does not exist; name one of the docs there (code-of-conduct.mdx, contributing.mdx, governance.mdx), or add the file',
      ].join('\n'),
    );
    // MAINTAINERS.md, which could be made, was not left behind, and GOVERNANCE.md is as it was.
    expect(copy.exists('MAINTAINERS.md')).toBe(false);
    expect(copy.read('GOVERNANCE.md')).toBe(charterBefore);
  });
});
