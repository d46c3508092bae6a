import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFrontmatter } from '../yaml/frontmatter.ts';
import { parseImportArgs, planImportFromFile } from './decision-import.ts';
import { UsageError } from './command-line.ts';

const frontmatter = (text: string) => parse(readFrontmatter(text)!.yaml) as Record<string, unknown>;

// A roster of its own with real dates: fay-fixture became emeritus on 2026-02-01, before the votes closed.
const ROSTER: Record<string, string> = {
  'ana-fixture': 'status: active\nsince: 2024-01-15\n',
  'ben-fixture': 'status: active\nsince: 2024-01-15\n',
  'chen-fixture': 'status: active\nsince: 2024-06-01\n',
  'dara-fixture': 'status: active\nsince: 2024-06-01\n',
  'eli-fixture': 'status: active\nsince: 2025-09-10\n',
  'gus-fixture': 'status: active\nsince: 2025-11-01\n',
  'fay-fixture': 'status: emeritus\nsince: 2024-01-15\nemeritusSince: 2026-02-01\n',
};

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'decision-import-'));
  mkdirSync(join(root, 'content/maintainers'), { recursive: true });
  writeFileSync(
    join(root, 'content/governance.yaml'),
    [
      'roles: [{ id: maintainer, singular: Maintainer, plural: Maintainers }]',
      'rules:',
      '  - { id: approve-new-maintainer, name: Approve a new maintainer, body: maintainer, threshold: 2/3, base: members, subject: joining }',
      '  - { id: remove-maintainer, name: Remove a maintainer, body: maintainer, threshold: 2/3, base: remaining-members, subject: leaving }',
      '  - { id: change-charter, name: Change the charter, body: maintainer, threshold: 2/3, base: members }',
      '',
    ].join('\n'),
  );
  for (const [handle, rest] of Object.entries(ROSTER)) writeFileSync(join(root, `content/maintainers/${handle}.yaml`), `handle: ${handle}\n${rest}`);
  for (const name of ['passed.md', 'failed.md', 'tie.md', 'voter-who-had-left.md'])
    copyFileSync(join(process.cwd(), 'tests/fixtures/gitvote', name), join(root, name));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const args = (file: string, extra: string[] = []) =>
  parseImportArgs([
    file,
    '--rule',
    'change-charter',
    '--subject',
    'Adopt the security policy',
    '--at',
    'https://github.com/example-org/community/issues/40',
    '--opened',
    '2026-03-02',
    '--closed',
    '2026-03-09',
    ...extra,
  ]);

describe('npm run decision:import', () => {
  it('writes the decision: every binding vote, the days, the issue, and the outcome of the charter', () => {
    const plan = planImportFromFile(root, args('passed.md'));
    if (plan.file === undefined) throw new Error(JSON.stringify(plan.problems));
    expect(plan.file).toBe('content/decisions/2026-03-02-change-charter-adopt-the-security-policy.md');
    const data = frontmatter(plan.text);
    expect(data).toEqual({
      rule: 'change-charter',
      subject: 'Adopt the security policy',
      opened: '2026-03-02',
      closed: '2026-03-09',
      heldAt: 'https://github.com/example-org/community/issues/40',
      votes: { 'ana-fixture': 'for', 'ben-fixture': 'for', 'chen-fixture': 'against', 'dara-fixture': 'for', 'eli-fixture': 'for', 'gus-fixture': 'for' },
      outcome: 'approved',
    });
    expect(plan.differences).toEqual([]);
  });

  it("records the charter's outcome and reports each difference, for a failed vote, a tie and a voter who had left", () => {
    const outcome = (name: string) => {
      const plan = planImportFromFile(root, args(name));
      if (plan.file === undefined) throw new Error(JSON.stringify(plan.problems));
      return { outcome: frontmatter(plan.text).outcome, differences: plan.differences.length };
    };
    expect(outcome('failed.md')).toEqual({ outcome: 'rejected', differences: 0 });
    expect(outcome('tie.md')).toEqual({ outcome: 'rejected', differences: 2 });
    const left = planImportFromFile(root, args('voter-who-had-left.md'));
    expect(left.file && frontmatter(left.text)).toMatchObject({ outcome: 'rejected', votes: { 'fay-fixture': 'for' } });
    expect(left.file && left.differences[0]).toBe(
      '@fay-fixture voted for and GitVote counted it, but was not a member of the body of "Change the charter" on 2026-03-09: the charter does not count it',
    );
  });

  it('counts a vote of a rule whose body is a group on the group’s members of the closing day', () => {
    writeFileSync(
      join(root, 'content/governance.yaml'),
      `${readFileSync(join(root, 'content/governance.yaml'), 'utf8')}  - { id: tsc-motion, name: A TSC motion, group: tsc, threshold: majority, base: members }\n`,
    );
    mkdirSync(join(root, 'content/groups'));
    writeFileSync(
      join(root, 'content/groups/tsc.yaml'),
      'name: TSC\ndescription: Decides.\nleads: [{ handle: ana-fixture }]\nmembers: [{ handle: ben-fixture }, { handle: chen-fixture }, { handle: dara-fixture, until: 2026-03-01 }]\n',
    );
    const plan = planImportFromFile(root, parseImportArgs([...argsFor('tsc-motion'), '--subject', 'Adopt the security policy']));
    if (plan.file === undefined) throw new Error(JSON.stringify(plan.problems));
    // ana-fixture, ben-fixture and chen-fixture that day (dara-fixture left on 2026-03-01): 2 for of 3.
    expect(frontmatter(plan.text).outcome).toBe('approved');
    expect(plan.differences).toEqual([
      '@dara-fixture voted for and GitVote counted it, but was not a member of the body of "A TSC motion" on 2026-03-09: the charter does not count it',
      '@eli-fixture voted for and GitVote counted it, but was not a member of the body of "A TSC motion" on 2026-03-09: the charter does not count it',
      '@gus-fixture voted for and GitVote counted it, but was not a member of the body of "A TSC motion" on 2026-03-09: the charter does not count it',
      "GitVote counted over 6 allowed voters; the charter's base on 2026-03-09 is 3",
      "GitVote's pass_threshold of 51% needs 4 of 6 in favour; the charter's 1/2 needs 2 of 3: the threshold does not fit the body's size",
    ]);
  });

  it('takes the handle from an issue title for a maintainer vote', () => {
    const plan = planImportFromFile(root, parseImportArgs([...argsFor('approve-new-maintainer'), '--subject', 'New Maintainer Proposal: @zoe-fixture']));
    expect(plan.file).toBe('content/decisions/2026-03-02-approve-new-maintainer-zoe-fixture.md');
  });

  it('refuses an unknown rule, a missing file and a file that is not a closing comment; writes nothing', () => {
    expect(planImportFromFile(root, args('passed.md', ['--rule', 'charter'])).problems).toEqual([
      {
        file: 'passed.md',
        message: '--rule charter: no such vote rule in content/governance.yaml; write one of approve-new-maintainer, remove-maintainer, change-charter',
      },
    ]);
    expect(planImportFromFile(root, args('none.md')).problems[0]?.message).toContain('does not exist');
    writeFileSync(join(root, 'created.md'), '## Vote created\n');
    expect(planImportFromFile(root, args('created.md')).problems[0]?.message).toContain('no "## Vote closed" heading');
    expect(() => parseImportArgs(['passed.md'])).toThrow(UsageError);
    expect(readFileSync(join(root, 'passed.md'), 'utf8')).toContain('## Vote closed');
  });
});

function argsFor(rule: string): string[] {
  return ['passed.md', '--rule', rule, '--at', 'https://github.com/example-org/community/issues/41', '--opened', '2026-03-02', '--closed', '2026-03-09'];
}
