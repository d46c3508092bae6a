import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProjectCopy, projectCopyPerTest } from '../test-support/project.ts';

/**
 * `npm run check` end to end on broken copies of the project: every problem
 * at once, each as path:line: message, and as a GitHub annotation under Actions.
 * Single messages are pinned in tests/bad-input.test.ts; these runs show that
 * the check finds them all through one command, including what only a build sees.
 */
const newFixtureCopy = projectCopyPerTest();
/** A copy with the fixture content (tests/fixtures/site/content), never today's, and its generated files written from it. */
const newCopy = () => {
  const copy = newFixtureCopy().withFixtureContent();
  const generated = copy.run('scripts/generate.ts');
  expect(generated.status, generated.output).toBe(0);
  return copy;
};
// Neither GitHub variable leaks in from a CI run of the tests (the summary would go to the real run's page).
const check = (c: ProjectCopy, env: Record<string, string> = {}) => c.run('scripts/check.ts', [], { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env });

describe('npm run check', () => {
  it('lists every content problem and a stale generated file in one run, and annotates them under GitHub Actions', () => {
    const copy = newCopy();
    // A near miss of a known field is refused; another tool's field (labels) is read past, in a notice.
    copy.edit('content/docs/code-of-conduct.mdx', /^order: 40$/m, 'order: 40\ntitel: someone\nlabels: bug');
    copy.edit('content/docs/governance.mdx', /^order: 10$/m, 'order: ten');
    copy.write('content/docs/empty.mdx', '');
    copy.edit('CONTRIBUTING.md', /^# Contributing$/m, '# Contributing guide');
    const r = check(copy, { GITHUB_ACTIONS: 'true' });
    expect(r.status).toBe(1);
    expect(r.output).toContain(
      'content/docs/code-of-conduct.mdx:5: unknown field "titel"; did you mean title? (allowed fields: title, description, order, navLabel)',
    );
    expect(r.output.match(/^notice: .*$/gm)).toEqual([
      "notice: ignored the field labels, which the site does not read (other tools' frontmatter), in content/docs/code-of-conduct.mdx",
    ]);
    expect(r.output).toContain('content/docs/governance.mdx:4: order: write the position of this page in the navigation as a whole number, e.g. order: 10');
    expect(r.output).toContain('content/docs/empty.mdx:1: the file is empty;');
    expect(r.output).toMatch(
      /^CONTRIBUTING\.md:3: is out of date with content\/docs\/contributing\.mdx, content\/maintainers\/ \(line 3 should read "# Contributing"\); it is generated: do not edit it by hand/m,
    );
    expect(r.output).toContain('build and links  skipped: the content problems must be fixed first');
    expect(r.output).toContain('4 problems. Fix them and run npm run check again.');
    // The same problems as workflow commands, escaped, with the stage as title.
    expect(r.output).toContain(
      '::error file=content/docs/code-of-conduct.mdx,line=5,title=npm run check%3A content::unknown field "titel"; did you mean title? (allowed fields: title, description, order, navLabel)',
    );
    expect(r.output).toContain('::error file=CONTRIBUTING.md,line=3,title=npm run check%3A generated files::is out of date');
  });

  it('prints no annotations outside GitHub Actions', () => {
    const copy = newCopy();
    copy.write('content/docs/empty.mdx', '');
    const r = check(copy);
    expect(r.status).toBe(1);
    expect(r.output).toContain('content/docs/empty.mdx:1: the file is empty;');
    expect(r.output).not.toContain('::error');
  });

  it('reports what only the build finds, each on its line: broken repository links in several files', () => {
    const copy = newCopy();
    copy.write('dist/index.html', 'previous site');
    copy.edit('content/docs/governance.mdx', '(../../MAINTAINERS.md)', '(./MAINTAINERS.md)');
    copy.edit('content/docs/code-of-conduct.mdx', './governance.mdx#code-of-conduct', './MAINTAINERS.md');
    const linkLine =
      copy
        .read('content/docs/governance.mdx')
        .split('\n')
        .findIndex((l) => l.includes('(./MAINTAINERS.md)')) + 1;
    const r = check(copy, { GITHUB_ACTIONS: 'true' });
    expect(r.status).toBe(1);
    expect(r.output).toMatch(new RegExp(`^content/docs/governance\\.mdx:${linkLine}: link`, 'm'));
    expect(r.output).toMatch(
      /^content\/docs\/governance\.mdx:\d+: link "\.\/MAINTAINERS\.md" leads to "content\/docs\/MAINTAINERS\.md", which is not a file of the repository; the nearest file is "MAINTAINERS\.md": write "\.\.\/\.\.\/MAINTAINERS\.md"$/m,
    );
    expect(r.output).toMatch(/^content\/docs\/code-of-conduct\.mdx:\d+: link "\.\/MAINTAINERS\.md" leads to "content\/docs\/MAINTAINERS\.md"/m);
    expect(r.output).toMatch(/^::error file=content\/docs\/governance\.mdx,line=\d+,title=npm run check%3A build and links::link/m);
    expect(readFileSync(copy.path('dist/index.html'), 'utf8')).toBe('previous site');
  });

  // Intended change (issue 22): an MDX file is parsed by the content check, which must read it to
  // know it runs no code, so its syntax error is reported there, before anything is built.
  it('reports an MDX syntax error at its line and column before anything is built', () => {
    const copy = newCopy();
    copy.edit('content/docs/code-of-conduct.mdx', 'Be kind and assume good intent.', 'Be kind and <assume.good intent.');
    const r = check(copy, { GITHUB_ACTIONS: 'true' });
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/^content\/docs\/code-of-conduct\.mdx:7:\d+: MDX syntax error: .*In MDX, "<" starts a component/m);
    expect(r.output).toMatch(/^::error file=content\/docs\/code-of-conduct\.mdx,line=7,col=\d+,title=npm run check%3A content::MDX syntax error/m);
    expect(r.output).toContain('build and links  skipped: the content problems must be fixed first');
  });

  it('runs no code of an MDX doc: the doc is refused at its lines and nothing it says is done', () => {
    const copy = newCopy();
    copy.write(
      'content/docs/leak.mdx',
      "---\ntitle: Leak\ndescription: Runs code.\n---\n\nimport { writeFileSync } from 'node:fs';\n\n{writeFileSync('ran.txt', 'the doc ran')}\n",
    );
    const r = check(copy);
    expect(r.status).toBe(1);
    expect(r.output).toContain(`content/docs/leak.mdx:6: imports "node:fs"; a doc may import only the site's components:`);
    expect(r.output).toContain(`content/docs/leak.mdx:8: {writeFileSync('ran.txt', 'the doc ran')} is code, which a doc may not run;`);
    expect(copy.exists('ran.txt')).toBe(false);
  });

  it('finds a broken #fragment after the build and the time typed into the charter against the meeting data', () => {
    const copy = newCopy();
    copy.edit('content/docs/code-of-conduct.mdx', './governance.mdx#code-of-conduct', './governance.mdx#code-of-conduckt');
    // The seed charter's sentence, typed in place of the component: right in summer, wrong in winter.
    copy.edit('content/docs/governance.mdx', /<MeetingWhen id="office-hours"[^>]*\/>/, 'bi-weekly on Thursday at 10:00ET');
    const r = check(copy);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(
      /^content\/docs\/code-of-conduct\.mdx:8: link "\/community\/governance\/#code-of-conduckt" on page \/community\/code-of-conduct\/ leads to \/community\/governance\/, which has no heading or element with id "code-of-conduckt"/m,
    );
    // Whatever today is, the next twelve months hold a winter, when 14:00 UTC is 09:00 in New York.
    expect(r.output).toMatch(
      /^content\/docs\/governance\.mdx:\d+: "Thursday at 10:00ET" is wrong for Example Office Hours \(office-hours\) on Thursday \d+ \w+ \d{4}, when the data says Thursday 09:00 in New York, and on \d+ more of its \d+ meetings ahead; write <MeetingWhen id="office-hours" alsoIn="America\/New_York" \/> instead of typing the time$/m,
    );
    // The charter changed, so the copy GitHub shows is stale too.
    expect(r.output).toMatch(
      /^GOVERNANCE\.md:\d+: is out of date with content\/docs\/governance\.mdx, content\/maintainers\/, content\/meetings\/ \(line \d+ should read ".*bi-weekly on Thursday at 10:00ET\."\); it is generated/m,
    );
    expect(r.output).toContain('3 problems.');
  });

  it("names in one run a doc's field, an image's host and a broken link, each once at its file and line: the pages are built past the first two", () => {
    const copy = newCopy();
    copy.write('dist/index.html', 'previous site');
    copy.edit('content/docs/code-of-conduct.mdx', /^order: 40$/m, 'order: forty');
    copy.edit(
      'content/docs/code-of-conduct.mdx',
      'says how it is handled.',
      'says how it is handled.\n\n![Status](https://img.shields.io/badge/status-ok-green.svg)\n\nSee also [the onboarding guide](./onboarding.md).',
    );
    const lines = copy.read('content/docs/code-of-conduct.mdx').split('\n');
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    const r = check(copy);
    expect(r.status).toBe(1);
    const problems = r.output.split('\n').filter((l) => /^\S+:\d+(:\d+)?: /.test(l));
    expect(problems).toEqual([
      `content/docs/code-of-conduct.mdx:${lineOf('img.shields.io')}: image "https://img.shields.io/badge/status-ok-green.svg" is served by img.shields.io, which the site's Content-Security-Policy does not allow, so browsers would not show it; add img.shields.io to imageHosts in content/site.yaml, or put the image in the repository and write its path relative to this file`,
      `content/docs/code-of-conduct.mdx:${lineOf('order: forty')}: order: write the position of this page in the navigation as a whole number, e.g. order: 10, or leave the field out to list the page by its title`,
      `content/docs/code-of-conduct.mdx:${lineOf('./onboarding.md')}: link "./onboarding.md" leads to "content/docs/onboarding.md", which is not a file of the repository; no file of the repository has a name near it: link to a file that exists, or remove the link`,
    ]);
    expect(r.output).toContain('3 problems.');
    // The pages were built past the content's problems only to check their links: the previous site stays.
    expect(readFileSync(copy.path('dist/index.html'), 'utf8')).toBe('previous site');
    // npm run build stops on every one of them, and leaves dist/ as it was.
    const build = copy.run('scripts/build.ts');
    expect(build.status).toBe(1);
    expect(build.output).toContain('Content has 2 problems; nothing was built');
    expect(readFileSync(copy.path('dist/index.html'), 'utf8')).toBe('previous site');
  });

  it("takes a MAINTAINERS.md copied in with the docs as the roster page's: no page of its own, links to it lead there, one notice", () => {
    const copy = newCopy();
    // As Kubeflow's and Helm's: headings, links to their folders, an image no page shows.
    copy.write(
      'content/docs/MAINTAINERS.md',
      '# Maintainers\n\n![logo](https://img.shields.io/badge/x-y-green.svg)\n\n## Steering\n\nSee [the charter](./governance.mdx).\n',
    );
    copy.edit('content/docs/code-of-conduct.mdx', '(../../MAINTAINERS.md)', '(./MAINTAINERS.md)');
    const r = check(copy);
    expect(r.output).toContain('All checks passed.');
    expect(r.output.match(/^notice: .*$/gm)).toEqual([
      'notice: content/docs/MAINTAINERS.md is not served as a page: the roster page at /maintainers/ stands for it, and links to it lead there; the site reads the roster from content/maintainers/, so delete content/docs/MAINTAINERS.md once the roster there is complete',
    ]);
    expect(r.status).toBe(0);
    expect(copy.read('dist/code-of-conduct/index.html')).toContain('href="/community/maintainers/"');
    // The roster page is the site's own, not the file's.
    expect(copy.read('dist/maintainers/index.html')).not.toContain('Steering');
  });
});
