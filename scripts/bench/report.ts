import { cpus, loadavg, totalmem } from 'node:os';
import { BUDGET, median, overBudget } from '../../src/tooling/page-weight.ts';
import { buildTargets, targetsTable, type RecordPagesScenario } from '../../src/tooling/build-targets.ts';
import type { BuildFigures } from './builds.ts';
import { browser } from './browser.ts';
import { CATEGORIES, lighthouseVersion, type LighthouseFigures } from './lighthouse.ts';
import { kb, mb } from './log.ts';
import type { pageWeights } from './page-weights.ts';
import { EXTRA, ROSTER_SIZE, STARLIGHT } from './sizes.ts';
import { DECISIONS } from './decisions.ts';
import { meetingRecordsSection, type MeetingRecordsFigures } from './meeting-records.ts';

/** BENCHMARKS.md above the hand-written notes: every figure against its budget. */
export function report(r: {
  date: string;
  machine: string;
  load: number[];
  site: BuildFigures;
  roster: BuildFigures;
  decisions: BuildFigures;
  large: BuildFigures;
  bare: BuildFigures;
  generated: { docs: string; maintainers: string; meetings: string };
  weights: Awaited<ReturnType<typeof pageWeights>>;
  largeWeights: Awaited<ReturnType<typeof pageWeights>>;
  lighthouse: LighthouseFigures[];
  /** Warm `npm run build` and `npm run check` on the site's copy (scripts/bench/warm.ts). */
  warm?: { buildSeconds: number; checkSeconds: number };
  /** The record pages' scenarios (with and without them), from the branches that add them. */
  recordPages: readonly RecordPagesScenario[];
  /** Sections measured in files of their own (scripts/bench/history.ts), in order. */
  history?: string;
  records?: MeetingRecordsFigures;
}): string {
  const phase = (f: BuildFigures, key: 'astroSeconds' | 'searchSeconds') => {
    const values = f.runs.map((x) => x[key]).filter((v): v is number => v !== undefined);
    if (values.length === 0) return 'n/a';
    const m = median(values);
    return `${m.toFixed(m < 1 ? 2 : 1)} s`;
  };
  const build = (label: string, f: BuildFigures) =>
    `| ${label} | ${f.pages} | ${f.runs.map((x) => x.seconds.toFixed(1)).join(' / ')} | **${f.medianSeconds.toFixed(1)} s** | ${phase(f, 'astroSeconds')} | ${phase(f, 'searchSeconds')} | **${mb(f.peakBytes)} MB** |`;
  const over = r.weights.filter((w) => overBudget(w.weight).length > 0);
  const cell = (b: { raw: number; gzip: number }) => `${kb(b.raw)} / ${kb(b.gzip)}`;
  const weightRow = (w: Awaited<ReturnType<typeof pageWeights>>[number]) =>
    `| ${w.route} | ${w.weight.requests} | ${cell(w.weight.byKind.html)} | ${cell(w.weight.byKind.css)} | ${cell(w.weight.byKind.js)} | ${cell(w.weight.byKind.other)} | **${kb(w.weight.total.gzip)}** | ${
      overBudget(w.weight).length === 0 ? 'kept' : `OVER: ${overBudget(w.weight).join('; ')}`
    } |`;
  const lhMisses = r.lighthouse.flatMap((l) => l.misses.map((m) => `- ${l.page}: ${m}`));
  const notHundred = r.lighthouse.filter((l) => Object.values(l.scores).some((s) => s < 100));
  return `# Benchmarks

Measured by \`npm run bench\` (scripts/bench/index.ts), which rewrites this file. Budgets are
reported against here, never asserted in a timed test.

Measured ${r.date} on ${r.machine}. The machine is shared: load average at the start
${r.load.map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min), ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} at the end; times
vary with it, so compare rows measured in the same session.

## Targets (issue 14), from this run

${targetsTable(buildTargets({ enlarged: { seconds: r.large.medianSeconds, peakBytes: r.large.peakBytes, pages: r.large.pages }, floor: { seconds: r.bare.medianSeconds, peakBytes: r.bare.peakBytes, pages: r.bare.pages }, recordPages: r.recordPages, weights: [...r.weights, ...r.largeWeights, ...(r.records?.weights ?? [])], warm: r.warm }))}

The floor is the bare Astro + MDX build below; a record page's cost is (build with those pages - build
without) / their number, against the floor's seconds per page. Warm: caches kept, median of ${r.site.runs.length} runs each.

## Cold build

\`node scripts/build.ts\` in a temporary copy of the project: content validation, Astro
build, link check, Pagefind index, swap into dist/. Before each run .astro/, dist/ and the
copy's own node_modules/.astro and node_modules/.vite caches are deleted. Peak memory is
the resident memory of the build and all its child processes together (Node and the
Pagefind binary), sampled from /proc every 50 ms; the largest sample of the ${r.site.runs.length} runs.
The copies have no git history, so they skip the one \`git log\` call for "Last updated".

| Site | Pages | Runs (s) | Median | of which Astro + link check | of which Pagefind | Peak memory |
| --- | ---: | --- | ---: | ---: | ---: | ---: |
${build('this site', r.site)}
${build(`this site with a ${ROSTER_SIZE.toLocaleString('en')}-person roster`, r.roster)}
${build(`the same roster with ${DECISIONS} decisions (${(r.decisions.medianSeconds - r.roster.medianSeconds).toFixed(1)} s more)`, r.decisions)}
${build('enlarged copy', r.large)}
${build('bare Astro + MDX, same docs as the enlarged copy', r.bare)}

The bare baseline is \`astro build\` of the enlarged copy's docs with a one-line page
(\`<Content />\` in \`<body>\`), \`@astrojs/mdx\` and nothing else: no layout, navigation,
markdown plugins, link check or search.

The ${ROSTER_SIZE.toLocaleString('en')}-person roster replaces content/maintainers/ with ${ROSTER_SIZE.toLocaleString('en')} synthetic maintainer files
(\`syntheticRoster\` of scripts/generate-roster-fixture.ts: every tenth emeritus, every third
with an affiliation), in the copy only.

The copy with ${DECISIONS} decisions is the ${ROSTER_SIZE.toLocaleString('en')}-person roster copy with ${DECISIONS} synthetic decisions in content/decisions/
(scripts/bench/decisions.ts), every one checked against the roster of its day; its /decisions/ is weighed below.

The enlarged copy adds:
- docs: ${r.generated.docs}
- maintainers: ${r.generated.maintainers}
- meetings: ${r.generated.meetings}

Against Astro Starlight on 1,000 copies of the charter (37 s and 1.6 GB on this machine; a
bare Astro MDX build took 14 s): the enlarged copy took **${r.large.medianSeconds.toFixed(1)} s** (${(r.large.medianSeconds / STARLIGHT.seconds).toFixed(2)}× Starlight's time,
${r.large.medianSeconds < STARLIGHT.seconds ? 'under it' : 'OVER it'}) and **${mb(r.large.peakBytes)} MB** (${(r.large.peakBytes / STARLIGHT.bytes).toFixed(2)}× its memory, ${
    r.large.peakBytes < STARLIGHT.bytes ? 'under it' : 'OVER it'
  }). The budget is *well* under both; see the notes at the end for where the time and memory go.
${r.history ? `\n${r.history}` : ''}
## First visit of each page

Every HTML page in dist/, opened in chromium (playwright-core) with an empty cache from the
site served on 127.0.0.1, until the network is idle. Bytes are the response bodies the
browser received, gzip computed by the benchmark (zlib level 6). KB = 1024 bytes.
Budget: at most ${kb(BUDGET.totalGzip)} KB gzip in all, at most ${kb(BUDGET.jsGzip)} KB gzip of JavaScript.

| Page | Requests | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | Other raw / gzip | Total gzip | Budget |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${r.weights.map(weightRow).join('\n')}

${over.length === 0 ? 'Every page keeps both budgets.' : `${over.length} page(s) over budget.`} The search page
fetches Pagefind (its JS, WebAssembly and index) only once the reader searches; that is
not part of a first visit.

The same for the pages that grow with their collections: the roster with ${ROSTER_SIZE.toLocaleString('en')} synthetic
maintainers (the copy above), and the meetings page of the enlarged copy (${r.generated.meetings.startsWith('not') ? 'no extra series' : `${EXTRA.meetings} more series`}):

| Page | Requests | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | Other raw / gzip | Total gzip | Budget |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${r.largeWeights.map(weightRow).join('\n')}

${r.records ? meetingRecordsSection(r.records, build, weightRow) : ''}
## Lighthouse

Lighthouse ${lighthouseVersion()} CLI, its default mobile profile with simulated throttling, against the site
served on 127.0.0.1, in ${browser.version} (${browser.source}): \`CHROME_PATH=<its executable> lighthouse <url> --only-categories=${CATEGORIES.join(',')} --chrome-flags="${browser.args.join(' ')}"\`.
Budget: 100 in every category.

| Page | Route | Performance | Accessibility | Best practices | SEO |
| --- | --- | ---: | ---: | ---: | ---: |
${r.lighthouse.map((l) => `| ${l.page} | ${l.route} | ${CATEGORIES.map((c) => l.scores[c]).join(' | ')} |`).join('\n')}

${notHundred.length === 0 ? 'All four pages score 100 in all four categories.' : `Below 100:\n${lhMisses.join('\n') || '(no single audit named)'}`}

## Reproduce

\`\`\`sh
npm ci
npm run bench            # about 5 minutes on 2 cores; rewrites BENCHMARKS.md above the notes
npm run bench -- --quick # one build each, no Lighthouse, prints only
\`\`\`
`;
}

/** The machine the figures were measured on, in one line. */
export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 1024 ** 3)} GB RAM, Node ${process.versions.node}, ${browser.version} (${browser.source})`;
}
