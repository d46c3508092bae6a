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
 *
 * Pages and Lighthouse run in the browser of tests/helpers/browser-choice.ts, with its flags.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { formatProblem } from '../src/lib/content-validation.ts';
import { BUDGET, kindOf, median, overBudget, weigh, type Fetched, type PageWeight } from '../src/lib/page-weight.ts';
import { validateAllContent } from '../src/lib/validate-content.ts';
import { launchBrowser, serveSite } from '../tests/helpers/browser.ts';
import { chooseBrowser, thisMachine } from '../tests/helpers/browser-choice.ts';
import { builtPages } from '../tests/helpers/pages.ts';
import { ProjectCopy, projectRoot } from '../tests/helpers/project.ts';
import { syntheticRoster } from './generate-roster-fixture.ts';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;
const EXTRA = { docs: 1000, maintainers: 1000, meetings: 50 };
/** The roster of the roster-only copy (issue 3). */
const ROSTER_SIZE = 1000;
/** Astro Starlight on 1,000 copies of the charter, measured on this machine (issue 6). */
const STARLIGHT = { seconds: 37, bytes: 1.6 * 1024 ** 3 };
const LIGHTHOUSE_PAGES = [
  ['home', ''],
  ['charter', 'governance/'],
  ['roster', 'maintainers/'],
  ['meetings', 'meetings/'],
] as const;
const browserChoice = await chooseBrowser(thisMachine());
if ('missing' in browserChoice) {
  console.error(browserChoice.missing);
  process.exit(1);
}
const browser = browserChoice;
console.log(browser.line);

const NOTES_MARKER = '<!-- Notes: written by hand, kept by npm run bench -->';
const log = (message: string) => console.log(`[bench] ${message}`);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

// ---------------------------------------------------------------- build copies

/** A copy of the project whose node_modules links every package but keeps its own caches. */
function benchCopy(): ProjectCopy {
  const copy = new ProjectCopy();
  rmSync(copy.path('node_modules'));
  mkdirSync(copy.path('node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (entry === '.vite' || entry === '.astro' || entry === '.cache') continue;
    symlinkSync(join(projectRoot, 'node_modules', entry), copy.path(`node_modules/${entry}`));
  }
  return copy;
}

/** Resident memory (bytes) of a process and all its descendants, read from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const kbRss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kbRss ?? 0) * 1024;
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface BuildRun {
  seconds: number;
  peakBytes: number;
  /** As the build reports them: Astro's own build (with the link check), and Pagefind. */
  astroSeconds?: number;
  searchSeconds?: number;
}

/** The site's own build; the bare baseline runs `astro build` alone. */
const SITE_BUILD = ['scripts/build.ts'];
const BARE_BUILD = ['node_modules/astro/bin/astro.mjs', 'build'];

/** One cold build of `copy`, timed, its memory sampled every 50 ms. */
function coldBuild(copy: ProjectCopy, command: string[]): Promise<BuildRun> {
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'dist', '.build']) copy.remove(cache);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, command, {
      cwd: copy.dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakBytes = 0;
    const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 50);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`build failed in ${copy.dir}:\n${output.slice(-3000)}`));
      const astro = /page\(s\) built in ([\d.]+)s/.exec(output)?.[1];
      const search = /Search index written: .* in ([\d.]+) s/.exec(output)?.[1];
      resolve({ seconds, peakBytes, astroSeconds: astro ? Number(astro) : undefined, searchSeconds: search ? Number(search) : undefined });
    });
  });
}

interface BuildFigures {
  runs: BuildRun[];
  medianSeconds: number;
  peakBytes: number;
  pages: number;
}

async function measureBuilds(label: string, copy: ProjectCopy, command = SITE_BUILD): Promise<BuildFigures> {
  const runs: BuildRun[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const run = await coldBuild(copy, command);
    log(`${label}: cold build ${i}/${RUNS} ${run.seconds.toFixed(1)} s, peak ${mb(run.peakBytes)} MB`);
    runs.push(run);
  }
  return {
    runs,
    medianSeconds: median(runs.map((r) => r.seconds)),
    peakBytes: Math.max(...runs.map((r) => r.peakBytes)),
    pages: builtPages(copy.path('dist')).length,
  };
}

// ------------------------------------------------------------- enlarged copy

/** 1,000 copies of the charter, each with its own title and place in the navigation. */
function addDocs(copy: ProjectCopy, n: number): string {
  const charter = copy.read('content/docs/governance.mdx');
  for (let i = 1; i <= n; i++) {
    const id = String(i).padStart(4, '0');
    const text = charter
      .replace(/^title: .*$/m, `title: Project Governance, copy ${id}`)
      .replace(/^order: .*$/m, `order: ${1000 + i}`)
      .replace(/^navLabel: .*$/m, `navLabel: Charter ${id}`);
    copy.write(`content/docs/charter-copy-${id}.mdx`, text);
  }
  return `${n} copies of content/docs/governance.mdx (unique title, order and nav label)`;
}

/**
 * The baseline: the same docs built by bare Astro + MDX (no layout, no markdown
 * plugins, no link check, no search), measured in the same session as ours.
 */
function makeBare(copy: ProjectCopy): void {
  copy.remove('src/pages');
  copy.write(
    'src/pages/[doc].astro',
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('docs')).map((doc) => ({ params: { doc: doc.id }, props: { doc } }));
}
const { doc } = Astro.props;
const { Content } = await render(doc);
---
<html lang="en"><head><meta charset="utf-8" /><title>{doc.data.title}</title></head><body><Content /></body></html>
`,
  );
  copy.write('astro.config.mjs', `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n`);
}

/**
 * `n` extra entries of a one-file-per-entry collection, copied from its first
 * entry with the entry's name (its file name, and that name wherever it appears
 * in the file, e.g. a handle) made unique. Whatever the collection's schema, the
 * copies then go through the project's own content validation: if they fail it,
 * they are removed and the report says why.
 */
function addEntries(copy: ProjectCopy, folder: string, n: number): { generated: number; note: string } {
  const dir = `content/${folder}`;
  if (!copy.exists(dir)) return { generated: 0, note: `not generated: ${dir}/ does not exist on this branch` };
  const files = readdirSync(copy.path(dir)).filter((f) => /\.(ya?ml|json|mdx?)$/.test(f)).sort();
  const template = files[0];
  if (!template) return { generated: 0, note: `not generated: ${dir}/ has no entry to copy` };
  const ext = extname(template);
  const name = basename(template, ext);
  const pattern = new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
  const text = copy.read(`${dir}/${template}`);
  const written: string[] = [];
  for (let i = 1; i <= n; i++) {
    const unique = `${name}-bench-${String(i).padStart(4, '0')}`;
    copy.write(`${dir}/${unique}${ext}`, text.replace(pattern, unique));
    written.push(`${dir}/${unique}${ext}`);
  }
  const problems = validateAllContent(copy.dir).filter((p) => p.file.startsWith(`${dir}/`));
  if (problems.length > 0) {
    for (const file of written) copy.remove(file);
    return { generated: 0, note: `not generated: copies of ${template} fail validation (${formatProblem(problems[0]!)})` };
  }
  return { generated: n, note: `${n} copies of ${dir}/${template}, "${name}" made unique in each` };
}

// ------------------------------------------------------------- page weights

async function pageWeights(dist: string, only?: readonly string[]): Promise<{ route: string; weight: PageWeight; fetched: string[] }[]> {
  const site = await serveSite(dist);
  const chromium = await launchBrowser(browser);
  const results = [];
  try {
    for (const page of builtPages(dist).filter((p) => !only || only.some((path) => p.route === `${site.base}${path}`))) {
      const context = await chromium.newContext(); // empty cache: a first visit
      const tab = await context.newPage();
      const bodies: Promise<Fetched | undefined>[] = [];
      tab.on('response', (response) => {
        const type = response.request().resourceType();
        bodies.push(
          response
            .body()
            .then((body) => ({ url: new URL(response.url()).pathname, kind: kindOf(type, response.headers()['content-type']), body }))
            .catch(() => undefined), // a redirect has no body
        );
      });
      await tab.goto(`${site.url}${page.route.slice(site.base.length)}`, { waitUntil: 'networkidle' });
      const fetched = (await Promise.all(bodies)).filter((f): f is Fetched => f !== undefined);
      results.push({ route: page.route, weight: weigh(fetched), fetched: fetched.map((f) => f.url) });
      await context.close();
    }
    return results;
  } finally {
    await chromium.close();
    await site.close();
  }
}

// ---------------------------------------------------------------- Lighthouse

interface LighthouseFigures {
  page: string;
  route: string;
  scores: Record<string, number>;
  /** Audits that cost points, by category. */
  misses: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function lighthouse(dist: string): Promise<LighthouseFigures[]> {
  const cli = join(dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli/index.js');
  const site = await serveSite(dist);
  const figures: LighthouseFigures[] = [];
  try {
    for (const [page, path] of LIGHTHOUSE_PAGES) {
      const url = `${site.url}${path}`;
      const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [cli, url, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${browser.args.join(' ')}`],
          { env: { ...process.env, ...browser.env, CHROME_PATH: browser.executablePath }, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
      if (run.code !== 0) throw new Error(`lighthouse ${url} failed:\n${run.stderr.slice(-2000)}`);
      const lhr = JSON.parse(run.stdout) as {
        categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
        audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string }>;
      };
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const misses = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id]!)
          .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
          .map((a) => `${c}: ${a.title} (${Math.round(a.score! * 100)})`),
      );
      log(`lighthouse ${page}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
      figures.push({ page, route: `${site.base}${path}`, scores, misses });
    }
    return figures;
  } finally {
    await site.close();
  }
}

// ------------------------------------------------------------------ report

function report(r: {
  date: string;
  machine: string;
  load: number[];
  site: BuildFigures;
  roster: BuildFigures;
  large: BuildFigures;
  bare: BuildFigures;
  generated: { docs: string; maintainers: string; meetings: string };
  weights: Awaited<ReturnType<typeof pageWeights>>;
  largeWeights: Awaited<ReturnType<typeof pageWeights>>;
  lighthouse: LighthouseFigures[];
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

Measured by \`npm run bench\` (scripts/bench.ts), which rewrites this file. Budgets are
reported against here, never asserted in a timed test.

Measured ${r.date} on ${r.machine}. The machine is shared: load average at the start
${r.load.map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min), ${loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end; times
vary with it, so compare rows measured in the same session.

## Cold build

\`node scripts/build.ts\` in a temporary copy of the project: content validation, Astro
build, link check, Pagefind index, swap into dist/. Before each run .astro/, dist/ and the
copy's own node_modules/.astro and node_modules/.vite caches are deleted. Peak memory is
the resident memory of the build and all its child processes together (Node and the
Pagefind binary), sampled from /proc every 50 ms; the largest sample of the ${RUNS} runs.
The copies have no git history, so they skip the one \`git log\` call for "Last updated".

| Site | Pages | Runs (s) | Median | of which Astro + link check | of which Pagefind | Peak memory |
| --- | ---: | --- | ---: | ---: | ---: | ---: |
${build('this site', r.site)}
${build(`this site with a ${ROSTER_SIZE.toLocaleString('en')}-person roster`, r.roster)}
${build('enlarged copy', r.large)}
${build('bare Astro + MDX, same docs as the enlarged copy', r.bare)}

The bare baseline is \`astro build\` of the enlarged copy's docs with a one-line page
(\`<Content />\` in \`<body>\`), \`@astrojs/mdx\` and nothing else: no layout, navigation,
markdown plugins, link check or search.

The ${ROSTER_SIZE.toLocaleString('en')}-person roster replaces content/maintainers/ with ${ROSTER_SIZE.toLocaleString('en')} synthetic maintainer files
(\`syntheticRoster\` of scripts/generate-roster-fixture.ts: every tenth emeritus, every third
with an affiliation), in the copy only.

The enlarged copy adds:
- docs: ${r.generated.docs}
- maintainers: ${r.generated.maintainers}
- meetings: ${r.generated.meetings}

Against Astro Starlight on 1,000 copies of the charter (37 s and 1.6 GB on this machine; a
bare Astro MDX build took 14 s): the enlarged copy took **${r.large.medianSeconds.toFixed(1)} s** (${(r.large.medianSeconds / STARLIGHT.seconds).toFixed(2)}× Starlight's time,
${r.large.medianSeconds < STARLIGHT.seconds ? 'under it' : 'OVER it'}) and **${mb(r.large.peakBytes)} MB** (${(r.large.peakBytes / STARLIGHT.bytes).toFixed(2)}× its memory, ${
    r.large.peakBytes < STARLIGHT.bytes ? 'under it' : 'OVER it'
  }). The budget is *well* under both; see the notes at the end for where the time and memory go.

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

function lighthouseVersion(): string {
  return (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('lighthouse/package.json'), 'utf8')) as { version: string }).version;
}

function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 1024 ** 3)} GB RAM, Node ${process.versions.node}, ${browser.version} (${browser.source})`;
}

// ------------------------------------------------------------------- main

const copies: ProjectCopy[] = [];
const loadAtStart = loadavg();
try {
  log(`cold builds, ${RUNS} run(s) each`);
  const siteCopy = benchCopy();
  copies.push(siteCopy);
  const site = await measureBuilds('this site', siteCopy);

  const rosterCopy = benchCopy();
  copies.push(rosterCopy);
  syntheticRoster(rosterCopy.path('content/maintainers'), ROSTER_SIZE);
  const roster = await measureBuilds(`this site with a ${ROSTER_SIZE.toLocaleString('en')}-person roster`, rosterCopy);

  const largeCopy = benchCopy();
  copies.push(largeCopy);
  const generated = {
    docs: addDocs(largeCopy, EXTRA.docs),
    maintainers: addEntries(largeCopy, 'maintainers', EXTRA.maintainers).note,
    meetings: addEntries(largeCopy, 'meetings', EXTRA.meetings).note,
  };
  for (const [what, note] of Object.entries(generated)) log(`enlarged copy, ${what}: ${note}`);
  const large = await measureBuilds('enlarged copy', largeCopy);

  const bareCopy = benchCopy();
  copies.push(bareCopy);
  addDocs(bareCopy, EXTRA.docs);
  makeBare(bareCopy);
  const bare = await measureBuilds('bare Astro + MDX, same docs', bareCopy, BARE_BUILD);

  log('first-visit weight of every page');
  const weights = await pageWeights(siteCopy.path('dist'));
  const grown = (label: string) => (w: Awaited<ReturnType<typeof pageWeights>>[number]) => ({ ...w, route: `${w.route} (${label})` });
  const largeWeights = [
    ...(await pageWeights(rosterCopy.path('dist'), ['maintainers/'])).map(grown(`${ROSTER_SIZE.toLocaleString('en')}-person roster`)),
    ...(await pageWeights(largeCopy.path('dist'), ['meetings/'])).map(grown('enlarged copy')),
  ];
  for (const w of [...weights, ...largeWeights]) log(`${w.route}: ${w.weight.requests} requests, ${kb(w.weight.total.gzip)} KB gzip (JS ${kb(w.weight.byKind.js.gzip)} KB) ${overBudget(w.weight).join('; ')}`);

  if (quick) {
    log(`done (quick: nothing written). Build median ${site.medianSeconds.toFixed(1)} s; ${ROSTER_SIZE}-person roster ${roster.medianSeconds.toFixed(1)} s; enlarged ${large.medianSeconds.toFixed(1)} s, ${mb(large.peakBytes)} MB`);
  } else {
    log('lighthouse');
    const scores = await lighthouse(siteCopy.path('dist'));
    const text = report({ date: new Date().toISOString().slice(0, 10), machine: machine(), load: loadAtStart, site, roster, large, bare, generated, weights, largeWeights, lighthouse: scores });
    // Hand-written notes below the marker survive a re-run.
    const previous = existsSync(join(projectRoot, 'BENCHMARKS.md')) ? readFileSync(join(projectRoot, 'BENCHMARKS.md'), 'utf8') : '';
    const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
    writeFileSync(join(projectRoot, 'BENCHMARKS.md'), `${text}\n${notes}`);
    log('BENCHMARKS.md written');
  }
} finally {
  for (const copy of copies) copy.dispose();
}
