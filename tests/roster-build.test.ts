import { describe, expect, it } from 'vitest';
import { expectedMaintainersFile } from '../src/generated-files/maintainers-file.ts';
import { projectCopyPerTest } from '../test-support/project.ts';

/**
 * A bad maintainer file stops the real build, naming file, line, field and the fix: every
 * problem at once. On copies with the fixture content (tests/fixtures/site/content), never
 * today's roster.
 */
const newFixtureCopy = projectCopyPerTest();
const newCopy = () => newFixtureCopy().withFixtureContent();

describe('a build with bad maintainer files', () => {
  it('stops on a duplicate handle in another case, a misspelt field and a date that does not exist', () => {
    const copy = newCopy();
    copy.write('content/maintainers/Ana-Fixture.yaml', 'handle: Ana-Fixture\nstatus: active\n');
    copy.write('content/maintainers/new-person.yaml', 'handle: new-person\nstatus: active\naffilation: Example Corp\n');
    copy.edit('content/maintainers/ben-fixture.yaml', 'since: 2024-01-15', 'since: 2025-02-30');
    const r = copy.build();
    expect(r.status).toBe(1);
    expect(r.output).toContain('Content has 3 problems; nothing was built');
    expect(r.output).toContain('content/maintainers/ben-fixture.yaml:4: since: 2025-02-30 is not a date: February 2025 has 28 days; write YYYY-MM-DD');
    expect(r.output).toContain(
      'content/maintainers/new-person.yaml:3: unknown field "affilation"; did you mean affiliation? (allowed fields: handle, name, affiliation, status, since, emeritusSince, roles, areas)',
    );
    expect(r.output).toContain(
      'content/maintainers/ana-fixture.yaml:1: handle: "ana-fixture" is the same GitHub account as "Ana-Fixture" in content/maintainers/Ana-Fixture.yaml (handles ignore case); keep one file per maintainer and delete the other',
    );
    expect(copy.exists('dist')).toBe(false);
  });
});

describe('a pull request that adds a maintainer and moves one to emeritus', () => {
  it('updates the roster page, the charter, /maintainers.json and MAINTAINERS.md together, with unquoted dates as Astro reads them', () => {
    const copy = newCopy();
    copy.write('content/maintainers/new-person.yaml', 'handle: new-person\nname: New Person\naffiliation: Example Corp\nstatus: active\nsince: 2025-07-01\n');
    copy.write('content/maintainers/former.yml', 'handle: former\nstatus: emeritus\nsince: 2024-02-29\nemeritusSince: 2025-06-20\n');
    const r = copy.build();
    expect(r.status, r.output).toBe(0);

    const page = copy.read('dist/maintainers/index.html');
    expect(page).toMatch(/<strong[^>]*>7 active maintainers<\/strong> and 2 emeritus maintainers\./);
    expect(page).toMatch(
      /<a href="https:\/\/github.com\/new-person" rel="noopener">@new-person<\/a> <span>New Person, Example Corp<\/span> <span>Maintainer since <time datetime="2025-07-01">2025-07-01<\/time><\/span>/,
    );
    expect(page).toMatch(
      /id="emeritus"[\s\S]*@former<\/a> <span>Emeritus since <time datetime="2025-06-20">2025-06-20<\/time>, maintainer since <time datetime="2024-02-29">2024-02-29<\/time><\/span>[\s\S]*id="thresholds"/,
    );
    expect(page).toMatch(
      /<li[^>]*>Example Labs: 2<\/li><li[^>]*>Example Corp: 1<\/li><li[^>]*>Example University: 1<\/li><li[^>]*>No affiliation recorded: 3<\/li>/,
    );

    const charter = copy.read('dist/governance/index.html');
    expect(charter.match(/\(today: <a href="\/community\/maintainers\/#thresholds">([^<]+)<\/a>\)/g)).toEqual([
      '(today: <a href="/community/maintainers/#thresholds">5 of 7 maintainers</a>)',
      '(today: <a href="/community/maintainers/#thresholds">4 of the 6 remaining maintainers</a>)',
      '(today: <a href="/community/maintainers/#thresholds">5 of 7 maintainers</a>)',
    ]);

    const json = JSON.parse(copy.read('dist/maintainers.json'));
    expect(json).toMatchObject({ activeCount: 7, emeritusCount: 2 });
    expect(json.maintainers.at(-1)).toEqual({
      handle: 'former',
      status: 'emeritus',
      since: '2024-02-29',
      emeritusSince: '2025-06-20',
      github: 'https://github.com/former',
    });

    // The same pull request must regenerate MAINTAINERS.md: the committed one no longer matches.
    const expected = expectedMaintainersFile(copy.dir).text!;
    expect(expected).not.toBe(copy.read('MAINTAINERS.md'));
    expect(expected).toContain('- [@former](https://github.com/former) (maintainer since 2024-02-29; emeritus since 2025-06-20)');
  });
});
