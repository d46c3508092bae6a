/**
 * The site's speed and size, measured, written to BENCHMARKS.md. Budgets are
 * reported against here, never asserted in a timed test.
 *
 *   npm run bench              everything (3 cold builds each), rewrites BENCHMARKS.md
 *   npm run bench -- --quick   1 build each, no Lighthouse; prints, writes nothing
 *
 * 1. Cold build (content check, Astro, link check, Pagefind): median of N runs and
 *    peak memory, of a copy of the site, of a copy whose roster is 1,000 synthetic
 *    maintainers (scripts/generate-roster-fixture.ts), and of a copy enlarged with
 *    1,000 extra docs, 1,000 maintainers and 50 meeting series (those two only where
 *    the collection exists). Each copy has its own node_modules/.astro and
 *    node_modules/.vite caches, cleared with .astro/ and dist/ before every run.
 * 2. What a first visit of every page fetches in chromium: requests and bytes of
 *    HTML, CSS, JS (raw, and gzip by zlib's default level); and of the pages that
 *    grow with a collection: the roster of the 1,000-person copy, the meetings page
 *    of the enlarged copy.
 * 3. Lighthouse (CLI) for home, charter, roster, meetings.
 * 4. The record pages of issues 11-13 and 25 (decisions, charter versions, meeting records,
 *    groups: scripts/bench/groups.ts, which also runs alone), each against the same copy without them.
 *
 * Pages and Lighthouse run in the browser of test-support/browser-choice.ts, with its flags.
 *
 * One file per measure: builds.ts (cold builds and their memory), enlarged-copy.ts,
 * page-weights.ts, lighthouse.ts; report.ts writes BENCHMARKS.md. The project copies,
 * the static server and the browser come from test-support/, as the tests use them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { overBudget } from '../../src/tooling/page-weight.ts';
import { projectRoot, type ProjectCopy } from '../../test-support/project.ts';
import { syntheticRoster } from '../generate-roster-fixture.ts';
import { browser } from './browser.ts';
import { BARE_BUILD, BENCH_NOW, benchCopy, measureBuilds } from './builds.ts';
import { addDocs, addEntries, makeBare } from './enlarged-copy.ts';
import { DECISIONS, measureDecisions } from './decisions.ts';
import { HISTORY_COMMITS, historySection, measureHistory } from './history.ts';
import { lighthouse } from './lighthouse.ts';
import { meetingRecordsScenario } from './meeting-records.ts';
import { groupsRecordPages, groupsScenario } from './groups.ts';
import { kb, log, mb } from './log.ts';
import { pageWeights } from './page-weights.ts';
import { machine, report } from './report.ts';
import { warmBuildAndCheck } from './warm.ts';
import { EXTRA, ROSTER_SIZE } from './sizes.ts';

// Every build below (and its children) reads the build day from here.
process.env.BUILD_NOW ??= BENCH_NOW;
const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;

console.log(browser.line);

const NOTES_MARKER = '<!-- Notes: written by hand, kept by npm run bench -->';

const copies: ProjectCopy[] = [];
const loadAtStart = loadavg();
try {
  log(`cold builds, ${RUNS} run(s) each`);
  const siteCopy = benchCopy();
  copies.push(siteCopy);
  const site = await measureBuilds('this site', siteCopy, RUNS);
  const warm = warmBuildAndCheck(siteCopy, RUNS);

  const rosterCopy = benchCopy();
  copies.push(rosterCopy);
  syntheticRoster(rosterCopy.path('content/maintainers'), ROSTER_SIZE);
  const roster = await measureBuilds(`this site with a ${ROSTER_SIZE.toLocaleString('en')}-person roster`, rosterCopy, RUNS);

  const decisions = await measureDecisions(RUNS, ROSTER_SIZE, copies);

  const largeCopy = benchCopy();
  copies.push(largeCopy);
  const generated = {
    docs: addDocs(largeCopy, EXTRA.docs),
    maintainers: addEntries(largeCopy, 'maintainers', EXTRA.maintainers).note,
    meetings: addEntries(largeCopy, 'meetings', EXTRA.meetings).note,
  };
  for (const [what, note] of Object.entries(generated)) log(`enlarged copy, ${what}: ${note}`);
  const large = await measureBuilds('enlarged copy', largeCopy, RUNS);

  const bareCopy = benchCopy();
  copies.push(bareCopy);
  addDocs(bareCopy, EXTRA.docs);
  makeBare(bareCopy);
  const bare = await measureBuilds('bare Astro + MDX, same docs', bareCopy, RUNS, BARE_BUILD);

  const history = await measureHistory(RUNS, copies);
  const records = await meetingRecordsScenario(copies, RUNS);
  const groups = await groupsScenario(copies, RUNS);

  log('first-visit weight of every page');
  const weights = await pageWeights(siteCopy.path('dist'));
  const grown = (label: string) => (w: Awaited<ReturnType<typeof pageWeights>>[number]) => ({ ...w, route: `${w.route} (${label})` });
  const largeWeights = [
    ...(await pageWeights(rosterCopy.path('dist'), ['maintainers/'])).map(grown(`${ROSTER_SIZE.toLocaleString('en')}-person roster`)),
    ...(await pageWeights(largeCopy.path('dist'), ['meetings/'])).map(grown('enlarged copy')),
    ...decisions.weights,
    ...groups.weights,
  ];
  for (const w of [...weights, ...largeWeights])
    log(
      `${w.route}: ${w.weight.requests} requests, ${kb(w.weight.total.gzip)} KB gzip (JS ${kb(w.weight.byKind.js.gzip)} KB) ${overBudget(w.weight).join('; ')}`,
    );

  if (quick) {
    log(
      `done (quick: nothing written). Build median ${site.medianSeconds.toFixed(1)} s; ${ROSTER_SIZE}-person roster ${roster.medianSeconds.toFixed(1)} s; enlarged ${large.medianSeconds.toFixed(1)} s, ${mb(large.peakBytes)} MB`,
    );
  } else {
    log('lighthouse');
    const scores = await lighthouse(siteCopy.path('dist'));
    // The record pages of issues 11-13, each against the same copy without them (issue 14's second target).
    const recordPages = [
      { label: `decisions, ${DECISIONS}`, with: decisions.build, without: roster },
      { label: `charter versions, ${HISTORY_COMMITS} commits`, with: history.withHistory, without: history.without },
      { label: `meeting pages, ${records.records} records`, with: records.withRecords, without: records.without },
    ]
      .map((x) => ({ label: x.label, withSeconds: x.with.medianSeconds, withoutSeconds: x.without.medianSeconds, pages: x.with.pages - x.without.pages }))
      .concat(groupsRecordPages(groups));
    const text = report({
      date: new Date().toISOString().slice(0, 10),
      machine: machine(),
      load: loadAtStart,
      site,
      roster,
      decisions: decisions.build,
      large,
      bare,
      generated,
      weights,
      largeWeights,
      lighthouse: scores,
      history: historySection(history),
      records,
      warm,
      recordPages,
    });
    // Hand-written notes below the marker survive a re-run.
    const previous = existsSync(join(projectRoot, 'BENCHMARKS.md')) ? readFileSync(join(projectRoot, 'BENCHMARKS.md'), 'utf8') : '';
    const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
    writeFileSync(join(projectRoot, 'BENCHMARKS.md'), `${text}\n${notes}`);
    log('BENCHMARKS.md written');
  }
} finally {
  for (const copy of copies) copy.dispose();
}
