/**
 * The decisions scenario of the benchmark (issue 11): a copy with the 1,000-person synthetic
 * roster and 500 synthetic decisions, built against the same roster without decisions
 * (the roster copy of index.ts), and the first visit of /decisions/.
 *
 * The decisions are made up and look it (subjects "Synthetic motion N", issues of the
 * site's own repository) and every one passes the check: all close in 2026, after every
 * synthetic join and emeritus day and before the bench's build day (BENCH_NOW), so 900 maintainers are active and 600 votes carry a 2/3
 * vote. Every 25th is a charter change approved by a vote of every active maintainer (20 files
 * of 900 votes: a YAML map that large takes the parser a few hundred milliseconds); the
 * others, charter changes, new maintainers and removals in turn, got 30
 * votes and were rejected; the last ten are still open.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectCopy } from '../../test-support/project.ts';
import { syntheticMaintainerFile } from '../generate-roster-fixture.ts';
import { benchCopy, measureBuilds, type BuildFigures } from './builds.ts';
import { pageWeights } from './page-weights.ts';
import { syntheticRoster } from '../generate-roster-fixture.ts';

export const DECISIONS = 500;
const OPEN = 10;

/** The handles of the synthetic roster's active maintainers (every tenth is emeritus). */
function activeHandles(rosterSize: number): string[] {
  const handles: string[] = [];
  for (let i = 1; i <= rosterSize; i++) if (i % 10 !== 0) handles.push(syntheticMaintainerFile(i).name.replace(/\.yaml$/, ''));
  return handles;
}

/** The text of synthetic decision `i` (1-based) against the active maintainers. */
export function syntheticDecisionFile(i: number, active: readonly string[], repository: string): { name: string; text: string } {
  const n = String(i).padStart(4, '0');
  const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  const open = i > DECISIONS - OPEN;
  const approved = !open && i % 25 === 0;
  // The rules of the fixture site's content/governance.yaml, in turn (a charter change twice).
  const rule = approved ? 'change-charter' : ['change-charter', 'change-charter', 'approve-new-maintainer', 'remove-maintainer'][i % 4]!;
  const subject = rule === 'approve-new-maintainer' ? `candidate-${n}` : rule === 'remove-maintainer' ? active[i % active.length]! : `Synthetic motion ${n}`;
  const voters = active.filter((h) => h !== subject);
  // Approved: everyone votes, 7 in 9 for (2/3 is 600 of 900). The others fall short.
  const forCount = approved ? Math.ceil((voters.length * 7) / 9) : 20;
  const castCount = approved ? voters.length : 30;
  const votes = voters.slice(0, castCount).map((h, k) => `  ${h}: ${k < forCount ? 'for' : k % 2 ? 'against' : 'abstain'}`);
  const lines = [
    '---',
    `rule: ${rule}`,
    `subject: ${subject}`,
    `opened: ${day}`,
    ...(open ? [] : [`closed: ${day}`]),
    `heldAt: ${repository}/issues/${i}`,
    'votes:',
    ...votes,
    ...(open ? [] : [`outcome: ${approved ? 'approved' : 'rejected'}`]),
    '---',
    '',
    `Synthetic motion ${n}, for the benchmark.`,
    '',
  ];
  return { name: `synthetic-${n}.md`, text: lines.join('\n') };
}

/** Writes `n` synthetic decisions into the copy's content/decisions/, against its roster of `rosterSize`. */
export function addSyntheticDecisions(copy: ProjectCopy, n: number, rosterSize: number): void {
  const dir = copy.path('content/decisions');
  mkdirSync(dir, { recursive: true });
  const active = activeHandles(rosterSize);
  const repository = /^repository:\s*(\S+)/m.exec(copy.read('content/site.yaml'))![1]!;
  for (let i = 1; i <= n; i++) {
    const file = syntheticDecisionFile(i, active, repository);
    writeFileSync(join(dir, file.name), file.text);
  }
}

/** The build of the roster copy with 500 decisions added, and the first visit of its /decisions/. */
export async function measureDecisions(
  runs: number,
  rosterSize: number,
  copies: ProjectCopy[],
): Promise<{ build: BuildFigures; weights: Awaited<ReturnType<typeof pageWeights>> }> {
  const copy = benchCopy();
  copies.push(copy);
  syntheticRoster(copy.path('content/maintainers'), rosterSize);
  addSyntheticDecisions(copy, DECISIONS, rosterSize);
  const build = await measureBuilds(`the ${rosterSize.toLocaleString('en')}-person roster with ${DECISIONS} decisions`, copy, runs);
  const weights = (await pageWeights(copy.path('dist'), ['decisions/'])).map((w) => ({ ...w, route: `${w.route} (${DECISIONS} decisions)` }));
  return { build, weights };
}
