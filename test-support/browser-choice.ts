import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join, posix, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The one place that decides which browser the browser tests, the benchmark's page
 * weights and Lighthouse drive, and with which flags. In this order:
 *
 * 1. `CHROME_PATH`, when set: always honoured, and an error when it does not start.
 * 2. `@sparticuz/chromium` (a devDependency): a headless Chromium shipped inside the
 *    npm package, for Linux on x64 only. Unpacked once into
 *    `node_modules/.cache/sparticuz-chromium-<version>/`, with the NSS libraries the
 *    package carries for machines that lack them (a slim Debian, for one).
 * 3. A Chrome or Chromium installed on the machine, at its usual place or on PATH.
 *
 * When none of them can be used, the answer is one line that says what to install.
 */

/** Flags for every launch, by playwright-core and by Lighthouse alike. */
export const BROWSER_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox', // CI machines and containers run as root, where Chromium's sandbox refuses to start
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type BrowserSource = 'CHROME_PATH' | '@sparticuz/chromium' | 'machine';

export interface BrowserChoice {
  executablePath: string;
  args: readonly string[];
  source: BrowserSource;
  /** e.g. "Chromium 153.0.8010.0" */
  version: string;
  /** Variables the browser process needs on top of this process's environment. */
  env?: Readonly<Record<string, string>>;
  /** The one line a run prints about the browser it uses. */
  line: string;
}

export interface NoBrowser {
  /** One line: why no browser could be used and what to install. */
  missing: string;
}

/** What the choice depends on, injected so that tests can play any machine. */
export interface Machine {
  platform: NodeJS.Platform;
  arch: string;
  env: Readonly<Record<string, string | undefined>>;
  /** A file this user may execute. */
  isExecutable(path: string): boolean;
  /** The browser's `--version` line, or why it does not start (`env`: added to the machine's). */
  versionOf(path: string, env?: Readonly<Record<string, string>>): { version: string } | { error: string };
  /** @sparticuz/chromium unpacked on first use: its version, executable and folder of shared libraries. */
  bundledChromium(): Promise<BundledChromium>;
}

export interface BundledChromium {
  packageVersion: string;
  executablePath: string;
  /** NSS and expat, which Chromium links and a minimal Linux may not have. */
  libraryPath: string;
}

/** Where a Chrome or Chromium is usually installed, and the names it has on PATH. */
export function usualBrowserPlaces(machine: Pick<Machine, 'platform' | 'env'>): { paths: string[]; commands: string[] } {
  const { env } = machine;
  if (machine.platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((root): root is string => Boolean(root));
    return {
      paths: roots.flatMap((root) => [
        win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      ]),
      commands: ['chrome.exe', 'chromium.exe'],
    };
  }
  if (machine.platform === 'darwin') {
    const apps = ['/Applications', ...(env['HOME'] ? [posix.join(env['HOME'], 'Applications')] : [])];
    return {
      paths: apps.flatMap((dir) => [
        posix.join(dir, 'Google Chrome.app/Contents/MacOS/Google Chrome'),
        posix.join(dir, 'Chromium.app/Contents/MacOS/Chromium'),
      ]),
      commands: ['google-chrome', 'chromium'],
    };
  }
  return {
    paths: ['/opt/google/chrome/chrome', '/snap/bin/chromium'],
    commands: ['google-chrome-stable', 'google-chrome', 'chromium', 'chromium-browser'],
  };
}

/** `command` looked up on the machine's PATH, as a shell would. */
export function onPath(machine: Pick<Machine, 'platform' | 'env' | 'isExecutable'>, command: string): string | undefined {
  const path = machine.platform === 'win32' ? win32 : posix;
  const dirs = (machine.env['PATH'] ?? machine.env['Path'] ?? '').split(path.delimiter).filter(Boolean);
  return dirs.map((dir) => path.join(dir, command)).find((file) => machine.isExecutable(file));
}

const INSTALL_HINT = "Install Google Chrome (https://www.google.com/chrome/) or Chromium, or set CHROME_PATH to the browser's executable";

export async function chooseBrowser(machine: Machine): Promise<BrowserChoice | NoBrowser> {
  const chosen = (executablePath: string, source: BrowserSource, version: string, line: string, env?: Record<string, string>): BrowserChoice => ({
    executablePath,
    args: BROWSER_FLAGS,
    source,
    version,
    line,
    ...(env ? { env } : {}),
  });

  const explicit = machine.env['CHROME_PATH'];
  if (explicit) {
    if (!machine.isExecutable(explicit)) {
      return { missing: `CHROME_PATH is ${explicit}, which is not an executable file: set it to a Chrome or Chromium executable, or unset it.` };
    }
    const probe = machine.versionOf(explicit);
    if ('error' in probe)
      return { missing: `CHROME_PATH is ${explicit}, which does not start (${probe.error}): set it to a Chrome or Chromium executable, or unset it.` };
    return chosen(explicit, 'CHROME_PATH', probe.version, `Browser: ${probe.version} at ${explicit} (from CHROME_PATH)`);
  }

  let bundledWhyNot: string;
  if (machine.platform === 'linux' && machine.arch === 'x64') {
    try {
      const bundled = await machine.bundledChromium();
      const line = (version: string, extra = '') =>
        `Browser: ${version} from @sparticuz/chromium ${bundled.packageVersion}${extra} (set CHROME_PATH to use another)`;
      const probe = machine.versionOf(bundled.executablePath);
      if ('version' in probe) return chosen(bundled.executablePath, '@sparticuz/chromium', probe.version, line(probe.version));
      bundledWhyNot = `@sparticuz/chromium does not start here (${probe.error})`;
      if (/shared librar/i.test(probe.error)) {
        // Only where the machine lacks them: the libraries the package ships for Amazon Linux serve any glibc Linux.
        const env = { LD_LIBRARY_PATH: [bundled.libraryPath, machine.env['LD_LIBRARY_PATH']].filter(Boolean).join(':') };
        const withLibraries = machine.versionOf(bundled.executablePath, env);
        if ('version' in withLibraries) {
          return chosen(bundled.executablePath, '@sparticuz/chromium', withLibraries.version, line(withLibraries.version, ', with its own NSS libraries'), env);
        }
      }
    } catch (error) {
      bundledWhyNot = `@sparticuz/chromium could not be unpacked (${firstLine(error instanceof Error ? error.message : String(error))})`;
    }
  } else {
    bundledWhyNot = `@sparticuz/chromium runs only on Linux x64, not ${machine.platform} ${machine.arch}`;
  }

  const places = usualBrowserPlaces(machine);
  const candidates = [...places.commands.map((command) => onPath(machine, command)), ...places.paths.filter((path) => machine.isExecutable(path))];
  const broken: string[] = [];
  for (const path of new Set(candidates.filter((candidate): candidate is string => candidate !== undefined))) {
    const probe = machine.versionOf(path);
    if ('version' in probe)
      return chosen(path, 'machine', probe.version, `Browser: ${probe.version} at ${path} (${bundledWhyNot}; set CHROME_PATH to use another)`);
    broken.push(`${path} does not start (${probe.error})`);
  }

  const looked = `no Chrome or Chromium found on PATH (${places.commands.join(', ')}) or at ${places.paths.join(', ')}`;
  return { missing: `No browser for the browser tests: ${bundledWhyNot}; CHROME_PATH is not set; ${[...broken, looked].join('; ')}. ${INSTALL_HINT}.` };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() ?? '';
}

// ------------------------------------------------------------------ this machine

const require = createRequire(import.meta.url);

/** @sparticuz/chromium unpacked once per install, into node_modules/.cache. */
async function unpackBundledChromium(): Promise<BundledChromium> {
  const entry = require.resolve('@sparticuz/chromium');
  const packageDir = dirname(dirname(entry));
  const packageVersion = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const cacheRoot = join(packageDir, '..', '..', '.cache');
  const target = join(cacheRoot, `sparticuz-chromium-${packageVersion}`);
  const executablePath = join(target, 'chromium');
  const libraryPath = join(target, 'al2023', 'lib');
  const unpacked = { packageVersion, executablePath, libraryPath };
  if (existsSync(executablePath) && existsSync(libraryPath)) return unpacked;

  // The package unpacks into os.tmpdir(), shared by every user and version and not
  // atomically: here it unpacks into a folder of its own, renamed into place when whole.
  mkdirSync(cacheRoot, { recursive: true });
  const staging = mkdtempSync(join(cacheRoot, 'sparticuz-chromium-unpacking-'));
  try {
    const script = [
      `const { default: chromium, inflate } = await import(${JSON.stringify(pathToFileURL(entry).href)});`,
      'await chromium.executablePath();',
      // Shipped for Amazon Linux, and the package unpacks it only there; it serves any Linux without NSS.
      `await inflate(${JSON.stringify(join(packageDir, 'bin', 'al2023.tar.br'))});`,
    ].join('\n');
    const stderr = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TMPDIR: staging, TMP: staging, TEMP: staging },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(err) : reject(new Error(firstLine(err) || `exit code ${code}`))));
    });
    if (!existsSync(join(staging, 'chromium')) || !existsSync(join(staging, 'al2023', 'lib')))
      throw new Error(`unpacking left no chromium ${firstLine(stderr)}`);
    if (existsSync(target) && !existsSync(libraryPath)) rmSync(target, { recursive: true, force: true }); // left by an older layout
    try {
      renameSync(staging, target);
    } catch (error) {
      // Another process unpacked it first: use theirs.
      if (!existsSync(executablePath)) throw error;
    }
    return unpacked;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export function thisMachine(): Machine {
  return {
    platform: platform(),
    arch: arch(),
    env: process.env,
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    versionOf(path, env) {
      // Chrome on Windows opens a window for --version instead of printing it.
      if (platform() === 'win32') return { version: 'Chrome' };
      const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...env } });
      const version = run.stdout?.trim().split('\n')[0]?.trim();
      if (run.status === 0 && version) return { version };
      return { error: firstLine(run.error?.message ?? run.stderr ?? '') || `exit code ${run.status}` };
    },
    bundledChromium: unpackBundledChromium,
  };
}
