import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { basePath, loadSiteConfig } from '../src/site/config.ts';
import { headersForPath, parseHeadersFile } from './headers.ts';
import { chooseBrowser, thisMachine, type BrowserChoice, type NoBrowser } from './browser-choice.ts';
import { fixtureSite, projectRoot } from './project.ts';

/**
 * The built site served on 127.0.0.1 under its base path, as GitHub Pages serves it,
 * and the browser of browser-choice.ts driven by playwright-core.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface ServedSite {
  /** e.g. http://127.0.0.1:43121/community/ */
  url: string;
  base: string;
  close: () => Promise<void>;
}

/** Serves a built site (the fixture site's by default; the benchmark gives the real one's). */
export async function serveSite(dist: string = fixtureSite().dist): Promise<ServedSite> {
  const base = basePath(loadSiteConfig(projectRoot));
  // Sends the headers of the site's _headers file, as Netlify or Cloudflare Pages would.
  const headerRules = existsSync(join(dist, '_headers')) ? parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, file: string) => {
      res.writeHead(status, { ...headersForPath(headerRules, path), 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    };
    const notFound = () => (existsSync(join(dist, '404.html')) ? send(404, join(dist, '404.html')) : (res.writeHead(404), res.end()));
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(dist, path.slice(base.length)));
    if (!file.startsWith(dist)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    return existsSync(file) ? send(200, file) : notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    base,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The browser chosen once per test run by the global setup, or here when run outside vitest (the benchmark). */
async function browserChoice(): Promise<BrowserChoice | NoBrowser> {
  return (process.env['VITEST'] ? inject('browser') : undefined) ?? chooseBrowser(thisMachine());
}

/** Thrown when no browser can be used: its one line, without a stack trace to read past. */
export class NoBrowserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoBrowserError';
    this.stack = message;
  }
}

export async function launchBrowser(chosen?: BrowserChoice): Promise<Browser> {
  const choice = chosen ?? (await browserChoice());
  if ('missing' in choice) throw new NoBrowserError(choice.missing);
  return chromium.launch({ executablePath: choice.executablePath, args: [...choice.args], ...(choice.env ? { env: { ...process.env, ...choice.env } } : {}) });
}

/**
 * The fixture site (or the `dist` folder it gives, e.g. of a builtCopy) served and the
 * browser launched once for the tests of a file (or of the describe block it is
 * called in), both closed after them:
 * `const served = siteInBrowser();` then `served.site.url`, `served.browser.newPage()`.
 */
export function siteInBrowser(dist?: () => string): { readonly site: ServedSite; readonly browser: Browser } {
  let site: ServedSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveSite(dist?.());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get site() {
      if (!site) throw new Error('siteInBrowser: the site is served only inside tests');
      return site;
    },
    get browser() {
      if (!browser) throw new Error('siteInBrowser: the browser is open only inside tests');
      return browser;
    },
  };
}
