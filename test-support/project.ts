import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';

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

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'governance-site-'));
    cpSync(projectRoot, this.dir, {
      recursive: true,
      filter: (src) => !SKIP.has(relative(projectRoot, src).split('/')[0] ?? ''),
    });
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
      env: buildEnv(env),
      timeout: 170_000,
    });
    return { status: r.status ?? -1, output: `${r.stdout}\n${r.stderr}` };
  }

  build(): BuildResult {
    return this.run('scripts/build.ts');
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The environment a script gets from `npm run`, without what vitest adds for
 * its own Vite: BASE_URL=/ there would replace the site's base path in
 * import.meta.env.BASE_URL, and NODE_ENV=test would change how Astro builds.
 */
/** The real site's dist/, built once if a test run starts without it. */
export function builtSite(): string {
  const dist = join(projectRoot, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: projectRoot, encoding: 'utf8', env: buildEnv() });
    if (r.status !== 0) throw new Error(`the site did not build:\n${r.stdout}\n${r.stderr}`);
  }
  return dist;
}

export function readBuilt(route: string): string {
  const dist = builtSite();
  const file = route.endsWith('/') ? join(dist, route, 'index.html') : join(dist, route);
  return readFileSync(file, 'utf8');
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
 */
export function builtCopy(setup: (copy: ProjectCopy) => void): { readonly dist: string; read(route: string): string } {
  let copy: ProjectCopy | undefined;
  beforeAll(() => {
    copy = new ProjectCopy();
    setup(copy);
    const built = copy.build();
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
