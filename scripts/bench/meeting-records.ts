/**
 * Meeting records at scale (issue 13): 50 series with a year of records each (about 1,300
 * meeting pages), built against the same copy without the records, and the first visit of
 * a series page and of a meeting page within the page budgets. Synthetic, in the copies only.
 */
import { readdirSync } from 'node:fs';
import { buildClock } from '../../src/meetings/clock.ts';
import { scheduledDates } from '../../src/meetings/occurrences.ts';
import { overBudget } from '../../src/tooling/page-weight.ts';
import { loadMeetingSeries } from '../../test-support/meetings.ts';
import type { ProjectCopy } from '../../test-support/project.ts';
import { benchCopy, measureBuilds, type BuildFigures } from './builds.ts';
import { addEntries } from './enlarged-copy.ts';
import { kb, log } from './log.ts';
import { pageWeights, type PageWeights } from './page-weights.ts';

export const RECORD_SERIES = 50;

export interface MeetingRecordsFigures {
  withRecords: BuildFigures;
  without: BuildFigures;
  records: number;
  note: string;
  weights: PageWeights;
}

/** A year of records (every meeting of the year before the build day) for each series of the copy. */
export function addRecords(copy: ProjectCopy): { records: number; first: { series: string; date: string } } {
  const now = buildClock();
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
  const today = now.toISOString().slice(0, 10);
  let records = 0;
  let first: { series: string; date: string } | undefined;
  for (const series of loadMeetingSeries(copy.dir)) {
    for (const date of scheduledDates(series, yearAgo, today).filter((d) => d < today)) {
      copy.write(
        `content/meetings/${series.id}/${date}.md`,
        `---\nrecordingUrl: https://www.youtube.com/watch?v=bench-${records}\n---\n\n## Agenda\n\n- Release status\n- Open pull requests\n- [Charter](../../docs/governance.mdx) questions\n\n## Notes\n\n- Reviewed the release checklist; two items left.\n- Agreed to discuss the open proposals next time.\n`,
      );
      records++;
      first ??= { series: series.id, date };
    }
  }
  return { records, first: first! };
}

/** Two copies with RECORD_SERIES more series; one with a year of records for every series. */
export async function meetingRecordsScenario(copies: ProjectCopy[], runs: number): Promise<MeetingRecordsFigures> {
  const without = benchCopy();
  const withRecords = benchCopy();
  copies.push(without, withRecords);
  const note = addEntries(without, 'meetings', RECORD_SERIES).note;
  addEntries(withRecords, 'meetings', RECORD_SERIES);
  const { records, first } = addRecords(withRecords);
  log(`meeting records: ${note}; ${records} records`);
  const withoutFigures = await measureBuilds(`${RECORD_SERIES} more series, no records`, without, runs);
  const withFigures = await measureBuilds(`${RECORD_SERIES} more series with a year of records`, withRecords, runs);
  const pagesOf = (series: string) => readdirSync(withRecords.path(`dist/meetings/${series}`)).filter((n) => /^\d{4}-/.test(n)).length;
  log(`meeting records: ${pagesOf(first.series)} meeting pages for ${first.series}`);
  const weights = await pageWeights(withRecords.path('dist'), [`meetings/${first.series}/`, `meetings/${first.series}/${first.date}/`]);
  for (const w of weights) log(`${w.route}: ${w.weight.requests} requests, ${kb(w.weight.total.gzip)} KB gzip ${overBudget(w.weight).join('; ')}`);
  return { withRecords: withFigures, without: withoutFigures, records, note, weights };
}

/** The section of BENCHMARKS.md; `build` and `weightRow` are report.ts's own row writers. */
export function meetingRecordsSection(
  r: MeetingRecordsFigures,
  build: (label: string, f: BuildFigures) => string,
  weightRow: (w: PageWeights[number]) => string,
): string {
  const extra = r.withRecords.medianSeconds - r.without.medianSeconds;
  return `## Meeting records

Two copies of the site with ${RECORD_SERIES} more meeting series (${r.note}); one of them also has a year of
records, every meeting of the year before the bench day (${r.records.toLocaleString('en')} files
\`content/meetings/<series>/<date>.md\` with a recording link, an agenda and notes), so
${r.withRecords.pages - r.without.pages} more pages. The records add ${extra.toFixed(1)} s to the median build.

| Site | Pages | Runs (s) | Median | of which Astro + link check | of which Pagefind | Peak memory |
| --- | ---: | --- | ---: | ---: | ---: | ---: |
${build(`${RECORD_SERIES} more series, no records`, r.without)}
${build(`${RECORD_SERIES} more series with a year of records`, r.withRecords)}

First visit of a series page and of a meeting page with a record:

| Page | Requests | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | Other raw / gzip | Total gzip | Budget |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${r.weights.map(weightRow).join('\n')}
`;
}
