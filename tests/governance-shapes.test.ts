import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateAllContent } from '../src/checks/content.ts';
import { decisionsCollection, maintainersCollection } from '../src/collections/registry.ts';
import { summarizeDecision, type DecisionSummary } from '../src/decisions/summary.ts';
import { thresholdInWords, thresholdToday } from '../src/roster/roster.ts';
import type { Decision } from '../src/schemas/decision.ts';
import type { ProjectGovernance } from '../src/schemas/governance.ts';
import type { Maintainer } from '../src/schemas/maintainer.ts';
import { loadGovernance } from '../src/site/governance-file.ts';
import { formatProblem, validateCollection } from '../src/validation/validate.ts';
import { ProjectCopy } from '../test-support/project.ts';

/**
 * Five made-up projects whose charters ModelSpec's shape does not fit (tests/fixtures/governance/):
 * committers voting 2/3 while reviewers do not; a committee deciding by simple majority with a
 * quorum; no voting rules; two bodies; a committee kept as a group of content/groups/, whose
 * members need not be maintainers. Each has an emeritus member whose date is not recorded and,
 * where it has rules, a decision that carries, one that fails by one vote and one that fails its
 * quorum. The counts are pinned on the data (pure logic, fast); one build each pins the pages.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures/governance');
const TODAY = '2026-12-01';
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

interface Project {
  root: string;
  governance: ProjectGovernance;
  roster: Maintainer[];
  decisions: Map<string, DecisionSummary>;
}

function project(name: string): Project {
  const root = mkdtempSync(join(tmpdir(), `governance-${name}-`));
  temps.push(root);
  cpSync(join(FIXTURES, name, 'content'), join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'content/meetings'), { recursive: true });
  const governance = loadGovernance(root);
  const roster = validateCollection(root, maintainersCollection).entries.map((e) => e.data as Maintainer);
  const decisions = new Map(
    validateCollection(root, decisionsCollection).entries.map((e) => [e.id, summarizeDecision(e.id, e.data as Decision, roster, TODAY, governance)]),
  );
  return { root, governance, roster, decisions };
}

const today = (p: Project, rule: string) =>
  thresholdInWords(
    thresholdToday(
      p.governance.rules.find((r) => r.id === rule)!,
      p.roster,
      p.governance,
    ),
    p.governance,
  );
const outcomes = (p: Project) => Object.fromEntries([...p.decisions].map(([id, d]) => [id, d.count.outcome]));

/** One build of a fixture project, shared by the page tests of its describe block. */
function built(name: string): { read: (file: string) => string } {
  let copy: ProjectCopy | undefined;
  beforeAll(() => {
    copy = new ProjectCopy();
    copy.remove('content');
    cpSync(join(FIXTURES, name, 'content'), copy.path('content'), { recursive: true });
    mkdirSync(copy.path('content/meetings'), { recursive: true });
    const result = copy.build({ BUILD_NOW: TODAY });
    if (result.status !== 0) throw new Error(result.output);
  }, 180_000);
  afterAll(() => copy?.dispose());
  return { read: (file) => copy!.read(`dist/${file}`) };
}

/** A page's text, tags gone and spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('committers vote 2/3, reviewers do not', () => {
  const p = project('committers');
  const site = built('committers');

  it('passes the check, and counts 2/3 of the ten committers, not of the 26 people on the roster', () => {
    expect(validateAllContent(p.root, TODAY).map(formatProblem)).toEqual([]);
    expect(p.roster.filter((m) => m.status === 'active')).toHaveLength(26);
    expect(today(p, 'add-committer')).toBe('7 of 10 committers');
  });

  it('carries one vote, fails another by one vote, and a release vote on its quorum; the emeritus committer whose date is not recorded is in the base, never a voter', () => {
    expect(outcomes(p)).toEqual({
      '2024-06-add-reviewer-c10': 'approved',
      '2025-03-add-c10': 'approved',
      '2025-04-add-almost': 'rejected',
      '2025-05-release-2': 'rejected',
    });
    // 2025-03-08: nine committers and old-committer, who may still have been one: 7 of 10.
    expect(p.decisions.get('2025-03-add-c10')!.count).toMatchObject({
      voters: expect.any(Array),
      undatedFormer: ['old-committer'],
      votesNeeded: 7,
      tally: { for: 7 },
    });
    // 2025-04-08: ten committers and old-committer: 8 of 11, and 7 voted for.
    expect(p.decisions.get('2025-04-add-almost')!.count).toMatchObject({ votesNeeded: 8, tally: { for: 7 }, moreNeeded: 1 });
    // Half of eleven, rounded up, must take part: five did.
    expect(p.decisions.get('2025-05-release-2')!.count).toMatchObject({ quorumMet: false, threshold: { quorumNeeded: 6 } });
  });

  it('shows the roster page by role, with the right numbers, and the figures beside the plain Markdown charter’s sections', () => {
    const roster = text(site.read('maintainers/index.html'));
    expect(roster).toContain('Active committers');
    expect(roster).toContain('Active reviewers');
    expect(roster).toContain('Add a committer: 7 of 10 committers');
    expect(roster).toContain('Cut a release: more than half of the votes cast, with at least 5 of 10 committers taking part');
    expect(roster).toContain('Emeritus since a date not recorded');
    expect(roster).toMatch(/2025-03-08 : @c10 became a committer \( ?the vote ?\)/);
    // c10 was approved as a reviewer, then as a committer: each entry and each history line links its own role's vote.
    const html = site.read('maintainers/index.html');
    const entry = (id: string) => html.slice(html.indexOf(`id="${id}"`), html.indexOf('</li>', html.indexOf(`id="${id}"`)));
    expect(entry('reviewer-c10')).toMatch(/href="[^"]*\/decisions\/2024-06-add-reviewer-c10\/"/);
    expect(entry('reviewer-c10')).not.toContain('2025-03-add-c10');
    expect(entry('maintainer-c10')).toMatch(/href="[^"]*\/decisions\/2025-03-add-c10\/"/);
    expect(html).toMatch(/2024-06-08<\/time>:\s*<a[^>]*>\s*@c10\s*<\/a>\s*became a reviewer\s*\(<a href="[^"]*\/decisions\/2024-06-add-reviewer-c10\/"/);
    expect(roster).toContain('2024-01-01 : @r01 became a reviewer');
    expect(roster).not.toMatch(/Propose a new|Maintainer Council|18 of 26/);
    // The undated emeritus committer is counted among the eleven committers, not the 27 files of both roles.
    expect(roster).toContain(
      '1 of the 11 committer files do not record the day the committer joined; those people count as holding the role from before any recorded decision. Every vote is counted against the members of its body active on the day it closed',
    );
    const charter = text(site.read('governance/index.html'));
    expect(charter).toContain('Votes needed today: Add a committer: 7 of 10 committers');
    expect(charter).toContain('Votes needed today: Cut a release: more than half of the votes cast');
  });
});

describe('a committee deciding by simple majority of the votes cast, with a quorum', () => {
  const p = project('committee');
  const site = built('committee');

  it('passes the check and counts a TSC motion', () => {
    expect(validateAllContent(p.root, TODAY).map(formatProblem)).toEqual([]);
    expect(today(p, 'tsc-motion')).toBe('more than half of the votes cast, with at least 4 of 7 TSC members taking part');
  });

  it('carries with more for than against, fails a tie by one vote, and fails four taking part of a quorum of five', () => {
    expect(outcomes(p)).toEqual({ '2025-02-adopt-lts': 'approved', '2025-03-new-logo': 'rejected', '2025-04-move-calls': 'rejected' });
    expect(p.decisions.get('2025-03-new-logo')!.count).toMatchObject({ votesNeeded: 3, tally: { for: 2 }, quorumMet: true });
    expect(p.decisions.get('2025-04-move-calls')!.count).toMatchObject({ quorumMet: false, undatedFormer: ['hal'], threshold: { quorumNeeded: 5 } });
  });

  it('names the body as the data does, and shows no proposal the data does not name', () => {
    const roster = text(site.read('maintainers/index.html'));
    expect(roster).toContain('Together the active TSC members form the Technical Steering Committee that the charter describes.');
    expect(roster).not.toContain('Propose');
    expect(text(site.read('decisions/2025-04-move-calls/index.html'))).toContain('The quorum was not met: 5 needed to take part.');
  });
});

describe('a project with no voting rules', () => {
  const p = project('no-rules');
  const site = built('no-rules');

  it('passes the check with no rule and no decision', () => {
    expect(validateAllContent(p.root, TODAY).map(formatProblem)).toEqual([]);
    expect(p.governance.rules).toEqual([]);
  });

  it('shows a roster with no vote section, no proposal, and the undated emeritus member', () => {
    const roster = text(site.read('maintainers/index.html'));
    expect(roster).toContain('Quill has 3 active maintainers and 1 emeritus maintainer.');
    expect(roster).not.toMatch(/Votes needed today|Propose|2\/3/);
    expect(roster).toContain('Emeritus since a date not recorded');
    expect(site.read('governance/index.html')).not.toContain('Votes needed today');
  });
});

describe('two bodies, each with its own members and rules', () => {
  const p = project('two-bodies');
  const site = built('two-bodies');

  it('passes the check and counts each rule on its own body', () => {
    expect(validateAllContent(p.root, TODAY).map(formatProblem)).toEqual([]);
    expect(today(p, 'amend-charter')).toBe('3 of 4 Governance Committee members');
    expect(today(p, 'tc-decision')).toBe('4 of 6 Technical Committee members, with at least 4 of 6 Technical Committee members taking part');
  });

  it('carries and fails by one vote in the Governance Committee, and fails the Technical Committee’s quorum', () => {
    expect(outcomes(p)).toEqual({ '2025-02-amend-meetings': 'approved', '2025-03-amend-name': 'rejected', '2025-04-tc-runtime': 'rejected' });
    expect(p.decisions.get('2025-03-amend-name')!.count).toMatchObject({ votesNeeded: 3, tally: { for: 2 } });
    expect(p.decisions.get('2025-04-tc-runtime')!.count).toMatchObject({ quorumMet: false, undatedFormer: ['former-tc'], threshold: { quorumNeeded: 5 } });
  });

  it('lists each body on the roster page, a person in both, and each rule beside its section of the charter', () => {
    const roster = text(site.read('maintainers/index.html'));
    expect(roster).toContain('Active Governance Committee members');
    expect(roster).toContain('Active Technical Committee members');
    expect(roster).toContain('2024-01-01 : @both became a Governance Committee member 2024-01-01 : @both became a Technical Committee member');
    // The organisations are counted over the page's own role (the default one), not over every role's holders.
    expect(roster).toContain('Active maintainers per organisation, as recorded in their files: Maintainer Org: 1');
    expect(roster).not.toContain('Committee Org: 1');
    const charter = text(site.read('governance/index.html'));
    expect(charter).toContain('Votes needed today: Amend the charter: 3 of 4 Governance Committee members');
  });
});

describe('a committee kept as a group, its members maintainers or not, deciding by simple majority with a quorum', () => {
  const p = project('group-committee');
  const site = built('group-committee');

  it('passes the check, with votes by TSC members who have no maintainer file, and counts today’s five members', () => {
    expect(validateAllContent(p.root, TODAY).map(formatProblem)).toEqual([]);
    expect(p.governance.groups.map((g) => g.id)).toEqual(['tsc']);
    expect(today(p, 'tsc-motion')).toBe('more than half of the votes cast, with at least 3 of 5 Technical Steering Committee members taking part');
  });

  it('carries one motion, fails a tie by one vote, and fails one on its quorum after a member has left', () => {
    expect(outcomes(p)).toEqual({ '2025-02-adopt-lts': 'approved', '2025-03-new-logo': 'rejected', '2025-05-move-calls': 'rejected' });
    expect(p.decisions.get('2025-02-adopt-lts')!.count).toMatchObject({
      voters: ['ana', 'ben', 'oli', 'pia', 'ray'],
      tally: { for: 3, against: 1, abstain: 1 },
    });
    expect(p.decisions.get('2025-03-new-logo')!.count).toMatchObject({ votesNeeded: 3, tally: { for: 2, against: 2 }, moreNeeded: 1, quorumMet: true });
    // ray left on 2025-03-31 and sol joined on 2025-04-01: still five, of whom three must take part.
    expect(p.decisions.get('2025-05-move-calls')!.count).toMatchObject({
      voters: ['ana', 'ben', 'oli', 'pia', 'sol'],
      quorumMet: false,
      threshold: { quorumNeeded: 3 },
    });
  });

  it('refuses the vote of the member who had left, naming the group’s file', () => {
    const root = mkdtempSync(join(tmpdir(), 'governance-group-left-'));
    temps.push(root);
    cpSync(p.root, root, { recursive: true });
    const file = join(root, 'content/decisions/2025-05-move-calls.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  sol: for\n', '  sol: for\n  ray: for\n'));
    expect(validateAllContent(root, TODAY).map(formatProblem)).toEqual([
      'content/decisions/2025-05-move-calls.md:10: votes.ray: ray left the group Technical Steering Committee after 2025-03-31 (until in content/groups/tsc.yaml), so was not a member on 2025-05-08, when the vote closed; remove this vote, or correct until there',
    ]);
  });

  it('shows the figures with the group’s name on the roster page, the charter, the group’s page and the decisions', () => {
    const roster = text(site.read('maintainers/index.html'));
    expect(roster).toContain(
      'A TSC motion: more than half of the votes cast, with at least 3 of 5 Technical Steering Committee members taking part Voted by the leads and members of the group Technical Steering Committee whose place has no end date, on this roster or not.',
    );
    expect(site.read('maintainers/index.html')).toContain('href="/groups/tsc/"');
    expect(roster).toContain('Skiff has 3 active maintainers');
    const charter = text(site.read('governance/index.html'));
    expect(charter).toContain(
      'Votes needed today: A TSC motion: more than half of the votes cast, with at least 3 of 5 Technical Steering Committee members taking part',
    );
    const group = text(site.read('groups/tsc/index.html'));
    expect(group).toContain(
      "Votes Its leads and members vote on these rules of the charter; today's figures count those whose place has no end date: A TSC motion : more than half of the votes cast, with at least 3 of 5 Technical Steering Committee members taking part",
    );
    expect(text(site.read('decisions/2025-05-move-calls/index.html'))).toContain('The quorum was not met: 3 needed to take part.');
  });
});
