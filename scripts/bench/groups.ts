/**
 * Groups at scale (issue 25): a copy with 60 groups, each with its own monthly series (the
 * 2nd weekday of the month, or the 1st and 3rd, in one of four zones) and a year of records
 * listing who attended, built against the same copy with the series alone, so the difference
 * is the group pages, the meeting pages of the records and the roster's record of activity. Each page's cost is held to half a floor
 * doc (src/tooling/build-targets.ts); the first visits of the list of groups, a group, its
 * series, a meeting and the roster to the page budget. Synthetic, in the copies only.
 *
 *   node scripts/bench/groups.ts [--runs N]   this part alone, with its own floor; prints, writes nothing
 */
import { readdirSync } from 'node:fs';
import { buildTargets } from '../../src/tooling/build-targets.ts';
import { overBudget } from '../../src/tooling/page-weight.ts';
import type { ProjectCopy } from '../../test-support/project.ts';
import { BARE_BUILD, BENCH_NOW, benchCopy, measureBuilds, type BuildFigures } from './builds.ts';
import { addDocs, makeBare } from './enlarged-copy.ts';
import { addRecords } from './meeting-records.ts';
import { kb, log } from './log.ts';
import { pageWeights, type PageWeights } from './page-weights.ts';
import { EXTRA } from './sizes.ts';

export const GROUPS = 60;

const ZONES = ['America/Los_Angeles', 'Europe/Berlin', 'UTC', 'Asia/Tokyo'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

export interface GroupsFigures {
  withGroups: BuildFigures;
  without: BuildFigures;
  records: number;
  weights: PageWeights;
}

const id = (i: number) => `group-${String(i).padStart(2, '0')}`;

/** The day of January 2026 that is the `nth` (1-based) `weekday` (0 Sunday) of the month. */
function nthWeekdayOfJanuary2026(weekday: number, nth: number): string {
  const first = new Date(Date.UTC(2026, 0, 1)).getUTCDay();
  return `2026-01-${String(1 + ((weekday - first + 7) % 7) + 7 * (nth - 1)).padStart(2, '0')}`;
}

/** GROUPS series, content/meetings/group-NN-call.yaml, monthly by position (the 2nd weekday, or the 1st and 3rd) from January 2026. */
export function addGroupSeries(copy: ProjectCopy): void {
  for (let i = 1; i <= GROUPS; i++) {
    const weekday = (i - 1) % WEEKDAYS.length;
    const twice = i % 2 === 0;
    const first = nthWeekdayOfJanuary2026(weekday + 1, twice ? 1 : 2);
    copy.write(
      `content/meetings/${id(i)}-call.yaml`,
      `title: Group ${i} Call\ndescription: The call of group ${i}. Anyone may join.\nrule:\n  weekday: ${WEEKDAYS[weekday]}\n  start: "${String(8 + (i % 9)).padStart(2, '0')}:30"\n  durationMinutes: 60\n  monthly: ${twice ? '[1st, 3rd]' : '[2nd]'}\n  timeZone: ${ZONES[i % ZONES.length]}\nfirstOccurrence: ${first}\njoin:\n  platform: Zoom\n  url: https://zoom.example.org/j/bench${i}\n`,
    );
  }
}

/**
 * GROUPS groups, each with two leads (one changed a year ago) and ten members drawn from the
 * roster and from people off it, overlapping between neighbours, its series and two channels;
 * every record of its series lists six of them as attending.
 */
export function addGroups(copy: ProjectCopy): void {
  const roster = readdirSync(copy.path('content/maintainers')).map((f) => f.replace(/\.ya?ml$/, ''));
  const person = (n: number) => (n % 3 === 0 ? roster[n % roster.length]! : `bench-person-${n % 150}`);
  for (let i = 1; i <= GROUPS; i++) {
    const members = Array.from({ length: 10 }, (_, k) => person(i * 7 + k));
    const unique = [...new Set(members)];
    copy.write(
      `content/groups/${id(i)}.yaml`,
      [
        `name: Group ${i} Working Group`,
        `description: Works on part ${i} of the specification.`,
        `charter: governance.mdx`,
        'leads:',
        `  - handle: ${person(i)}\n    role: Chair\n    since: 2024-01-15\n    until: 2025-12-31`,
        `  - handle: ${person(i + 1)}\n    role: Chair\n    since: 2026-01-01`,
        'members:',
        ...unique.map((h, k) => `  - handle: ${h}\n    since: 2025-0${1 + (k % 9)}-01`),
        'meetings:',
        `  - ${id(i)}-call`,
        'channels:',
        `  - name: Mailing list\n    url: https://lists.example.org/g/${id(i)}`,
        `  - name: "#${id(i)} on Slack"\n    url: https://slack.example.org/archives/${id(i)}`,
        '',
      ].join('\n'),
    );
  }
  copy.write('content/governance.yaml', `${copy.read('content/governance.yaml')}inactivityMonths: 12\n`);
  // Attendance in every record of a group's series: six of its people.
  for (const series of readdirSync(copy.path('content/meetings')).filter((f) => /^group-\d+-call$/.test(f))) {
    const i = Number(/\d+/.exec(series)![0]);
    const attended = Array.from({ length: 6 }, (_, k) => person(i * 7 + k)).filter((h, k, all) => all.indexOf(h) === k);
    for (const record of readdirSync(copy.path(`content/meetings/${series}`))) {
      const file = `content/meetings/${series}/${record}`;
      copy.write(file, copy.read(file).replace(/^---\n/, `---\nattended:\n${attended.map((h) => `  - ${h}`).join('\n')}\n`));
    }
  }
}

/** Two copies with GROUPS more series; one of them with the groups and a year of records with attendance. */
export async function groupsScenario(copies: ProjectCopy[], runs: number): Promise<GroupsFigures> {
  const without = benchCopy();
  const withGroups = benchCopy();
  copies.push(without, withGroups);
  addGroupSeries(without);
  addGroupSeries(withGroups);
  const { records, first } = addRecords(withGroups);
  addGroups(withGroups);
  log(`groups: ${GROUPS} groups and series; ${records} records with attendance`);
  const withoutFigures = await measureBuilds(`${GROUPS} more series, no groups`, without, runs);
  const withFigures = await measureBuilds(`${GROUPS} groups, their series and a year of records`, withGroups, runs);
  const group = first.series.replace(/-call$/, '');
  const routes = ['groups/', `groups/${group}/`, `meetings/${first.series}/`, `meetings/${first.series}/${first.date}/`, 'maintainers/'];
  const weights = (await pageWeights(withGroups.path('dist'), routes)).map((w) => ({ ...w, route: `${w.route} (${GROUPS} groups)` }));
  for (const w of weights) log(`${w.route}: ${w.weight.requests} requests, ${kb(w.weight.total.gzip)} KB gzip ${overBudget(w.weight).join('; ')}`);
  return { withGroups: withFigures, without: withoutFigures, records, weights };
}

/** The scenario as a row of the build targets: its pages against the floor's. */
export function groupsRecordPages(r: GroupsFigures) {
  return {
    label: `${GROUPS} groups and ${r.records} meeting records`,
    withSeconds: r.withGroups.medianSeconds,
    withoutSeconds: r.without.medianSeconds,
    pages: r.withGroups.pages - r.without.pages,
  };
}

// Run alone: this scenario and the floor it is compared with, printed.
if (import.meta.main) {
  process.env.BUILD_NOW ??= BENCH_NOW;
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;
  const copies: ProjectCopy[] = [];
  try {
    const figures = await groupsScenario(copies, runs);
    const bareCopy = benchCopy();
    copies.push(bareCopy);
    addDocs(bareCopy, EXTRA.docs);
    makeBare(bareCopy);
    const bare = await measureBuilds('bare Astro + MDX, the floor', bareCopy, runs, BARE_BUILD);
    const targets = buildTargets({
      enlarged: { seconds: bare.medianSeconds, peakBytes: bare.peakBytes, pages: bare.pages },
      floor: { seconds: bare.medianSeconds, peakBytes: bare.peakBytes, pages: bare.pages },
      recordPages: [groupsRecordPages(figures)],
      weights: figures.weights,
    });
    for (const row of targets.slice(2)) log(`${row.met === undefined ? '-' : row.met ? 'MET' : 'MISSED'}: ${row.target}: ${row.measured}`);
  } finally {
    for (const copy of copies) copy.dispose();
  }
}
