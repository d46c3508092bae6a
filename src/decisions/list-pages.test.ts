import { describe, expect, it } from 'vitest';
import { decisionListPages, decisionListRoute, decisionsUnderRuleRoute } from './list-pages.ts';
import type { DecisionSummary } from './summary.ts';

const decisions = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `d${i + 1}` }) as DecisionSummary);

describe('decisionListPages', () => {
  it('keeps a short list on /decisions/ alone', () => {
    const pages = decisionListPages(decisions(3), 100);
    expect(pages.map((p) => [p.number, p.route, p.decisions.length])).toEqual([[1, '/decisions/', 3]]);
  });

  it('has the first page, empty, when nothing is recorded', () => {
    expect(decisionListPages([], 100)).toEqual([{ number: 1, route: '/decisions/', decisions: [] }]);
  });

  it('cuts a long list into pages in the order given, the last one holding the rest', () => {
    const pages = decisionListPages(decisions(250), 100);
    expect(pages.map((p) => [p.route, p.decisions.length, p.decisions[0]!.id])).toEqual([
      ['/decisions/', 100, 'd1'],
      ['/decisions/page/2/', 100, 'd101'],
      ['/decisions/page/3/', 50, 'd201'],
    ]);
    expect(decisionListPages(decisions(200), 100)).toHaveLength(2);
  });
});

describe('the routes', () => {
  it('names each page, and where the decisions under a rule are listed', () => {
    expect(decisionListRoute(1)).toBe('/decisions/');
    expect(decisionListRoute(4)).toBe('/decisions/page/4/');
    expect(decisionsUnderRuleRoute('change-charter', false)).toBe('/decisions/#rule-change-charter');
    expect(decisionsUnderRuleRoute('change-charter', true)).toBe('/decisions/rule/change-charter/');
  });
});
