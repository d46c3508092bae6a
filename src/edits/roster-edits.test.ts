import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../validation/validate.ts';
import { checkGeneratedFiles, generatedFiles, writeGeneratedFiles } from '../generated-files/files.ts';
import {
  addHolding,
  afterNewRole,
  applyRosterEdit,
  endHolding,
  markEmeritus,
  newMaintainerYaml,
  planEmeritus,
  planNewMaintainer,
  todayUtc,
} from './roster-edits.ts';
import { validateAllContent } from '../checks/content.ts';
import { MDX_COMPONENTS_MODULE } from '../markdown/mdx-safety.ts';

/**
 * The roster commands' logic on a copy of the fixture content (tests/fixtures/site/content)
 * with the roster of tests/fixtures/roster/ (eleven undated active maintainers) and no
 * decision, and the generated files written from it: what they would write, what they
 * refuse (with the check's own messages), and that after writing, the content and every
 * generated file pass the check. Never today's content/: a pull request changing it breaks no test.
 */
let root: string;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'roster-edits-'));
  cpSync(join(process.cwd(), 'tests/fixtures/site/content'), join(root, 'content'), { recursive: true });
  rmSync(join(root, 'content/maintainers'), { recursive: true });
  cpSync(join(process.cwd(), 'tests/fixtures/roster'), join(root, 'content/maintainers'), { recursive: true });
  for (const name of readdirSync(join(root, 'content/decisions'))) if (name !== 'README.md') rmSync(join(root, 'content/decisions', name));
  // The check reads which components an .mdx doc may import from the site's own module.
  cpSync(join(process.cwd(), MDX_COMPONENTS_MODULE), join(root, MDX_COMPONENTS_MODULE));
  await writeGeneratedFiles(root, generatedFiles);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (file: string) => readFileSync(join(root, file), 'utf8');
const rosterFiles = () => readdirSync(join(root, 'content/maintainers')).sort();
const messages = (plan: { problems: Parameters<typeof formatProblem>[0][] }) => plan.problems.map(formatProblem);

describe('a new maintainer file', () => {
  it('holds the fields in the order of the other files, quoting only what YAML would misread', () => {
    expect(newMaintainerYaml({ handle: 'ada-lovelace', name: 'Ada Lovelace', affiliation: 'Example Corp', since: '2025-07-01' })).toBe(
      'handle: ada-lovelace\nname: Ada Lovelace\naffiliation: Example Corp\nstatus: active\nsince: 2025-07-01\n',
    );
    expect(newMaintainerYaml({ handle: '12345', name: 'Ada: the first', since: '2025-07-01' })).toBe(
      'handle: "12345"\nname: "Ada: the first"\nstatus: active\nsince: 2025-07-01\n',
    );
  });

  it('is written with MAINTAINERS.md, CONTRIBUTING.md and GOVERNANCE.md, after which content and generated files pass the check', async () => {
    const plan = planNewMaintainer(root, { handle: 'ada-lovelace', name: 'Ada Lovelace' }, { today: '2026-03-09' });
    expect(plan.problems).toEqual([]);
    expect(plan.edit).toEqual({
      file: 'content/maintainers/ada-lovelace.yaml',
      text: 'handle: ada-lovelace\nname: Ada Lovelace\nstatus: active\nsince: 2026-03-09\n',
    });
    expect(read('CONTRIBUTING.md')).toContain('(today: [8 of 11 maintainers](https://governance.example.org/community/maintainers/#thresholds))');

    expect(await applyRosterEdit(root, plan.edit!)).toEqual(['content/maintainers/ada-lovelace.yaml', 'MAINTAINERS.md', 'CONTRIBUTING.md', 'GOVERNANCE.md']);
    expect(validateAllContent(root)).toEqual([]);
    expect(await checkGeneratedFiles(root, generatedFiles)).toEqual([]);
    expect(read('MAINTAINERS.md')).toContain('## Active maintainers (12)');
    expect(read('MAINTAINERS.md')).toContain('- [@ada-lovelace](https://github.com/ada-lovelace) — Ada Lovelace (since 2026-03-09)');
    expect(read('CONTRIBUTING.md')).toContain('(today: [8 of 12 maintainers](https://governance.example.org/community/maintainers/#thresholds))');
    expect(read('CONTRIBUTING.md')).not.toContain('8 of 11 maintainers');
    // The charter on GitHub shows the same numbers.
    expect(read('GOVERNANCE.md')).toContain(
      'approved by a 2/3 vote of the Maintainers (today: [8 of 12 maintainers](https://governance.example.org/community/maintainers/#thresholds)).',
    );
  });

  it('is dated today in UTC unless a day is given', () => {
    expect(todayUtc(new Date('2026-03-08T23:30:00-05:00'))).toBe('2026-03-09');
    expect(planNewMaintainer(root, { handle: 'ada' }).edit?.text).toContain(`since: ${todayUtc()}\n`);
    expect(planNewMaintainer(root, { handle: 'ada', since: '2024-02-29' }).edit?.text).toContain('since: 2024-02-29\n');
  });

  it('is refused for a handle already on the roster in another case, naming the file to edit instead', () => {
    const before = rosterFiles();
    expect(messages(planNewMaintainer(root, { handle: 'GorKem' }))).toEqual([
      'content/maintainers/gorkem.yaml:1: handle: "gorkem" already holds the maintainer role, the same GitHub account as "GorKem" (handles ignore case); nothing was written. To change their entry, edit content/maintainers/gorkem.yaml',
    ]);
    expect(rosterFiles()).toEqual(before);
  });

  it('is refused for a handle GitHub does not allow, a day that does not exist, or an empty name, with the schema’s messages', () => {
    expect(messages(planNewMaintainer(root, { handle: 'ada_lovelace' }, { today: '2026-03-09' }))).toEqual([
      'content/maintainers/ada_lovelace.yaml:1: handle: "ada_lovelace" contains "_", which GitHub does not allow; a GitHub handle has 1 to 39 letters, digits and single hyphens, with no hyphen at the start or end (e.g. adalovelace, if that is the account)',
    ]);
    expect(messages(planNewMaintainer(root, { handle: 'ada', since: '2025-02-30' }))).toEqual([
      'content/maintainers/ada.yaml:3: since: 2025-02-30 is not a date: February 2025 has 28 days; write YYYY-MM-DD',
    ]);
    expect(messages(planNewMaintainer(root, { handle: 'ada', name: ' ', since: '2025-02-28' }))).toEqual([
      'content/maintainers/ada.yaml:2: name: write the display name, or leave the field out',
    ]);
  });

  it('is refused while another maintainer file is broken, so the generated files can still be written', () => {
    writeFileSync(join(root, 'content/maintainers/chlins.yaml'), 'handle: chlins\nstatus: retired\n');
    expect(messages(planNewMaintainer(root, { handle: 'ada', since: '2025-02-28' }))).toEqual([
      'content/maintainers/chlins.yaml:2: status: write status: active or status: emeritus',
    ]);
  });
});

describe('moving a maintainer to emeritus', () => {
  it('sets status and emeritusSince, keeping every other field, comment and blank line', async () => {
    const original =
      '# Joined at the first release.\nhandle: chlins # GitHub account\nname: Chen Lin\nstatus: active\nsince: 2024-02-29\n\nareas:\n  - specification\n';
    writeFileSync(join(root, 'content/maintainers/chlins.yaml'), original);
    const plan = planEmeritus(root, 'chlins', { today: '2026-03-09' });
    expect(plan.problems).toEqual([]);
    expect(plan.edit).toEqual({
      file: 'content/maintainers/chlins.yaml',
      text: '# Joined at the first release.\nhandle: chlins # GitHub account\nname: Chen Lin\nstatus: emeritus\nsince: 2024-02-29\nemeritusSince: 2026-03-09\n\nareas:\n  - specification\n',
    });
    await applyRosterEdit(root, plan.edit!);
    expect(validateAllContent(root)).toEqual([]);
    expect(await checkGeneratedFiles(root, generatedFiles)).toEqual([]);
    expect(read('MAINTAINERS.md')).toContain(
      '## Emeritus maintainers (1)\n\n- [@chlins](https://github.com/chlins) — Chen Lin (maintainer since 2024-02-29; emeritus since 2026-03-09; areas: specification)',
    );
    expect(read('CONTRIBUTING.md')).toContain('(today: [7 of 10 maintainers](https://governance.example.org/community/maintainers/#thresholds))');
  });

  it('puts emeritusSince after status when there is no since, and takes the day given', () => {
    expect(planEmeritus(root, 'gorkem', { since: '2025-06-01' }).edit?.text).toBe('handle: gorkem\nstatus: emeritus\nemeritusSince: 2025-06-01\n');
  });

  it('finds the file whatever the case of the handle typed', () => {
    expect(planEmeritus(root, 'GORKEM', { today: '2026-03-09' }).edit?.file).toBe('content/maintainers/gorkem.yaml');
  });

  it('replaces a value in place, quoted or plain, and keeps its comment', () => {
    expect(markEmeritus('handle: ada\nstatus: "active" # for now\nemeritusSince: "2020-01-01"\n', '2026-03-09')).toBe(
      'handle: ada\nstatus: "emeritus" # for now\nemeritusSince: "2026-03-09"\n',
    );
  });

  it('is refused for an unknown handle (with the closest one), a maintainer already emeritus, and a day before since', () => {
    expect(messages(planEmeritus(root, 'gorkme'))).toEqual([
      'content/maintainers: no maintainer file for "gorkme" (looked for content/maintainers/gorkme.yaml, in any case); did you mean gorkem? write the handle as the file is named',
    ]);
    writeFileSync(join(root, 'content/maintainers/chlins.yaml'), 'handle: chlins\nstatus: emeritus\nsince: 2024-02-29\nemeritusSince: 2025-06-20\n');
    expect(messages(planEmeritus(root, 'chlins'))).toEqual([
      'content/maintainers/chlins.yaml:2: status: chlins is already emeritus (since 2025-06-20); nothing was written',
    ]);
    writeFileSync(join(root, 'content/maintainers/chlins.yaml'), 'handle: chlins\nstatus: active\nsince: 2024-02-29\n');
    expect(messages(planEmeritus(root, 'chlins', { since: '2024-01-31' }))).toEqual([
      'content/maintainers/chlins.yaml:4: emeritusSince: 2024-01-31 is before since (2024-02-29); write a day on or after 2024-02-29, or correct since',
    ]);
    expect(messages(planEmeritus(root, 'chlins', { since: '2025-02-30' }))).toEqual([
      'content/maintainers/chlins.yaml:4: emeritusSince: 2025-02-30 is not a date: February 2025 has 28 days; write YYYY-MM-DD',
    ]);
    expect(read('content/maintainers/chlins.yaml')).toBe('handle: chlins\nstatus: active\nsince: 2024-02-29\n');
  });
});

/** The fixture's governance with two more roles after the default one (maintainer): committer and reviewer. */
const withMoreRoles = () => {
  const file = join(root, 'content/governance.yaml');
  writeFileSync(
    file,
    read('content/governance.yaml').replace(
      '\nrules:',
      '\n  - id: committer\n    singular: Committer\n    plural: Committers\n  - id: reviewer\n    singular: Reviewer\n    plural: Reviewers\nrules:',
    ),
  );
};
const chlins =
  '# Joined at the first release.\nhandle: chlins # GitHub account\nname: Chen Lin\n# Voted in at the kick-off.\nstatus: active # for now\nsince: 2024-02-29\n\nareas:\n  - specification\n';

describe('a role other than the default one', () => {
  beforeEach(withMoreRoles);

  it('gives a new person a file that lists it under roles', async () => {
    const plan = planNewMaintainer(root, { handle: 'ada', role: 'committer', name: 'Ada Lovelace' }, { today: '2026-03-09' });
    expect(plan.problems).toEqual([]);
    expect(plan.edit).toEqual({
      file: 'content/maintainers/ada.yaml',
      text: 'handle: ada\nname: Ada Lovelace\nroles:\n  - role: committer\n    since: 2026-03-09\n',
    });
    await applyRosterEdit(root, plan.edit!);
    expect(validateAllContent(root)).toEqual([]);
    expect(await checkGeneratedFiles(root, generatedFiles)).toEqual([]);
    // A committer does not vote on the maintainers' rules: their numbers stay.
    expect(read('CONTRIBUTING.md')).toContain('(today: [8 of 11 maintainers]');
  });

  it('turns a shorthand file into roles only to add a second role, moving status and since with their comments', async () => {
    writeFileSync(join(root, 'content/maintainers/chlins.yaml'), chlins);
    const plan = planNewMaintainer(root, { handle: 'chlins', role: 'committer', since: '2026-01-15' });
    expect(plan.problems).toEqual([]);
    expect(plan.edit?.text).toBe(
      '# Joined at the first release.\nhandle: chlins # GitHub account\nname: Chen Lin\nroles:\n  - role: maintainer\n    # Voted in at the kick-off.\n    status: active # for now\n    since: 2024-02-29\n  - role: committer\n    since: 2026-01-15\n\nareas:\n  - specification\n',
    );
    await applyRosterEdit(root, plan.edit!);
    expect(validateAllContent(root)).toEqual([]);
    expect(await checkGeneratedFiles(root, generatedFiles)).toEqual([]);
    // Still a maintainer, and counted as one.
    expect(read('CONTRIBUTING.md')).toContain('(today: [8 of 11 maintainers]');
    // A third role goes at the end of the list; the file is not touched otherwise.
    const third = planNewMaintainer(root, { handle: 'chlins', role: 'reviewer', since: '2026-02-01' });
    expect(third.edit?.text).toBe(plan.edit!.text.replace('    since: 2026-01-15\n', '    since: 2026-01-15\n  - role: reviewer\n    since: 2026-02-01\n'));
  });

  it('adds the default role back to someone emeritus in it, as a second holding of it', () => {
    writeFileSync(join(root, 'content/maintainers/chlins.yaml'), 'handle: chlins\nstatus: emeritus\nsince: 2020-01-01\nemeritusSince: 2021-06-01\n');
    expect(planNewMaintainer(root, { handle: 'chlins', since: '2026-03-09' }).edit?.text).toBe(
      'handle: chlins\nroles:\n  - role: maintainer\n    status: emeritus\n    since: 2020-01-01\n    emeritusSince: 2021-06-01\n  - role: maintainer\n    since: 2026-03-09\n',
    );
  });

  it('is refused for a role not in content/governance.yaml, one already held, or a name that is not the file’s', () => {
    expect(messages(planNewMaintainer(root, { handle: 'ada', role: 'comitter' }))).toEqual([
      'content/governance.yaml: --role: "comitter" is no role of roles; did you mean committer? write --role with one of maintainer, committer, reviewer (or leave it out for maintainer)',
    ]);
    writeFileSync(
      join(root, 'content/maintainers/chlins.yaml'),
      'handle: chlins\nname: Chen Lin\nroles:\n  - role: reviewer\n  - role: committer\n    since: 2025-01-01\n',
    );
    expect(messages(planNewMaintainer(root, { handle: 'chlins', role: 'committer' }))).toEqual([
      'content/maintainers/chlins.yaml:5: handle: "chlins" already holds the committer role; nothing was written. To change their entry, edit content/maintainers/chlins.yaml',
    ]);
    expect(messages(planNewMaintainer(root, { handle: 'chlins', name: 'Chen L.' }))).toEqual([
      `content/maintainers/chlins.yaml:2: name: chlins's file says name: Chen Lin, and --name gives "Chen L."; nothing was written. Leave --name out to add the role, and edit content/maintainers/chlins.yaml to change the name`,
    ]);
    expect(messages(planNewMaintainer(root, { handle: 'chlins', affiliation: 'Example Corp' }))).toEqual([
      `content/maintainers/chlins.yaml:1: affiliation: chlins's file has no affiliation, and --affiliation gives "Example Corp"; nothing was written. Leave --affiliation out to add the role, and edit content/maintainers/chlins.yaml to change the affiliation`,
    ]);
    // The same name is no change: the role is added.
    expect(planNewMaintainer(root, { handle: 'chlins', name: 'Chen Lin', since: '2026-03-09' }).problems).toEqual([]);
  });

  it('ends, named or as the one role held, keeping the other holdings, comments and blank lines', async () => {
    const two =
      '# Joined at the first release.\nhandle: chlins\nroles:\n  - role: maintainer # first\n    since: 2024-02-29\n\n  - role: committer\n    since: 2025-01-01\nareas: [specification]\n';
    writeFileSync(join(root, 'content/maintainers/chlins.yaml'), two);
    const plan = planEmeritus(root, 'chlins', { role: 'committer', since: '2026-03-09' });
    expect(plan.problems).toEqual([]);
    expect(plan.edit?.text).toBe(two.replace('    since: 2025-01-01\n', '    status: emeritus\n    since: 2025-01-01\n    emeritusSince: 2026-03-09\n'));
    await applyRosterEdit(root, plan.edit!);
    expect(validateAllContent(root)).toEqual([]);
    expect(await checkGeneratedFiles(root, generatedFiles)).toEqual([]);
    // Now maintainer is the one role held, and needs no --role.
    expect(planEmeritus(root, 'chlins', { today: '2026-04-01' }).edit?.text).toBe(
      plan.edit!.text.replace(
        '  - role: maintainer # first\n    since: 2024-02-29\n',
        '  - role: maintainer # first\n    status: emeritus\n    since: 2024-02-29\n    emeritusSince: 2026-04-01\n',
      ),
    );
    expect(endHolding('handle: a\nroles:\n  - role: committer\n    status: "active"\n', 0, '2026-03-09')).toBe(
      'handle: a\nroles:\n  - role: committer\n    status: "emeritus"\n    emeritusSince: 2026-03-09\n',
    );
  });

  it('asks which role ends when the person holds several, and refuses one they do not hold or no longer hold', () => {
    writeFileSync(
      join(root, 'content/maintainers/chlins.yaml'),
      'handle: chlins\nroles:\n  - role: maintainer\n  - role: committer\n  - role: reviewer\n    status: emeritus\n',
    );
    expect(messages(planEmeritus(root, 'chlins'))).toEqual([
      'content/maintainers/chlins.yaml:2: roles: chlins holds 2 roles (maintainer, committer), and the command ends one; name it, e.g. npm run maintainer:emeritus -- chlins --role maintainer',
    ]);
    expect(messages(planEmeritus(root, 'chlins', { role: 'reviewer' }))).toEqual([
      'content/maintainers/chlins.yaml:6: roles.2.status: chlins is already emeritus as reviewer (date not recorded); nothing was written',
    ]);
    expect(messages(planEmeritus(root, 'gorkem', { role: 'committer' }))).toEqual([
      'content/maintainers/gorkem.yaml:2: status: gorkem holds no committer role (their roles: maintainer); nothing was written. Name one they hold, e.g. --role maintainer',
    ]);
    expect(messages(planEmeritus(root, 'gorkem', { role: 'comitter' }))).toEqual([
      'content/governance.yaml: --role: "comitter" is no role of roles; did you mean committer? write --role with one of maintainer, committer, reviewer (or leave it out for maintainer)',
    ]);
  });

  it('the message after an addition links the proposal the charter names for joining that role, and no vote where no rule adds to it', () => {
    expect(afterNewRole(root, { handle: 'ada' })).toBe(', linking the New Maintainer Proposal whose vote approved ada');
    expect(afterNewRole(root, { handle: 'ada', role: 'committer' })).toBe('');
    writeFileSync(
      join(root, 'content/governance.yaml'),
      `${read('content/governance.yaml')}  - id: add-committer\n    name: Add a committer\n    body: committer\n    threshold: majority\n    base: members\n    subject: joining\n`,
    );
    expect(afterNewRole(root, { handle: 'ada', role: 'committer' })).toBe(', linking the vote (Add a committer) that approved ada');
    // containerd: reviewers are added by a vote of the committers (subjectRole).
    writeFileSync(
      join(root, 'content/governance.yaml'),
      `${read('content/governance.yaml')}  - id: add-reviewer\n    name: Add a reviewer\n    body: committer\n    threshold: 1/3\n    base: members\n    subject: joining\n    subjectRole: reviewer\n`,
    );
    expect(afterNewRole(root, { handle: 'ada', role: 'reviewer' })).toBe(', linking the vote (Add a reviewer) that approved ada');
    expect(afterNewRole(root, { handle: 'ada', role: 'committer' })).toBe(', linking the vote (Add a committer) that approved ada');
  });
});

describe('adding to a file edited by hand', () => {
  it('appends to a roles list written inline, as a block list, and gives a shorthand file roles where its status stood', () => {
    expect(addHolding('handle: a\nroles: [{ role: committer }]\n', { role: 'reviewer', since: '2026-03-09' }, 'maintainer')).toBe(
      'handle: a\nroles:\n  - role: committer\n  - role: reviewer\n    since: 2026-03-09\n',
    );
    expect(addHolding('handle: a\nstatus: active\nareas: [x]\n', { role: 'committer', since: '2026-03-09' }, 'maintainer')).toBe(
      'handle: a\nroles:\n  - role: maintainer\n    status: active\n  - role: committer\n    since: 2026-03-09\nareas: [x]\n',
    );
  });
});
