import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serveSite } from '../../test-support/browser.ts';
import { browser } from './browser.ts';
import { log } from './log.ts';

export const LIGHTHOUSE_PAGES = [
  ['home', ''],
  ['charter', 'governance/'],
  ['roster', 'maintainers/'],
  ['meetings', 'meetings/'],
] as const;

export interface LighthouseFigures {
  page: string;
  route: string;
  scores: Record<string, number>;
  /** Audits that cost points, by category. */
  misses: string[];
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Lighthouse's four scores, and the audits that cost points, for each of LIGHTHOUSE_PAGES. */
export async function lighthouse(dist: string): Promise<LighthouseFigures[]> {
  const cli = join(dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli/index.js');
  const site = await serveSite(dist);
  const figures: LighthouseFigures[] = [];
  try {
    for (const [page, path] of LIGHTHOUSE_PAGES) {
      const url = `${site.url}${path}`;
      const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            cli,
            url,
            '--output=json',
            '--output-path=stdout',
            '--quiet',
            `--only-categories=${CATEGORIES.join(',')}`,
            `--chrome-flags=${browser.args.join(' ')}`,
          ],
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

export function lighthouseVersion(): string {
  return (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('lighthouse/package.json'), 'utf8')) as { version: string }).version;
}
