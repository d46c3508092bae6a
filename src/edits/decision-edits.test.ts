import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateAllContent } from '../checks/content.ts';
import { formatProblem } from '../validation/validate.ts';
import { withCharterOnly } from '../../test-support/project.ts';
import { UsageError } from './command-line.ts';
import { decisionId, parseNewDecisionArgs, planNewDecision, writeDecision } from './decision-edits.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A project with the eleven fixture maintainers, the fixture site's content/site.yaml (tests/fixtures/site) with a charter of one line, and no decision folder yet. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'decision-new-'));
  temps.push(root);
  for (const dir of ['content/docs', 'content/meetings']) mkdirSync(join(root, dir), { recursive: true });
  cpSync(join(process.cwd(), 'tests/fixtures/roster'), join(root, 'content/maintainers'), { recursive: true });
  cpSync(join(process.cwd(), 'tests/fixtures/site/content/site.yaml'), join(root, 'content/site.yaml'));
  withCharterOnly(root);
  return root;
}

const AT = 'https://github.com/example-org/community/issues/7';

describe('npm run decision:new', () => {
  it('reads the rule, the subject and where the vote is held', () => {
    expect(parseNewDecisionArgs(['approve-new-maintainer', 'ada-lovelace', '--at', AT])).toEqual({
      rule: 'approve-new-maintainer',
      subject: 'ada-lovelace',
      heldAt: AT,
    });
    expect(parseNewDecisionArgs(['change-charter', 'Move the office hours', '--at', AT, '--opened', '2026-11-02'])).toEqual({
      rule: 'change-charter',
      subject: 'Move the office hours',
      heldAt: AT,
      opened: '2026-11-02',
    });
    expect(() => parseNewDecisionArgs(['approve-new-maintainer', 'ada-lovelace'])).toThrow(UsageError);
    expect(() => parseNewDecisionArgs(['approve-new-maintainer'])).toThrow(/the subject is missing/);
  });

  it('names the file after the day, the rule and the subject', () => {
    expect(decisionId({ rule: 'change-charter', subject: 'Rewrite the Meetings section!' }, '2026-11-02')).toBe(
      '2026-11-02-change-charter-rewrite-the-meetings-section',
    );
  });

  it("writes an open vote that passes the check, with the rule's name as the motion to edit", () => {
    const root = project();
    const plan = planNewDecision(root, { rule: 'approve-new-maintainer', subject: 'ada-lovelace', heldAt: AT }, { today: '2026-11-02' });
    expect(plan.problems).toEqual([]);
    writeDecision(root, plan as { file: string; text: string });
    expect(readFileSync(join(root, 'content/decisions/2026-11-02-approve-new-maintainer-ada-lovelace.md'), 'utf8')).toBe(
      `---\nrule: approve-new-maintainer\nsubject: ada-lovelace\nopened: 2026-11-02\nheldAt: ${AT}\nvotes: {}\n---\n\nApprove a new maintainer: @ada-lovelace.\n`,
    );
    expect(validateAllContent(root, '2026-11-02').map(formatProblem)).toEqual([]);
    // Twice is refused.
    expect(
      planNewDecision(root, { rule: 'approve-new-maintainer', subject: 'ada-lovelace', heldAt: AT }, { today: '2026-11-02' }).problems.map(formatProblem),
    ).toEqual([
      'content/decisions/2026-11-02-approve-new-maintainer-ada-lovelace.md: already exists; nothing was written. Edit it to record the votes, or give this vote another subject',
    ]);
  });

  it('refuses what the check would refuse, with its message, and writes nothing', () => {
    const root = project();
    expect(planNewDecision(root, { rule: 'change-charta', subject: 'Logo', heldAt: AT }, { today: '2026-11-02' }).problems.map(formatProblem)).toEqual([
      'content/decisions/2026-11-02-change-charta-logo.md:2: rule: "change-charta" is no rule of content/governance.yaml; did you mean change-charter? write one of approve-new-maintainer, remove-maintainer, change-charter',
    ]);
    expect(
      planNewDecision(
        root,
        { rule: 'remove-maintainer', subject: 'nobody-here', heldAt: 'https://github.com/elsewhere/repo/issues/1' },
        { today: '2026-11-02' },
      ).problems.map(formatProblem),
    ).toEqual([
      'content/decisions/2026-11-02-remove-maintainer-nobody-here.md:3: subject: nobody-here has no file in content/maintainers/, so there is nobody to remove; write the handle of the maintainer the vote is about',
      "content/decisions/2026-11-02-remove-maintainer-nobody-here.md:5: heldAt: https://github.com/elsewhere/repo/issues/1 is not an issue, pull request or discussion of the project's repositories; link to one in https://github.com/example-org/community or https://github.com/example-org/spec (e.g. https://github.com/example-org/community/issues/12), or add its repository to repositories in content/site.yaml",
    ]);
  });
});
