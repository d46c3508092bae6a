import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_FLAGS, chooseBrowser, type BrowserChoice, type Machine, type NoBrowser } from '../test-support/browser-choice.ts';
import { projectRoot } from '../test-support/project.ts';

interface FakeMachine {
  platform?: NodeJS.Platform;
  arch?: string;
  env?: Record<string, string>;
  /** Executables on this machine, and the --version line of each (an Error: does not start). */
  executables?: Record<string, string | Error>;
  /** What unpacking @sparticuz/chromium gives: its executable path, or the error it throws. */
  bundled?: string | Error;
  /** The machine lacks NSS: the bundled Chromium starts only with the package's libraries. */
  withoutNss?: boolean;
}

const BUNDLED = '/project/node_modules/.cache/sparticuz-chromium-153.0.0/chromium';
const BUNDLED_LIBRARIES = '/project/node_modules/.cache/sparticuz-chromium-153.0.0/al2023/lib';
const NO_NSS = 'chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory';

function machine(fake: FakeMachine): Machine & { unpacked: number } {
  const executables = fake.executables ?? {};
  const result = {
    platform: fake.platform ?? 'linux',
    arch: fake.arch ?? 'x64',
    env: fake.env ?? { PATH: '/usr/local/bin:/usr/bin:/bin' },
    unpacked: 0,
    isExecutable: (path: string) => path in executables,
    versionOf: (path: string, env?: Readonly<Record<string, string>>) => {
      if (fake.withoutNss && path === BUNDLED && !env?.['LD_LIBRARY_PATH']?.split(':').includes(BUNDLED_LIBRARIES)) return { error: NO_NSS };
      const version = executables[path];
      if (version === undefined) return { error: 'ENOENT' };
      return version instanceof Error ? { error: version.message } : { version };
    },
    bundledChromium: async () => {
      result.unpacked += 1;
      const bundled = fake.bundled ?? BUNDLED;
      if (bundled instanceof Error) throw bundled;
      return { packageVersion: '153.0.0', executablePath: bundled, libraryPath: BUNDLED_LIBRARIES };
    },
  };
  return result;
}

function chosen(choice: BrowserChoice | NoBrowser): BrowserChoice {
  if ('missing' in choice) throw new Error(`expected a browser, got: ${choice.missing}`);
  return choice;
}

function missing(choice: BrowserChoice | NoBrowser): string {
  if (!('missing' in choice)) throw new Error(`expected no browser, got: ${choice.line}`);
  return choice.missing;
}

describe('chooseBrowser', () => {
  it('uses @sparticuz/chromium on Linux x64 and says so in one line', async () => {
    const choice = chosen(await chooseBrowser(machine({ executables: { [BUNDLED]: 'Chromium 153.0.8010.0', '/usr/bin/chromium': 'Chromium 120.0' } })));
    expect(choice).toMatchObject({ executablePath: BUNDLED, source: '@sparticuz/chromium', version: 'Chromium 153.0.8010.0', args: BROWSER_FLAGS });
    expect(choice.line).toBe('Browser: Chromium 153.0.8010.0 from @sparticuz/chromium 153.0.0 (set CHROME_PATH to use another)');
  });

  it('on a Linux without NSS, runs @sparticuz/chromium with the libraries the package ships', async () => {
    const fake = machine({ withoutNss: true, env: { PATH: '/usr/bin', LD_LIBRARY_PATH: '/opt/lib' }, executables: { [BUNDLED]: 'Chromium 153.0.8010.0' } });
    const choice = chosen(await chooseBrowser(fake));
    expect(choice).toMatchObject({ executablePath: BUNDLED, source: '@sparticuz/chromium', env: { LD_LIBRARY_PATH: `${BUNDLED_LIBRARIES}:/opt/lib` } });
    expect(choice.line).toBe('Browser: Chromium 153.0.8010.0 from @sparticuz/chromium 153.0.0, with its own NSS libraries (set CHROME_PATH to use another)');
  });

  it("adds no variable to the browser's environment when the machine has its libraries", async () => {
    expect(chosen(await chooseBrowser(machine({ executables: { [BUNDLED]: 'Chromium 153' } }))).env).toBeUndefined();
  });

  it('honours CHROME_PATH before @sparticuz/chromium, without unpacking it', async () => {
    const fake = machine({
      env: { CHROME_PATH: '/opt/chrome/chrome' },
      executables: { '/opt/chrome/chrome': 'Google Chrome 140.0.1', [BUNDLED]: 'Chromium 153' },
    });
    const choice = chosen(await chooseBrowser(fake));
    expect(choice).toMatchObject({ executablePath: '/opt/chrome/chrome', source: 'CHROME_PATH' });
    expect(choice.line).toBe('Browser: Google Chrome 140.0.1 at /opt/chrome/chrome (from CHROME_PATH)');
    expect(fake.unpacked).toBe(0);
  });

  it('refuses a CHROME_PATH that is not there rather than quietly using another browser', async () => {
    const message = missing(await chooseBrowser(machine({ env: { CHROME_PATH: '/opt/chrom' }, executables: { [BUNDLED]: 'Chromium 153' } })));
    expect(message).toBe('CHROME_PATH is /opt/chrom, which is not an executable file: set it to a Chrome or Chromium executable, or unset it.');
  });

  it('refuses a CHROME_PATH that does not start, with its error', async () => {
    const message = missing(
      await chooseBrowser(
        machine({ env: { CHROME_PATH: '/opt/old/chrome' }, executables: { '/opt/old/chrome': new Error('libnss3.so: cannot open shared object file') } }),
      ),
    );
    expect(message).toContain('CHROME_PATH is /opt/old/chrome, which does not start (libnss3.so: cannot open shared object file)');
  });

  it('on macOS, uses Google Chrome from /Applications and says why not @sparticuz/chromium', async () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const fake = machine({
      platform: 'darwin',
      arch: 'arm64',
      env: { HOME: '/Users/ada', PATH: '/usr/bin:/bin' },
      executables: { [chrome]: 'Google Chrome 141.0.7390.54' },
    });
    const choice = chosen(await chooseBrowser(fake));
    expect(choice).toMatchObject({ executablePath: chrome, source: 'machine', args: BROWSER_FLAGS });
    expect(choice.line).toBe(
      `Browser: Google Chrome 141.0.7390.54 at ${chrome} (@sparticuz/chromium runs only on Linux x64, not darwin arm64; set CHROME_PATH to use another)`,
    );
    expect(fake.unpacked).toBe(0);
  });

  it("on macOS, finds Chromium in the user's own Applications folder", async () => {
    const chromium = '/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium';
    const choice = chosen(
      await chooseBrowser(
        machine({ platform: 'darwin', arch: 'x64', env: { HOME: '/Users/ada', PATH: '/usr/bin' }, executables: { [chromium]: 'Chromium 139.0' } }),
      ),
    );
    expect(choice.executablePath).toBe(chromium);
  });

  it('on Windows, finds Chrome under Program Files and on a PATH separated by semicolons', async () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local', PATH: 'C:\\Windows;C:\\tools\\chromium' };
    const installed = chosen(
      await chooseBrowser(machine({ platform: 'win32', env, executables: { 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe': 'Chrome' } })),
    );
    expect(installed.executablePath).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    const onPath = chosen(await chooseBrowser(machine({ platform: 'win32', env, executables: { 'C:\\tools\\chromium\\chromium.exe': 'Chrome' } })));
    expect(onPath.executablePath).toBe('C:\\tools\\chromium\\chromium.exe');
  });

  it('on Linux arm64, uses a chromium on PATH', async () => {
    const fake = machine({
      arch: 'arm64',
      env: { PATH: '/home/ada/bin:/usr/bin' },
      executables: { '/usr/bin/chromium': 'Chromium 140.0.7339.185 built on Debian GNU/Linux 13 (trixie)' },
    });
    const choice = chosen(await chooseBrowser(fake));
    expect(choice.executablePath).toBe('/usr/bin/chromium');
    expect(choice.line).toContain('@sparticuz/chromium runs only on Linux x64, not linux arm64');
    expect(fake.unpacked).toBe(0);
  });

  it("falls back to the machine's browser when @sparticuz/chromium does not start (a libc it was not built for)", async () => {
    const choice = chosen(
      await chooseBrowser(
        machine({ executables: { [BUNDLED]: new Error('error while loading shared libraries: libnss3.so'), '/usr/bin/google-chrome': 'Google Chrome 140.0' } }),
      ),
    );
    expect(choice.executablePath).toBe('/usr/bin/google-chrome');
    expect(choice.line).toContain('@sparticuz/chromium does not start here (error while loading shared libraries: libnss3.so)');
  });

  it('falls back when @sparticuz/chromium cannot be unpacked', async () => {
    const choice = chosen(
      await chooseBrowser(
        machine({ bundled: new Error('ENOSPC: no space left on device\n    at write'), executables: { '/usr/bin/chromium': 'Chromium 140' } }),
      ),
    );
    expect(choice.line).toContain('@sparticuz/chromium could not be unpacked (ENOSPC: no space left on device)');
  });

  it('with no browser at all, answers one line that says what to install', async () => {
    const message = missing(await chooseBrowser(machine({ platform: 'darwin', arch: 'arm64', env: { HOME: '/Users/ada', PATH: '/usr/bin:/bin' } })));
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^No browser for the browser tests: @sparticuz\/chromium runs only on Linux x64, not darwin arm64; CHROME_PATH is not set; /);
    expect(message).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(message).toMatch(/Install Google Chrome \(https:\/\/www\.google\.com\/chrome\/\) or Chromium, or set CHROME_PATH to the browser's executable\.$/);
  });

  it('with only a broken browser, names it and why it does not start', async () => {
    const message = missing(await chooseBrowser(machine({ arch: 'arm64', executables: { '/usr/bin/chromium': new Error('Trace/breakpoint trap') } })));
    expect(message).not.toContain('\n');
    expect(message).toContain('/usr/bin/chromium does not start (Trace/breakpoint trap)');
    expect(message).toContain('Install Google Chrome');
  });
});

describe('the browser flags', () => {
  it('are written once: tests, the benchmark and Lighthouse take them from browser-choice.ts', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
      );
    const writingFlags = ['src', 'scripts', 'tests', 'test-support']
      .filter((dir) => existsSync(join(projectRoot, dir)))
      .flatMap((dir) => files(join(projectRoot, dir)))
      .filter((file) => /['"`]--(no-sandbox|disable-gpu|headless)\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(projectRoot, file));
    expect(writingFlags).toHaveLength(1);
    expect(writingFlags[0]).toMatch(/browser-choice\.ts$/);
  });
});
