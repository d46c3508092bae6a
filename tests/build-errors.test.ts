import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectCopyPerTest } from '../test-support/project.ts';

/** A maintainer's mistakes must stop the build with a message that names the file, the field or link, and the fix. */
// Copies with the fixture content (tests/fixtures/site/content), never today's.
const newFixtureCopy = projectCopyPerTest();
const newCopy = () => newFixtureCopy().withFixtureContent();

describe('a build with bad input', () => {
  it('stops on a misspelt frontmatter field, naming file, line and field, and leaves the previous dist/ as it was', () => {
    const copy = newCopy();
    copy.write('dist/index.html', 'previous site');
    copy.edit('content/docs/code-of-conduct.mdx', /^order: 40$/m, 'ordr: 40');
    const r = copy.build();
    expect(r.status).toBe(1);
    // order is optional, so the misspelling is the one problem.
    expect(r.output).not.toContain('order: missing');
    expect(r.output).toContain('content/docs/code-of-conduct.mdx:4: unknown field "ordr"; did you mean order?');
    expect(readFileSync(copy.path('dist/index.html'), 'utf8')).toBe('previous site');
  });

  it('stops on a YAML alias bomb with its line, and no stack trace, before Astro reads the file', () => {
    const copy = newCopy();
    copy.write('content/maintainers/alias-bomb.yaml', readFileSync('tests/fixtures/broken/roster/alias-bomb.yaml', 'utf8'));
    const r = copy.build();
    expect(r.status).toBe(1);
    expect(r.output).toContain('content/maintainers/alias-bomb.yaml:8:8: YAML aliases repeat more than 10000 values in this file (*d here repeats 7381)');
    expect(r.output).not.toMatch(/ReferenceError|\n\s+at /);
    expect(copy.exists('dist')).toBe(false);
  });

  it('stops on a repository link to a file that does not exist, naming file and line', () => {
    const copy = newCopy();
    copy.edit('content/docs/governance.mdx', '(../../MAINTAINERS.md)', '(./MAINTAINERS.md)');
    const r = copy.build();
    expect(r.status).toBe(1);
    expect(r.output).toMatch(
      /content\/docs\/governance\.mdx:\d+: link "\.\/MAINTAINERS\.md" leads to "content\/docs\/MAINTAINERS\.md", which is not a file of the repository; the nearest file is "MAINTAINERS\.md": write "\.\.\/\.\.\/MAINTAINERS\.md"/,
    );
    expect(copy.exists('dist')).toBe(false);
  });

  it('stops on a #fragment that no heading has, and leaves the previous dist/ exactly as it was although Astro had written every page', () => {
    const copy = newCopy();
    copy.write('dist/index.html', 'previous site');
    copy.write('dist/governance/index.html', 'previous charter');
    // The link check runs once all pages are written (into .build/), so this failure comes last.
    copy.edit('content/docs/code-of-conduct.mdx', './governance.mdx#code-of-conduct', './governance.mdx#code-of-conduckt');
    const r = copy.build();
    expect(r.status).toBe(1);
    expect(r.output).toMatch(
      /content\/docs\/code-of-conduct\.mdx:\d+: link "\/community\/governance\/#code-of-conduckt" on page \/community\/code-of-conduct\/ leads to \/community\/governance\/, which has no heading or element with id "code-of-conduckt"/,
    );
    expect(readdirSync(copy.path('dist')).sort()).toEqual(['governance', 'index.html']);
    expect(readFileSync(copy.path('dist/index.html'), 'utf8')).toBe('previous site');
    expect(readFileSync(copy.path('dist/governance/index.html'), 'utf8')).toBe('previous charter');
    // Nor is the failed build's half left behind.
    expect(copy.exists('.build') ? readdirSync(copy.path('.build')) : []).toEqual([]);
  });

  it('stops on a link to a route that no page has', () => {
    const copy = newCopy();
    copy.edit('src/pages/index.astro', '{ route: MEETINGS_PAGE.route,', "{ route: '/meeting/',");
    const r = copy.build();
    expect(r.status).toBe(1);
    expect(r.output).toContain('src/pages/index.astro');
    expect(r.output).toContain('leads to /community/meeting/, which is not a page or file of the built site');
  });

  it("stops on a mistyped time zone in the charter's <MeetingWhen>, naming the tag, the page and the zone meant", () => {
    const copy = newCopy();
    copy.edit('content/docs/governance.mdx', 'alsoIn="America/New_York"', 'alsoIn="America/NewYork"');
    const r = copy.build();
    expect(r.status).toBe(1);
    expect(r.output).toContain(
      '<MeetingWhen id="office-hours" alsoIn="America/NewYork" /> on /community/governance/: alsoIn: unknown time zone "America/NewYork"; did you mean America/New_York?',
    );
  });

  it('stops on a meeting series id that no file has, with the one meant', () => {
    const copy = newCopy();
    copy.edit('content/docs/governance.mdx', '<MeetingDetails id="office-hours" />', '<MeetingDetails id="office-hour" />');
    const r = copy.build();
    expect(r.status).toBe(1);
    expect(r.output).toContain(
      '<MeetingDetails id="office-hour" /> on /community/governance/: there is no meeting series "office-hour" (no file content/meetings/office-hour.yaml); did you mean office-hours?',
    );
  });
});
