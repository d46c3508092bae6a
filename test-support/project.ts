import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { buildClock } from '../src/meetings/clock.ts';

/** The real project root (tests run from it). */
export const projectRoot = process.cwd();

const SKIP = new Set(['node_modules', 'dist', '.build', '.astro', '.git', 'test-results']);

/**
 * The environment for a build run from a test: vitest puts its own Vite variables
 * (BASE_URL=/, MODE=test, NODE_ENV=test, DEV, PROD, SSR) into process.env, and a
 * child Astro build would take BASE_URL=/ for the site's base path.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)) delete env[key];
  }
  return { ...env, ...extra };
}

export interface BuildResult {
  status: number;
  output: string;
}

/**
 * A throwaway copy of the project (node_modules linked, not copied) for tests
 * that change content and build: the real tree is never touched.
 */
export class ProjectCopy {
  readonly dir: string;

  /** In a new temporary folder, or in `dir` (a folder that does not exist yet). */
  constructor(dir?: string) {
    if (dir) mkdirSync(dirname(dir), { recursive: true });
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'governance-site-'));
    // Entry by entry: the copy may be inside .build/, which is not copied.
    for (const entry of readdirSync(projectRoot)) {
      if (!SKIP.has(entry)) cpSync(join(projectRoot, entry), join(this.dir, entry), { recursive: true });
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(this.dir, 'node_modules'), 'dir');
  }

  path(file: string): string {
    return join(this.dir, file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  write(file: string, text: string): this {
    mkdirSync(dirname(this.path(file)), { recursive: true });
    writeFileSync(this.path(file), text);
    return this;
  }

  /** Replaces `from` (which must occur) with `to` in `file`. */
  edit(file: string, from: string | RegExp, to: string): this {
    const text = this.read(file);
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit: ${String(from)} not found in ${file}`);
    return this.write(file, next);
  }

  remove(file: string): this {
    rmSync(this.path(file), { recursive: true, force: true });
    return this;
  }

  /** Empties `folder` and fills it with the files of `from` (a folder of the real project, e.g. tests/fixtures/roster). */
  replaceFolder(folder: string, from: string): this {
    this.remove(folder);
    cpSync(join(projectRoot, from), this.path(folder), { recursive: true });
    return this;
  }

  exists(file: string): boolean {
    return existsSync(this.path(file));
  }

  /** Runs a project script (e.g. scripts/build.ts) with the Node running the tests. */
  run(script: string, args: string[] = [], env: Record<string, string> = {}): BuildResult {
    const r = spawnSync(process.execPath, [script, ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      // A copy inside .build/ is no part of this repository's history: git stops at the copy.
      env: buildEnv({ GIT_CEILING_DIRECTORIES: dirname(this.dir), ...env }),
      timeout: 170_000,
    });
    return { status: r.status ?? -1, output: `${r.stdout}\n${r.stderr}` };
  }

  build(env: Record<string, string> = {}): BuildResult {
    return this.run('scripts/build.ts', [], env);
  }

  /** Puts the tests' fixture content (tests/fixtures/site/content) in place of content/: see fixtureSite(). */
  withFixtureContent(): this {
    return this.replaceFolder('content', FIXTURE_CONTENT);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * For a file whose tests each change their own copy of the project:
 * `const newCopy = projectCopyPerTest();` then `const copy = newCopy();` in a test;
 * every copy made during a test is deleted after it.
 */
export function projectCopyPerTest(): () => ProjectCopy {
  const made: ProjectCopy[] = [];
  afterEach(() => {
    for (const copy of made.splice(0)) copy.dispose();
  });
  return () => {
    const copy = new ProjectCopy();
    made.push(copy);
    return copy;
  };
}

/**
 * A copy of the project changed by `setup` (fixture content in place of today's),
 * built once before the tests of the file or describe block, deleted after them:
 * `const site = builtCopy((copy) => copy.replaceFolder(...))`, then `site.read('maintainers/')`.
 * Tests pinned on fixture content do not break when a pull request changes content/.
 * Built as of `now`, or of the run's build day (testBuildNow()).
 */
export function builtCopy(setup: (copy: ProjectCopy) => void, now?: Date): { readonly dist: string; read(route: string): string } {
  let copy: ProjectCopy | undefined;
  beforeAll(() => {
    copy = new ProjectCopy();
    setup(copy);
    const built = copy.build({ BUILD_NOW: (now ?? testBuildNow()).toISOString() });
    if (built.status !== 0) throw new Error(`the fixture site did not build:\n${built.output}`);
  });
  afterAll(() => copy?.dispose());
  const dist = () => {
    if (!copy) throw new Error('builtCopy: the copy is built only inside tests');
    return copy.path('dist');
  };
  return {
    get dist() {
      return dist();
    },
    read(route: string) {
      return readFileSync(route.endsWith('/') ? join(dist(), route, 'index.html') : join(dist(), route), 'utf8');
    },
  };
}

/** The content every test that builds a site pins its pages on: a made-up project, never today's content/. */
export const FIXTURE_CONTENT = 'tests/fixtures/site/content';

/** Where the shared builds live, one folder per site, build day and sources. */
const SHARED_BUILDS = join(projectRoot, '.build', 'test-sites');

/** What a build reads besides content/: a change to any of them makes the next test run build again. */
const BUILD_INPUTS = ['src', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** A site built for the tests: where its pages are, and the "now" it was built as of. */
export interface SharedSite {
  /** The built site (a dist/ folder). */
  readonly dist: string;
  /** The build's clock: BUILD_NOW, or the start of today (UTC) when it is not set. */
  readonly now: Date;
  /** A built file: `read('meetings/')` is meetings/index.html. */
  read(route: string): string;
}

/**
 * The build's "now" for this test run, and the value the builds get as BUILD_NOW:
 * fixed once for the whole run, so a run that passes midnight (UTC) builds every
 * site and derives every expectation as of the same day.
 */
export function testBuildNow(): Date {
  const fixed = process.env.TEST_BUILD_NOW || buildClock().toISOString();
  process.env.TEST_BUILD_NOW = fixed;
  return new Date(fixed);
}

/**
 * The fixture site (FIXTURE_CONTENT in place of content/), built once as of
 * `now` (the run's testBuildNow() by default) and shared by every test file of the run (and the next runs,
 * until a source, the fixture or the day changes).
 */
export function fixtureSite(now: Date = testBuildNow()): SharedSite {
  const dir = sharedBuild('fixture', now, [...BUILD_INPUTS, FIXTURE_CONTENT], (folder) => {
    const copy = new ProjectCopy(join(folder, 'project')).withFixtureContent();
    return copy.build({ BUILD_NOW: now.toISOString() });
  });
  return sharedSite(join(dir, 'project', 'dist'), now);
}

/**
 * The real site, content/ as it is, built once per run (and rebuilt when a source,
 * the content, the git history or the day changes) into .build/test-sites/, never
 * into dist/: only the smoke test of the real content (tests/real-content.test.ts) reads it.
 */
export function realSite(): SharedSite {
  const now = testBuildNow();
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).stdout.trim();
  const dir = sharedBuild(`real-${head.slice(0, 12)}`, now, [...BUILD_INPUTS, 'content'], (folder) => {
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', join(folder, 'dist')], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: buildEnv({ BUILD_NOW: now.toISOString() }),
      timeout: 300_000,
    });
    return { status: r.status ?? -1, output: `${r.stdout}\n${r.stderr}` };
  });
  return sharedSite(join(dir, 'dist'), now);
}

function sharedSite(dist: string, now: Date): SharedSite {
  return {
    dist,
    now,
    read: (route: string) => readFileSync(route.endsWith('/') ? join(dist, route, 'index.html') : join(dist, route), 'utf8'),
  };
}

/** A digest of every file under `paths` (relative to the project), names and bytes. */
function digestOf(paths: readonly string[]): string {
  const hash = createHash('sha256');
  const walk = (path: string): void => {
    const full = join(projectRoot, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) walk(`${path}/${name}`);
      return;
    }
    hash.update(`${path}\0`).update(readFileSync(full)).update('\0');
  };
  for (const path of paths) walk(path);
  return hash.digest('hex').slice(0, 12);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Builds a site into a folder of .build/test-sites/ named after it, the build day and
 * the digest of its inputs, once: the first test process to need it takes the folder's
 * lock (an atomic mkdir) and builds; the others wait for its `done` mark and share the result.
 */
function sharedBuild(name: string, now: Date, inputs: readonly string[], build: (folder: string) => BuildResult): string {
  const day = now.toISOString().replace(/[:.]/g, '');
  const folder = join(SHARED_BUILDS, `${name}-${day}-${digestOf(inputs)}`);
  const done = join(folder, 'done');
  const lock = join(folder, 'lock');
  const deadline = Date.now() + 600_000;
  mkdirSync(folder, { recursive: true });
  while (!existsSync(done)) {
    try {
      mkdirSync(lock);
    } catch {
      const owner = Number(existsSync(join(lock, 'pid')) ? readFileSync(join(lock, 'pid'), 'utf8') : '0');
      if (owner && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`waited ten minutes for ${folder} to be built by process ${owner}`);
      else sleep(500);
      continue;
    }
    writeFileSync(join(lock, 'pid'), String(process.pid));
    try {
      for (const entry of readdirSync(folder)) if (entry !== 'lock') rmSync(join(folder, entry), { recursive: true, force: true });
      const result = build(folder);
      if (result.status !== 0) throw new Error(`the ${name} site did not build as of ${now.toISOString()}:\n${result.output}`);
      writeFileSync(done, now.toISOString());
      removeStale(name, folder);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  utimesSync(done, new Date(), new Date());
  return folder;
}

/** Deletes the earlier builds of one site that no run has finished in the last two hours. */
function removeStale(name: string, keep: string): void {
  for (const entry of readdirSync(SHARED_BUILDS)) {
    const folder = join(SHARED_BUILDS, entry);
    if (folder === keep || !entry.startsWith(`${name.replace(/-.*/, '')}-`)) continue;
    const mark = join(folder, 'done');
    if (existsSync(mark) && Date.now() - statSync(mark).mtimeMs > 2 * 3_600_000) rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * For a partial project made in a temp folder with the real content/site.yaml: names a
 * charter of one line (content/docs/GOVERNANCE.md) as the only doc, so the check, which
 * wants each doc site.yaml names to exist, judges only what the test is about; and the fixture
 * site's roles and vote rules (content/governance.yaml) when the copy has none.
 */
export function withCharterOnly(root: string): void {
  const config = join(root, 'content/site.yaml');
  writeFileSync(
    config,
    readFileSync(config, 'utf8')
      .replace(/^(charter|contributing|codeOfConduct):.*\n/gm, '')
      .concat('charter: GOVERNANCE.md\n'),
  );
  mkdirSync(join(root, 'content/docs'), { recursive: true });
  writeFileSync(join(root, 'content/docs/GOVERNANCE.md'), '# Charter\n\nHow the project is run.\n');
  // The roles and vote rules the roster and decisions are checked against: the fixture site's, unless the copy has its own.
  if (!existsSync(join(root, 'content/governance.yaml')))
    copyFileSync(join(projectRoot, FIXTURE_CONTENT, 'governance.yaml'), join(root, 'content/governance.yaml'));
}
