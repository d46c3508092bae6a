import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGeneratedFiles, generatedFiles } from '../src/generated-files/files.ts';
import { validateAllContent } from '../src/checks/content.ts';
import { ProjectCopy, projectCopyPerTest } from '../test-support/project.ts';

/**
 * `npm run new:maintainer` and `npm run maintainer:emeritus` as a maintainer
 * types them, on a copy of the project with the fixture content (tests/fixtures/site/content,
 * never today's roster): what they write, that the copy then
 * passes the content and generated-file stages of the check (the build is
 * covered once, in tests/recipes.test.ts), and that a refused command writes nothing.
 */
const newFixtureCopy = projectCopyPerTest();
/** A copy with the fixture content, its generated files written from it. */
const newCopy = () => {
  const copy = newFixtureCopy().withFixtureContent();
  const generated = copy.run('scripts/generate.ts');
  expect(generated.status, generated.output).toBe(0);
  return copy;
};

/** Every file the commands may touch, with its text (the generated files the fixture asks for: those it has). */
const snapshot = (c: ProjectCopy) =>
  Object.fromEntries(
    [
      ...readdirSync(c.path('content/maintainers')).map((n) => `content/maintainers/${n}`),
      ...generatedFiles.map((f) => f.path).filter((f) => existsSync(c.path(f))),
    ].map((f) => [f, c.read(f)]),
  );

describe('the roster commands', () => {
  it('add a maintainer and move another to emeritus, each with the generated files, leaving a tree the check passes', async () => {
    const copy = newCopy();
    const added = copy.run('scripts/new-maintainer.ts', ['ada-lovelace', '--name', 'Ada Lovelace', '--affiliation', 'Example Corp', '--since', '2026-07-01']);
    expect(added.status, added.output).toBe(0);
    expect(added.output).toContain('Wrote content/maintainers/ada-lovelace.yaml, MAINTAINERS.md, CONTRIBUTING.md, GOVERNANCE.md.');
    // The issue that proposed them, by the title content/governance.yaml gives it.
    expect(added.output).toContain('Commit them in one pull request, linking the New Maintainer Proposal whose vote approved ada-lovelace.');
    expect(copy.read('content/maintainers/ada-lovelace.yaml')).toBe(
      'handle: ada-lovelace\nname: Ada Lovelace\naffiliation: Example Corp\nstatus: active\nsince: 2026-07-01\n',
    );

    const moved = copy.run('scripts/maintainer-emeritus.ts', ['Chen-Fixture', '--since', '2026-01-15']);
    expect(moved.status, moved.output).toBe(0);
    expect(moved.output).toContain('Wrote content/maintainers/chen-fixture.yaml, MAINTAINERS.md, CONTRIBUTING.md, GOVERNANCE.md.');
    expect(copy.read('content/maintainers/chen-fixture.yaml')).toBe(
      'handle: chen-fixture\nname: Chen Fixture\naffiliation: Example University\nstatus: emeritus\nsince: 2024-06-01\nemeritusSince: 2026-01-15\n',
    );

    expect(validateAllContent(copy.dir)).toEqual([]);
    expect(await checkGeneratedFiles(copy.dir, generatedFiles)).toEqual([]);
    expect(copy.read('MAINTAINERS.md')).toContain('## Active maintainers (6)');
    expect(copy.read('MAINTAINERS.md')).toContain(
      '- [@chen-fixture](https://github.com/chen-fixture) — Chen Fixture, Example University (maintainer since 2024-06-01; emeritus since 2026-01-15)',
    );
  });

  it('give a role of content/governance.yaml other than the default one, and end the one named when a person holds two', async () => {
    const copy = newCopy();
    const governance = copy.read('content/governance.yaml');
    expect(governance).toContain('\nrules:');
    copy.write('content/governance.yaml', governance.replace('\nrules:', '\n  - id: committer\n    singular: Committer\n    plural: Committers\nrules:'));

    const added = copy.run('scripts/new-maintainer.ts', ['ana-fixture', '--role', 'committer', '--since', '2026-07-01']);
    expect(added.status, added.output).toBe(0);
    // No rule adds committers: there is no vote to link. The vote numbers are the maintainers', and stay.
    expect(added.output).toContain('Wrote content/maintainers/ana-fixture.yaml, MAINTAINERS.md.\nCommit them in one pull request.');
    expect(copy.read('content/maintainers/ana-fixture.yaml')).toBe(
      'handle: ana-fixture\nname: Ana Fixture\naffiliation: Example Labs\nroles:\n  - role: maintainer\n    status: active\n    since: 2024-01-15\n  - role: committer\n    since: 2026-07-01\n',
    );

    const ambiguous = copy.run('scripts/maintainer-emeritus.ts', ['ana-fixture']);
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.output).toContain(
      'content/maintainers/ana-fixture.yaml:4: roles: ana-fixture holds 2 roles (maintainer, committer), and the command ends one; name it, e.g. npm run maintainer:emeritus -- ana-fixture --role maintainer',
    );
    const ended = copy.run('scripts/maintainer-emeritus.ts', ['ana-fixture', '--role', 'committer', '--since', '2026-08-01']);
    expect(ended.status, ended.output).toBe(0);
    expect(copy.read('content/maintainers/ana-fixture.yaml')).toContain(
      '  - role: committer\n    status: emeritus\n    since: 2026-07-01\n    emeritusSince: 2026-08-01\n',
    );

    expect(validateAllContent(copy.dir)).toEqual([]);
    expect(await checkGeneratedFiles(copy.dir, generatedFiles)).toEqual([]);
    // Still one of the seven maintainers the fixture's roster lists.
    expect(copy.read('MAINTAINERS.md')).toContain('- [@ana-fixture](https://github.com/ana-fixture) — Ana Fixture, Example Labs');
  });

  it('write nothing when refused, and say why with the check’s own messages', () => {
    const copy = newCopy();
    const before = snapshot(copy);
    const duplicate = copy.run('scripts/new-maintainer.ts', ['Ana-Fixture']);
    expect(duplicate.status).toBe(1);
    expect(duplicate.output).toContain(
      'content/maintainers/ana-fixture.yaml:1: handle: "ana-fixture" already holds the maintainer role, the same GitHub account as "Ana-Fixture" (handles ignore case); nothing was written. To change their entry, edit content/maintainers/ana-fixture.yaml',
    );
    const badDay = copy.run('scripts/maintainer-emeritus.ts', ['ana-fixture', '--since', '2025-02-30']);
    expect(badDay.status).toBe(1);
    expect(badDay.output).toContain(
      'content/maintainers/ana-fixture.yaml:6: emeritusSince: 2025-02-30 is not a date: February 2025 has 28 days; write YYYY-MM-DD',
    );
    expect(badDay.output).toContain('Nothing was written.');
    expect(snapshot(copy)).toEqual(before);
  });

  it('explain their usage when the handle is missing, doubled, or an option is unknown', () => {
    const copy = newCopy();
    const missing = copy.run('scripts/new-maintainer.ts', []);
    expect(missing.status).toBe(2);
    expect(missing.output).toContain(
      'the GitHub handle is missing\nusage: npm run new:maintainer -- <handle> [--role <role id>] [--name "Full Name"] [--affiliation "Organisation"] [--since YYYY-MM-DD]\n  --role: the id of a role under roles in content/governance.yaml; without it, the first (the role a file\'s status and since are about)',
    );
    const unquoted = copy.run('scripts/new-maintainer.ts', ['ada', '--name', 'Ada', 'Lovelace']);
    expect(unquoted.status).toBe(2);
    expect(unquoted.output).toContain('one handle at a time (got ada, Lovelace); put a name with spaces in quotes');
    const unknown = copy.run('scripts/maintainer-emeritus.ts', ['ana-fixture', '--date', '2025-06-01']);
    expect(unknown.status).toBe(2);
    expect(unknown.output).toContain("Unknown option '--date'");
    expect(unknown.output).toContain('usage: npm run maintainer:emeritus -- <handle> [--role <role id>] [--since YYYY-MM-DD]');
  });
});
