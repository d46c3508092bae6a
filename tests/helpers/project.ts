import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** The real project root (tests run from it). */
export const projectRoot = process.cwd();

const VITEST_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV', 'FORCE_TTY']);

const SKIP = new Set(['node_modules', 'dist', '.build', '.astro', '.git', 'test-results']);

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
    this.dir = mkdtempSync(join(tmpdir(), 'modelspec-site-'));
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

  exists(file: string): boolean {
    return existsSync(this.path(file));
  }

  /** Runs a project script (e.g. scripts/build.ts) with the Node running the tests. */
  run(script: string, args: string[] = [], env: Record<string, string> = {}): BuildResult {
    // Vitest puts Vite's own variables (BASE_URL=/, MODE=test, NODE_ENV=test…) into process.env;
    // passed on, they would override the copy's base path and mode in its Astro build.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.has(key) && !key.startsWith('VITEST')));
    const r = spawnSync(process.execPath, [script, ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
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

/** The real site's dist/, built once if a test run starts without it. */
export function builtSite(): string {
  const dist = join(projectRoot, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    if (r.status !== 0) throw new Error(`the site did not build:\n${r.stdout}\n${r.stderr}`);
  }
  return dist;
}

export function readBuilt(route: string): string {
  const dist = builtSite();
  const file = route.endsWith('/') ? join(dist, route, 'index.html') : join(dist, route);
  return readFileSync(file, 'utf8');
}
