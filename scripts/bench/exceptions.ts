/**
 * One series with many extra sessions (issue 22, "cost"): the one-off measurement behind
 * MAX_EXCEPTIONS (src/schemas/meeting.ts). For each size it times, in this process, what a
 * build does with the series' exceptions (validating the file, listing the meetings that get a
 * page, the browser script's data, the calendar feed), past the limit with the schema's cap
 * left out, to show the cost grows in step with the list; and, with --build, one cold build
 * of a copy of the project whose office hours list MAX_EXCEPTIONS extra sessions. Not part of
 * `npm run bench`: its figures are in BENCHMARKS.md ("Exceptions of one series").
 *
 * Usage: node scripts/bench/exceptions.ts [--sizes 500,2000,10000] [--build]
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { join } from 'node:path';
import { withRules } from '../../src/rules/rule.ts';
import { meetingRules } from '../../src/rules/index.ts';
import { parseContentFile } from '../../src/validation/validate.ts';
import { browserRules } from '../../src/meetings/browser-data.ts';
import { buildFeed, contentStamp } from '../../src/meetings/feed.ts';
import { meetingPages } from '../../src/meetings/meeting-pages.ts';
import { MAX_EXCEPTIONS, meetingSchema } from '../../src/schemas/meeting.ts';
import { projectRoot } from '../../test-support/project.ts';
import { benchCopy, coldBuild, SITE_BUILD } from './builds.ts';
import { log, mb } from './log.ts';

const args = process.argv.slice(2);
const sizes = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : `${MAX_EXCEPTIONS},2000,10000`).split(',').map(Number);
const SERIES_FILE = 'content/meetings/office-hours.yaml';

/** The office hours with `n` extra sessions, on every day from their first meeting that is not a Thursday (their weekday). */
export function withExtraSessions(text: string, n: number): string {
  const lines: string[] = [];
  for (let day = Date.parse('2025-06-27T00:00:00Z'); lines.length < n; day += 86_400_000) {
    const date = new Date(day);
    if (date.getUTCDay() !== 4) lines.push(`  - date: ${date.toISOString().slice(0, 10)}\n    reason: Working session ${lines.length + 1}`);
  }
  return `${text.trimEnd()}\nextra:\n${lines.join('\n')}\n`;
}

const seconds = (f: () => unknown): string => {
  const start = performance.now();
  f();
  return `${((performance.now() - start) / 1000).toFixed(2)} s`;
};

const base = readFileSync(join(projectRoot, SERIES_FILE), 'utf8');
// The schema without its cap on the lists, so that sizes past the limit can be timed at all.
const uncapped = withRules(meetingSchema.extend({ extra: z.array(meetingSchema.shape.extra.unwrap().element).default([]) }), meetingRules);
const now = new Date('2026-12-07T00:00:00Z');
console.log('| extra sessions | file | validate | pages listed | browser data | feed |');
console.log('|---|---|---|---|---|---|');
for (const n of sizes) {
  const text = withExtraSessions(base, n);
  let parsed: ReturnType<typeof parseContentFile<typeof uncapped>> | undefined;
  const validate = seconds(() => (parsed = parseContentFile(SERIES_FILE, text, { format: 'yaml', schema: uncapped })));
  if (!parsed?.entry) throw new Error(JSON.stringify(parsed?.problems.slice(0, 3)));
  const series = { id: 'office-hours', ...parsed.entry.data };
  const pages = seconds(() => meetingPages(series, [], now));
  const browser = seconds(() => browserRules([series]));
  const feed = seconds(() =>
    buildFeed([series], { siteUrl: 'https://governance.example.org/community/', project: 'Example', stampOf: (s) => contentStamp(s, undefined) }, 'x'),
  );
  console.log(`| ${n.toLocaleString('en')} | ${Math.round(text.length / 1024)} KB | ${validate} | ${pages} | ${browser} | ${feed} |`);
}

if (args.includes('--build')) {
  const copy = benchCopy();
  try {
    copy.write(SERIES_FILE, withExtraSessions(base, MAX_EXCEPTIONS));
    const run = await coldBuild(copy, SITE_BUILD);
    log(
      `cold build with ${MAX_EXCEPTIONS} extra sessions: ${run.seconds.toFixed(1)} s (Astro ${run.astroSeconds?.toFixed(1) ?? '?'} s), peak ${mb(run.peakBytes)} MB`,
    );
  } finally {
    copy.dispose();
  }
}
