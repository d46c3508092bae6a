/**
 * The charter history's cost: the build of a copy whose git history holds 200 amendments of
 * the charter, against the same copy without history (no .git: the history pages say so).
 */
import { writeFileSync } from 'node:fs';
import { GitFixture } from '../../test-support/git-fixture.ts';
import type { ProjectCopy } from '../../test-support/project.ts';
import { benchCopy, measureBuilds, type BuildFigures } from './builds.ts';
import { log } from './log.ts';

export const HISTORY_COMMITS = 200;
const CHARTER = 'content/docs/governance.mdx';

export interface HistoryFigures {
  withHistory: BuildFigures;
  without: BuildFigures;
}

/** Commits the copy as it is, then `n` amendments of the charter, a day apart, each changing its words. */
function addCharterHistory(copy: ProjectCopy, n: number): void {
  const repo = new GitFixture(copy.dir).init();
  writeFileSync(copy.path('.git/info/exclude'), 'node_modules\n');
  const start = Date.parse('2020-01-01T12:00:00Z');
  const day = (i: number) => new Date(start + i * 86_400_000).toISOString();
  repo.commit('The governance site', day(0));
  const charter = copy.read(CHARTER);
  for (let i = 1; i <= n; i++) {
    copy.write(CHARTER, `${charter}\nAmendment ${i} of the bench adds this sentence, and the ${i % 7} rules before it stand.\n`);
    repo.commit(`Bench amendment ${i} (#${i})`, day(i));
  }
}

export async function measureHistory(runs: number, copies: ProjectCopy[]): Promise<HistoryFigures> {
  const withGit = benchCopy();
  const withoutGit = benchCopy();
  copies.push(withGit, withoutGit);
  log(`charter history: ${HISTORY_COMMITS} commits`);
  addCharterHistory(withGit, HISTORY_COMMITS);
  // The same files, without the history.
  withoutGit.write(CHARTER, withGit.read(CHARTER));
  const withHistory = await measureBuilds(`${HISTORY_COMMITS} charter commits`, withGit, runs);
  const without = await measureBuilds('same copy without history', withoutGit, runs);
  return { withHistory, without };
}

/** BENCHMARKS.md's section on the history. */
export function historySection(r: HistoryFigures): string {
  const row = (label: string, f: BuildFigures) =>
    `| ${label} | ${f.pages} | ${f.runs.map((x) => x.seconds.toFixed(1)).join(' / ')} | **${f.medianSeconds.toFixed(1)} s** |`;
  return `## Charter history

A copy of the site whose git history holds ${HISTORY_COMMITS} amendments of the charter (each its own
commit, a page of its word diff and a page of its full text), against the same files without
git history (the history page then says it is not part of the build). The history is read
with four git calls in all (scripts/bench/history.ts).

| Copy | Pages | Runs (s) | Median |
| --- | ---: | --- | ---: |
${row(`${HISTORY_COMMITS} charter commits`, r.withHistory)}
${row('same copy without history', r.without)}

The history costs ${(r.withHistory.medianSeconds - r.without.medianSeconds).toFixed(1)} s for ${r.withHistory.pages - r.without.pages} more pages.
`;
}
