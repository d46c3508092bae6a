import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkGeneratedFiles, generatedFiles, generatedFilesNotices, writeGeneratedFiles } from '../src/generated-files/files.ts';
import { FIXTURE_CONTENT, ProjectCopy, projectRoot } from '../test-support/project.ts';

/**
 * The files for other tools (CODEOWNERS, .gitvote.yml, the CNCF .project files, CODE_OF_CONDUCT.md), written
 * from the fixture content (tests/fixtures/site/content: six active maintainers and fay-fixture, emeritus)
 * as content/site.yaml asks, and checked like MAINTAINERS.md.
 */
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'repository-files-'));
  cpSync(join(projectRoot, FIXTURE_CONTENT), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const optIn = () =>
  appendFileSync(
    join(root, 'content/site.yaml'),
    [
      'repositoryFiles:',
      '  codeowners: { approvedBy: change-charter }',
      '  gitvote: { duration: 7d }',
      '  cncfProject:',
      '    slug: example',
      '    maturityLog: [{ phase: sandbox, date: 2025-01-15, issue: https://github.com/cncf/toc/issues/1 }]',
      '  clomonitor: true',
      '',
    ].join('\n'),
  );
const ACTIVE = ['ana-fixture', 'ben-fixture', 'chen-fixture', 'dara-fixture', 'eli-fixture', 'gus-fixture'];

describe('files for other tools', () => {
  it('are not written unless content/site.yaml names them, so a file kept by hand stays as it is', async () => {
    writeFileSync(join(root, '.gitvote.yml'), '# kept by hand\n');
    const written = await writeGeneratedFiles(root, generatedFiles);
    expect(written).toEqual(['MAINTAINERS.md', 'CONTRIBUTING.md', 'GOVERNANCE.md']);
    expect(read('.gitvote.yml')).toBe('# kept by hand\n');
    expect(generatedFilesNotices(root)).toEqual([]);
  });

  it('give the active voters, never an emeritus member, and are checked like MAINTAINERS.md', async () => {
    optIn();
    const written = await writeGeneratedFiles(root, generatedFiles);
    expect(written).toEqual([
      'MAINTAINERS.md',
      'CONTRIBUTING.md',
      'GOVERNANCE.md',
      '.github/CODEOWNERS',
      '.gitvote.yml',
      '.project/maintainers.yaml',
      '.project/project.yaml',
      'CODE_OF_CONDUCT.md',
    ]);
    const owners = read('.github/CODEOWNERS');
    expect(owners).toMatch(new RegExp(`^/content/ +${ACTIVE.map((h) => `@${h}`).join(' ')}$`, 'm'));
    expect(owners).toContain('/.gitvote.yml ');
    expect(owners).not.toContain('fay-fixture');

    const gitvote = parse(read('.gitvote.yml'));
    expect(Object.keys(gitvote.profiles)).toEqual(['approve-new-maintainer', 'change-charter']);
    // 2/3 of 6 is 4: GitVote passes 4 of 6 (66.7%) and not 3 of 6 (50%).
    expect(gitvote.profiles['change-charter']).toEqual({ duration: '7d', pass_threshold: 51, allowed_voters: { users: ACTIVE } });

    const dotProject = parse(read('.project/maintainers.yaml'));
    expect(dotProject.maintainers[0].teams).toEqual([
      { name: 'project-maintainers', members: ACTIVE },
      { name: 'emeritus', managed: false, members: ['fay-fixture'] },
    ]);
    expect(parse(read('.project/project.yaml')).governance).toEqual({
      governance_doc: { path: 'https://governance.example.org/community/governance/' },
      contributing: { path: 'https://governance.example.org/community/contributing/' },
      code_of_conduct: { path: 'https://governance.example.org/community/code-of-conduct/' },
      community_calendar: { path: 'https://governance.example.org/community/meetings/' },
      gitvote_config: { path: 'https://github.com/example-org/community/blob/main/.gitvote.yml' },
      codeowners: { path: 'https://github.com/example-org/community/blob/main/.github/CODEOWNERS' },
    });

    expect(generatedFilesNotices(root)).toEqual([
      '.gitvote.yml: no profile for "Remove a maintainer" (remove-maintainer): it sets the subject aside, and GitVote\'s allowed voters are fixed in the file, the subject among them',
      "CLOMonitor's security_policy check will not pass: content/ has no security policy; name its doc in content/site.yaml (securityPolicy: SECURITY.md)",
      'CLOMonitor\'s community_meeting check will not pass: README.md names no community meeting; add a heading such as "## Community meeting" that links the meetings page',
    ]);
    expect(await checkGeneratedFiles(root, generatedFiles)).toEqual([]);

    // A maintainer moves to emeritus: every file that lists voters is stale, named by the check.
    writeFileSync(join(root, 'content/maintainers/gus-fixture.yaml'), 'handle: gus-fixture\nstatus: emeritus\nemeritusSince: 2025-01-01\n');
    const stale = (await checkGeneratedFiles(root, generatedFiles)).map((p) => p.file);
    expect(stale).toEqual(expect.arrayContaining(['.github/CODEOWNERS', '.gitvote.yml', '.project/maintainers.yaml', 'MAINTAINERS.md']));
  });

  it('write SECURITY.md from the security policy content names, and CLOMonitor then finds it', async () => {
    optIn();
    writeFileSync(join(root, 'content/docs/SECURITY.md'), '---\ntitle: Security\n---\n\n# Security policy\n\nReport a vulnerability to the maintainers.\n');
    appendFileSync(join(root, 'content/site.yaml'), 'securityPolicy: SECURITY.md\n');
    writeFileSync(join(root, 'README.md'), '# Example\n\n## Community meeting\n');
    await writeGeneratedFiles(root, generatedFiles);
    expect(read('SECURITY.md')).toContain('Report a vulnerability to the maintainers.');
    expect(generatedFilesNotices(root).filter((n) => n.startsWith('CLOMonitor'))).toEqual([]);
  });

  it('refuses a CODEOWNERS rule that does not exist, naming the rules there are', async () => {
    appendFileSync(join(root, 'content/site.yaml'), 'repositoryFiles:\n  codeowners: { approvedBy: charter-change }\n');
    const problems = await checkGeneratedFiles(root, generatedFiles);
    expect(problems).toContainEqual({
      file: '.github/CODEOWNERS',
      message:
        'cannot be generated from content/site.yaml, content/governance.yaml, content/maintainers/: content/site.yaml: repositoryFiles.codeowners.approvedBy: no vote rule "charter-change" in content/governance.yaml; write one of approve-new-maintainer, remove-maintainer, change-charter',
    });
  });
});

describe('files for other tools, when a vote rule’s body is a group', () => {
  // The TSC: ana-fixture leads; zoe-outside (no maintainer file) and ben-fixture are members; eli-fixture left.
  const addTsc = () => {
    appendFileSync(
      join(root, 'content/governance.yaml'),
      ['  - id: tsc-motion', '    name: Pass a motion', '    group: tsc', '    threshold: majority', '    base: members', ''].join('\n'),
    );
    mkdirSync(join(root, 'content/groups'));
    writeFileSync(
      join(root, 'content/groups/tsc.yaml'),
      [
        'name: Technical Steering Committee',
        'description: Decides on the specification.',
        'leads:',
        '  - handle: ana-fixture',
        '    since: 2025-01-01',
        'members:',
        '  - handle: zoe-outside',
        '    since: 2025-01-01',
        '  - handle: ben-fixture',
        '  - handle: eli-fixture',
        '    since: 2025-01-01',
        '    until: 2025-12-31',
        '',
      ].join('\n'),
    );
    appendFileSync(
      join(root, 'content/site.yaml'),
      [
        'repositoryFiles:',
        '  codeowners: { approvedBy: tsc-motion }',
        '  gitvote: { duration: 7d }',
        '  cncfProject:',
        '    slug: example',
        '    maturityLog: [{ phase: sandbox, date: 2025-01-15, issue: https://github.com/cncf/toc/issues/1 }]',
        '',
      ].join('\n'),
    );
  };

  it('give the group’s current leads and members as the voters, on the roster or not, and go stale when the group’s file changes', async () => {
    addTsc();
    await writeGeneratedFiles(root, generatedFiles);
    const TSC = ['ana-fixture', 'ben-fixture', 'zoe-outside'];
    expect(read('.github/CODEOWNERS')).toMatch(new RegExp(`^/content/ +${TSC.map((h) => `@${h}`).join(' ')}$`, 'm'));
    // More than half of 3 is 2: GitVote passes 2 of 3 (66.7%) and not 1 of 3 (33.3%).
    expect(parse(read('.gitvote.yml')).profiles['tsc-motion']).toEqual({ duration: '7d', pass_threshold: 34, allowed_voters: { users: TSC } });
    // The CNCF's teams are the roster's roles: a group's rule leaves them as they are.
    expect(parse(read('.project/maintainers.yaml')).maintainers[0].teams).toEqual([
      { name: 'project-maintainers', members: ACTIVE },
      { name: 'emeritus', managed: false, members: ['fay-fixture'] },
    ]);
    expect(read('MAINTAINERS.md')).toContain(
      "With 3 Technical Steering Committee members, the charter's majority votes need:\n\n- to pass a motion: 2 of 3 Technical Steering Committee members\n",
    );
    expect(await checkGeneratedFiles(root, generatedFiles)).toEqual([]);

    appendFileSync(join(root, 'content/groups/tsc.yaml'), '  - handle: yan-outside\n    since: 2026-01-01\n');
    const stale = (await checkGeneratedFiles(root, generatedFiles)).map((p) => `${p.file}: ${p.message.split(';')[0]}`);
    expect(stale).toEqual([
      'MAINTAINERS.md: is out of date with content/maintainers/, content/groups/ (line 28 should read "With 4 Technical Steering Committee members, the charter\'s majority votes need:")',
      '.github/CODEOWNERS: is out of date with content/site.yaml, content/governance.yaml, content/maintainers/, content/groups/ (line 3 should read "/content/                  @ana-fixture @ben-fixture @yan-outside @zoe-outside")',
      '.gitvote.yml: is out of date with content/site.yaml, content/governance.yaml, content/maintainers/, content/groups/ (line 7 should read "# tsc-motion: Pass a motion: 3 of 4 in favour (1/2).")',
    ]);
  });
});

describe('npm run check, with every file for other tools asked for', () => {
  it('names a stale CODEOWNERS and .gitvote.yml, shows their new text in the Summary, and says each notice once', () => {
    const copy = new ProjectCopy().withFixtureContent();
    try {
      copy.write(
        'content/site.yaml',
        `${copy.read('content/site.yaml')}repositoryFiles:\n  codeowners: { approvedBy: change-charter }\n  gitvote: { duration: 7d }\n  clomonitor: true\n`,
      );
      expect(copy.run('scripts/generate.ts').status).toBe(0);
      copy.write('content/maintainers/gus-fixture.yaml', 'handle: gus-fixture\nstatus: emeritus\nemeritusSince: 2025-01-01\n');
      const summaryFile = copy.path('.check-summary.md');
      const r = copy.run('scripts/check.ts', [], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile });
      expect(r.status).toBe(1);
      expect(r.output).toMatch(/^\.github\/CODEOWNERS:3: is out of date with content\/site\.yaml, content\/governance\.yaml, content\/maintainers\/ /m);
      expect(r.output).toMatch(/^::error file=\.gitvote\.yml,line=\d+,title=npm run check%3A generated files::is out of date/m);
      const summary = copy.read('.check-summary.md');
      expect(summary).toContain('### .github/CODEOWNERS\n\n```text\n# Generated from content/');
      expect(summary).toContain('### .gitvote.yml\n\n```yaml\n');
      const notices = r.output.match(/^notice: .*$/gm) ?? [];
      expect(notices.filter((n) => n.includes('no profile for'))).toHaveLength(1);
      expect(notices.filter((n) => n.includes("CLOMonitor's security_policy"))).toHaveLength(1);
    } finally {
      copy.dispose();
    }
  });
});
