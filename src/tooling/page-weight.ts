import { gzipSync } from 'node:zlib';

/**
 * What a first visit of a page fetches, by kind, raw and gzip, and how that
 * compares with the site's budgets. Used by scripts/bench/; no timing here.
 */
export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface Fetched {
  url: string;
  kind: ResourceKind;
  body: Uint8Array;
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  requests: number;
  byKind: Record<ResourceKind, Bytes>;
  total: Bytes;
}

/** The budget for any page's first visit (1 KB = 1024 bytes). */
export const BUDGET = { totalGzip: 18 * 1024, jsGzip: 3 * 1024 } as const;

/** The kind of a fetched resource, from the browser's resource type and the response's content type. */
export function kindOf(resourceType: string, contentType = ''): ResourceKind {
  if (resourceType === 'document' || contentType.startsWith('text/html')) return 'html';
  if (resourceType === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
  if (resourceType === 'script' || /javascript|ecmascript/.test(contentType)) return 'js';
  return 'other';
}

/** gzip as a static host would send it (zlib's default level 6). */
export const gzipSize = (body: Uint8Array): number => gzipSync(body).length;

export function weigh(fetched: readonly Fetched[]): PageWeight {
  const zero = (): Bytes => ({ raw: 0, gzip: 0 });
  const byKind: Record<ResourceKind, Bytes> = { html: zero(), css: zero(), js: zero(), other: zero() };
  const total = zero();
  for (const f of fetched) {
    const raw = f.body.byteLength;
    const gzip = gzipSize(f.body);
    byKind[f.kind].raw += raw;
    byKind[f.kind].gzip += gzip;
    total.raw += raw;
    total.gzip += gzip;
  }
  return { requests: fetched.length, byKind, total };
}

/** The budgets a page weight breaks, in words; empty when it keeps them all. */
export function overBudget(weight: PageWeight): string[] {
  const over: string[] = [];
  if (weight.total.gzip > BUDGET.totalGzip) over.push(`${weight.total.gzip} B gzip in all (budget ${BUDGET.totalGzip} B)`);
  if (weight.byKind.js.gzip > BUDGET.jsGzip) over.push(`${weight.byKind.js.gzip} B gzip of JS (budget ${BUDGET.jsGzip} B)`);
  return over;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
