import { describe, expect, it } from 'vitest';
import { buildTargets, targetsTable, type TargetFigures } from './build-targets.ts';
import type { PageWeight } from './page-weight.ts';

const weight = (totalGzip: number, jsGzip = 0): PageWeight => ({
  requests: 3,
  byKind: { html: { raw: 0, gzip: totalGzip - jsGzip }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: jsGzip }, other: { raw: 0, gzip: 0 } },
  total: { raw: 0, gzip: totalGzip },
});
const MB = 1024 * 1024;

const figures = (over: Partial<TargetFigures> = {}): TargetFigures => ({
  enlarged: { seconds: 12, peakBytes: 900 * MB, pages: 1008 },
  floor: { seconds: 10, peakBytes: 1000 * MB, pages: 1000 },
  recordPages: [],
  weights: [
    { route: '/community/', weight: weight(3000) },
    { route: '/community/meetings/', weight: weight(6000, 1000) },
  ],
  warm: { checkSeconds: 6, buildSeconds: 4 },
  ...over,
});

describe('buildTargets', () => {
  it('meets the time target at exactly 1.2 × the floor and misses it above, and compares peak memory with the floor', () => {
    const [time, memory] = buildTargets(figures());
    expect(time).toEqual({ target: expect.stringContaining('1.2'), measured: '12.0 s / 10.0 s = 1.20 ×', met: true });
    expect(memory).toMatchObject({ measured: '900 MB against 1000 MB', met: true });
    const [slow, heavy] = buildTargets(figures({ enlarged: { seconds: 12.5, peakBytes: 1001 * MB, pages: 1008 } }));
    expect(slow!.met).toBe(false);
    expect(heavy!.met).toBe(false);
  });

  it('costs each record scenario per page against half a floor page: (with - without) / pages', () => {
    // a floor page: 10 s / 1000 = 10 ms; allowed 5 ms
    const rows = buildTargets(
      figures({
        recordPages: [
          { label: 'decisions, 200', withSeconds: 21, withoutSeconds: 20, pages: 200 },
          { label: 'meeting occurrences, 500', withSeconds: 23, withoutSeconds: 20, pages: 500 },
        ],
      }),
    );
    const decisions = rows.find((r) => r.target.startsWith('decisions'))!;
    expect(decisions).toMatchObject({ measured: '(21.0 s - 20.0 s) / 200 = 5.0 ms, 0.50 × a floor page', met: true });
    const meetings = rows.find((r) => r.target.startsWith('meeting occurrences'))!;
    expect(meetings).toMatchObject({ measured: expect.stringContaining('= 6.0 ms, 0.60 ×'), met: false });
  });

  it('says a target was not measured rather than met', () => {
    const rows = buildTargets(figures({ warm: undefined, weights: [] }));
    expect(rows.filter((r) => r.met === undefined).map((r) => r.measured)).toEqual([
      'not measured in this run',
      'not measured in this run',
      'not measured in this run',
    ]);
    expect(targetsTable(rows)).toContain('| not measured |');
  });

  it('names the pages over the weight budget, the JS budget included', () => {
    const pages = figures({
      weights: [
        { route: '/a/', weight: weight(18 * 1024) },
        { route: '/roster/', weight: weight(25.5 * 1024) },
        { route: '/js/', weight: weight(5000, 3 * 1024 + 1) },
      ],
    });
    const row = buildTargets(pages).find((r) => r.target.startsWith("Every page's"))!;
    expect(row.met).toBe(false);
    expect(row.measured).toBe('heaviest /roster/ 25.5 KB; most JS /js/ 3.0 KB; over: /roster/, /js/');
    expect(buildTargets(figures()).find((r) => r.target.startsWith("Every page's"))!.met).toBe(true);
  });

  it('compares warm check with warm build at 1.5 ×', () => {
    const warmRow = (checkSeconds: number) => buildTargets(figures({ warm: { checkSeconds, buildSeconds: 4 } })).at(-1)!;
    expect(warmRow(6)).toMatchObject({ measured: '6.0 s / 4.0 s = 1.50 ×', met: true });
    expect(warmRow(6.1).met).toBe(false);
  });

  it('renders a Markdown table with a row per target', () => {
    const table = targetsTable(buildTargets(figures({ enlarged: { seconds: 20, peakBytes: 900 * MB, pages: 1008 } })));
    expect(table.split('\n')).toHaveLength(2 + 5);
    expect(table).toContain('| 20.0 s / 10.0 s = 2.00 × | **NOT met** |');
  });
});
