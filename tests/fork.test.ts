import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, searchableText } from '../test-support/dist-files.ts';
import { htmlFilesUnder, htmlProblems } from '../test-support/html-validation.ts';
import { type BuildResult, ProjectCopy } from '../test-support/project.ts';

/**
 * Another foundation project adopts the site by replacing content/ alone: a copy
 * whose content/ is tests/fixtures/fork/content (a made-up project, "Lantern", with
 * another repository and branch, another host and base path, and a meeting series
 * on the Berlin clock) builds, and nothing the code adds names this project.
 */
const THIS_PROJECT = /modelspec|modelpack|model-spec/i;

describe('a fork whose content/ describes another project', () => {
  let copy: ProjectCopy;
  let generated: BuildResult;
  let built: BuildResult;
  let dist: string;

  beforeAll(() => {
    copy = new ProjectCopy();
    copy.remove('content');
    cpSync(join(import.meta.dirname, 'fixtures/fork/content'), copy.path('content'), { recursive: true });
    generated = copy.run('scripts/generate.ts');
    built = copy.build();
    dist = copy.path('dist');
  });
  afterAll(() => copy?.dispose());

  it('generates its files and builds', () => {
    expect(generated.status, generated.output).toBe(0);
    expect(built.status, built.output).toBe(0);
  });

  it('names this project in no file of its dist/, Pagefind index included, nor in its generated MAINTAINERS.md, CONTRIBUTING.md and GOVERNANCE.md', () => {
    const files = filesUnder(dist);
    expect(files.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    const naming = files.filter((f) => THIS_PROJECT.test(searchableText(join(dist, f))));
    expect(naming).toEqual([]);
    for (const file of ['MAINTAINERS.md', 'CONTRIBUTING.md', 'GOVERNANCE.md']) expect(copy.read(file)).not.toMatch(THIS_PROJECT);
  });

  it('serves every page under its own base path and links its own repository and branch', () => {
    for (const page of [
      'index.html',
      'governance/index.html',
      'maintainers/index.html',
      'meetings/index.html',
      'contributing/index.html',
      'search/index.html',
      '404.html',
    ]) {
      expect(copy.exists(`dist/${page}`), page).toBe(true);
    }
    for (const file of htmlFilesUnder(dist)) {
      const html = readFileSync(join(dist, file), 'utf8');
      const rooted = [...html.matchAll(/(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(
        rooted.filter((url) => !url.startsWith('/steering/')),
        file,
      ).toEqual([]);
    }
    const home = copy.read('dist/index.html');
    expect(home).toContain('<title>Lantern Steering</title>');
    expect(home).toContain('<link rel="canonical" href="https://lantern-dev.example.org/steering/">');
    expect(home).toContain('href="https://github.com/lantern-dev/steering/edit/trunk/src/pages/index.astro"');
    // The contributing guide's repository link comes from content/site.yaml, on the site and on GitHub.
    expect(copy.read('dist/contributing/index.html')).toContain('<a href="https://github.com/lantern-dev/steering" rel="noopener">steering repository</a>');
    expect(copy.read('CONTRIBUTING.md')).toContain('[steering repository](https://github.com/lantern-dev/steering)');
    expect(copy.read('dist/sitemap-0.xml')).toContain('<loc>https://lantern-dev.example.org/steering/governance/</loc>');
    expect(copy.read('dist/_headers')).toMatch(/^\/steering\/\*$/m);
    // No content/favicon.svg: the icon is the first letter of the project's name, not this project's icon.
    expect(copy.read('dist/favicon.svg')).toContain('>L</text>');
  });

  it('shows its roster and its meetings on the Berlin clock, in the pages and the feeds', () => {
    expect(copy.read('dist/maintainers/index.html')).toMatch(/Lantern has[^.]*3 active maintainers/);
    const feed = copy.read('dist/meetings/steering-call.ics');
    expect(feed).toContain('X-WR-CALNAME:Lantern Steering Call');
    expect(feed).toContain('DTSTART;TZID=Europe/Berlin:20250107T173000');
    expect(feed).toContain('UID:steering-call.steering@lantern-dev.example.org');
    expect(copy.read('dist/meetings.ics')).toContain('X-WR-CALNAME:Lantern meetings');
    expect(copy.read('dist/meetings/index.html')).toContain('href="https://github.com/lantern-dev/steering/blob/trunk/content/meetings/steering-call.yaml"');
  });

  it('is valid HTML on every page', async () => {
    const problems = (await Promise.all(htmlFilesUnder(dist).map((f) => htmlProblems(readFileSync(join(dist, f), 'utf8'), f)))).flat();
    expect(problems).toEqual([]);
  });
});
