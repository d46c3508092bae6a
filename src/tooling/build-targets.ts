import { BUDGET, type PageWeight } from './page-weight.ts';

/**
 * Issue 14's four targets, computed from one run of `npm run bench` (scripts/bench/report.ts
 * prints them as a table). Ratios of figures measured in the same run, never a timed test:
 *
 *   1. the enlarged copy builds in at most 1.2 × the bare Astro floor, its peak memory no higher;
 *   2. the governance record's pages (decisions, charter versions, meeting occurrences) cost,
 *      each, at most half of one doc of the floor: (with - without) / pages ≤ 0.5 × floor s / floor pages;
 *   3. every page's first visit keeps the budget (18 KB gzip in all, 3 KB gzip of JS), at the bench's sizes;
 *   4. `npm run check` warm takes at most 1.5 × `npm run build` warm, on the real site.
 */

export const TARGETS = {
  /** Enlarged copy's build time / the floor's. */
  enlargedOverFloor: 1.2,
  /** A record page's cost, as a share of one floor page's. */
  recordPageShareOfFloorPage: 0.5,
  /** Warm `npm run check` / warm `npm run build`. */
  checkOverBuild: 1.5,
} as const;

/** A build measured by the bench: median seconds, peak resident memory and pages built. */
export interface MeasuredBuild {
  seconds: number;
  peakBytes: number;
  pages: number;
}

/**
 * One kind of record page measured at its issue's benchmark size: the same copy built with
 * and without those pages (e.g. "decisions, 200"), the median seconds of each, and how many pages they add.
 */
export interface RecordPagesScenario {
  label: string;
  withSeconds: number;
  withoutSeconds: number;
  pages: number;
}

export interface TargetFigures {
  enlarged: MeasuredBuild;
  floor: MeasuredBuild;
  /** From the branches that add record pages; the integrator lists them. Empty: the target shows as not measured. */
  recordPages: readonly RecordPagesScenario[];
  /** Every page weighed, the grown pages (1,000-person roster, enlarged meetings) included. */
  weights: readonly { route: string; weight: PageWeight }[];
  /** Warm timings on the real site; undefined when not measured. */
  warm?: { checkSeconds: number; buildSeconds: number } | undefined;
}

export interface TargetRow {
  target: string;
  measured: string;
  /** undefined: not measured in this run. */
  met: boolean | undefined;
}

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The rows of the targets table, in the issue's order (the record pages: one row per scenario). */
export function buildTargets(f: TargetFigures): TargetRow[] {
  const rows: TargetRow[] = [];

  const ratio = f.enlarged.seconds / f.floor.seconds;
  rows.push({
    target: `Enlarged copy's build ≤ ${TARGETS.enlargedOverFloor} × the bare floor's`,
    measured: `${s(f.enlarged.seconds)} / ${s(f.floor.seconds)} = ${ratio.toFixed(2)} ×`,
    met: ratio <= TARGETS.enlargedOverFloor,
  });
  rows.push({
    target: "Enlarged copy's peak memory ≤ the floor's",
    measured: `${mb(f.enlarged.peakBytes)} against ${mb(f.floor.peakBytes)}`,
    met: f.enlarged.peakBytes <= f.floor.peakBytes,
  });

  const floorPage = f.floor.seconds / f.floor.pages;
  const allowed = TARGETS.recordPageShareOfFloorPage * floorPage;
  const ms = (seconds: number) => `${(seconds * 1000).toFixed(1)} ms`;
  if (f.recordPages.length === 0) {
    rows.push({
      target: `A record page costs ≤ ${TARGETS.recordPageShareOfFloorPage} × a floor page (${ms(allowed)})`,
      measured: 'not measured in this run',
      met: undefined,
    });
  }
  for (const r of f.recordPages) {
    const perPage = (r.withSeconds - r.withoutSeconds) / r.pages;
    rows.push({
      target: `${r.label}: a page costs ≤ ${TARGETS.recordPageShareOfFloorPage} × a floor page (${ms(floorPage)})`,
      measured: `(${s(r.withSeconds)} - ${s(r.withoutSeconds)}) / ${r.pages} = ${ms(perPage)}, ${(perPage / floorPage).toFixed(2)} × a floor page`,
      met: perPage <= allowed,
    });
  }

  const heaviest = [...f.weights].sort((a, b) => b.weight.total.gzip - a.weight.total.gzip)[0];
  const mostJs = [...f.weights].sort((a, b) => b.weight.byKind.js.gzip - a.weight.byKind.js.gzip)[0];
  const over = f.weights.filter((w) => w.weight.total.gzip > BUDGET.totalGzip || w.weight.byKind.js.gzip > BUDGET.jsGzip);
  rows.push({
    target: `Every page's first visit ≤ ${kb(BUDGET.totalGzip)} gzip, ≤ ${kb(BUDGET.jsGzip)} gzip of JS`,
    measured:
      heaviest && mostJs
        ? `heaviest ${heaviest.route} ${kb(heaviest.weight.total.gzip)}; most JS ${mostJs.route} ${kb(mostJs.weight.byKind.js.gzip)}${over.length > 0 ? `; over: ${over.map((w) => w.route).join(', ')}` : ''}`
        : 'not measured in this run',
    met: heaviest ? over.length === 0 : undefined,
  });

  const warm = f.warm;
  rows.push({
    target: `\`npm run check\` warm ≤ ${TARGETS.checkOverBuild} × \`npm run build\` warm (real site)`,
    measured: warm ? `${s(warm.checkSeconds)} / ${s(warm.buildSeconds)} = ${(warm.checkSeconds / warm.buildSeconds).toFixed(2)} ×` : 'not measured in this run',
    met: warm ? warm.checkSeconds / warm.buildSeconds <= TARGETS.checkOverBuild : undefined,
  });
  return rows;
}

/** The rows as a Markdown table. */
export function targetsTable(rows: readonly TargetRow[]): string {
  const met = (m: boolean | undefined) => (m === undefined ? 'not measured' : m ? 'met' : '**NOT met**');
  return ['| Target | Measured | Met |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.target} | ${r.measured} | ${met(r.met)} |`)].join('\n');
}
