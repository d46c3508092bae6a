import { DECISIONS_ROUTE, type DecisionSummary } from './summary.ts';

/**
 * How many decisions one page of the list holds. A decision's entry is about 40 bytes of
 * gzip; a hundred keep /decisions/ well inside the first-visit budget (18 KB gzip) however
 * many votes are recorded, where all 500 of the benchmark's made it 26 KB (issue 14).
 */
export const DECISIONS_PER_PAGE = 100;

export interface DecisionListPage {
  /** 1 for /decisions/ itself. */
  number: number;
  route: string;
  decisions: DecisionSummary[];
}

/** The site route of page `n` of the list: /decisions/, then /decisions/page/2/ and on. */
export function decisionListRoute(n: number): string {
  return n === 1 ? DECISIONS_ROUTE : `${DECISIONS_ROUTE}page/${n}/`;
}

/** The list, newest first as given, cut into pages of `perPage`; always at least the first page. */
export function decisionListPages(newestFirst: readonly DecisionSummary[], perPage = DECISIONS_PER_PAGE): DecisionListPage[] {
  const pages: DecisionListPage[] = [];
  for (let start = 0; start === 0 || start < newestFirst.length; start += perPage) {
    const number = pages.length + 1;
    pages.push({ number, route: decisionListRoute(number), decisions: newestFirst.slice(start, start + perPage) });
  }
  return pages;
}

/**
 * Where the decisions taken under one charter rule are listed: the section of /decisions/
 * while the whole list fits on it, else a page of their own (the links of every decision
 * under a rule, however many, each a title and a date).
 */
export function decisionsUnderRuleRoute(rule: string, paged: boolean): string {
  return paged ? `${DECISIONS_ROUTE}rule/${rule}/` : `${DECISIONS_ROUTE}#rule-${rule}`;
}
