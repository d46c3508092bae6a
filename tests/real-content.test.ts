import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAllContent } from '../src/checks/content.ts';
import { checkGeneratedFiles, generatedFiles } from '../src/generated-files/files.ts';
import { thresholdFor } from '../src/roster/roster.ts';
import { loadGovernance } from '../src/site/governance-file.ts';
import { htmlFilesUnder, htmlProblems } from '../test-support/html-validation.ts';
import { projectRoot, realSite } from '../test-support/project.ts';

/**
 * The one smoke test of the real content/: it passes the content check, its generated
 * files are current, it builds (as of the run's build day), and every page is valid HTML,
 * lists every maintainer file and every decision file. Nothing here names a fact of
 * content/: every other test pins its pages on fixture content (tests/fixtures/site/).
 */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const namesIn = (dir: string, ext: RegExp) =>
  readdirSync(join(projectRoot, dir))
    .filter((f) => ext.test(f) && f !== 'README.md')
    .map((f) => f.replace(ext, ''))
    .sort();

describe('the real content', () => {
  it('passes the content check, and its generated files are current', async () => {
    expect(validateAllContent(projectRoot).map((p) => `${p.file}:${p.line ?? ''}: ${p.message}`)).toEqual([]);
    expect(await checkGeneratedFiles(projectRoot, generatedFiles)).toEqual([]);
  });

  it('builds, and every page is valid HTML', async () => {
    const { dist } = realSite();
    const files = htmlFilesUnder(dist);
    expect(files).toEqual(expect.arrayContaining(['404.html', 'index.html', 'governance/index.html', 'maintainers/index.html', 'meetings/index.html']));
    const problems = (await Promise.all(files.map((f) => htmlProblems(readFileSync(join(dist, f), 'utf8'), f)))).flat();
    expect(problems).toEqual([]);
  });

  it('lists every maintainer file of content/maintainers/ on the page and in /maintainers.json, with the thresholds of their number', () => {
    const site = realSite();
    const files = namesIn('content/maintainers', /\.ya?ml$/);
    const doc = JSON.parse(site.read('maintainers.json'));
    expect(doc.maintainers.map((m: { handle: string }) => m.handle).sort()).toEqual(files);
    const html = site.read('maintainers/');
    for (const handle of files) expect(html).toContain(`>@${handle}</a>`);
    const governance = loadGovernance(process.cwd());
    const roster = doc.maintainers.map(({ github: _github, ...m }: { github: string }) => m);
    for (const rule of governance.rules) expect(doc.thresholds[rule.id].votesNeeded, rule.id).toBe(thresholdFor(rule.id, roster, governance).votesNeeded);
  });

  it('lists every decision file of content/decisions/, or says that none is recorded yet and how to record one', () => {
    const site = realSite();
    const files = namesIn('content/decisions', /\.md$/);
    expect(
      JSON.parse(site.read('decisions.json'))
        .decisions.map((d: { id: string }) => d.id)
        .sort(),
    ).toEqual(files);
    const page = text(site.read('decisions/'));
    if (files.length > 0) return;
    expect(page).toContain('No decision is recorded yet.');
    expect(page).toContain('To record one, follow "Record a vote" in the contributing guide, or run npm run decision:new');
  });
});
