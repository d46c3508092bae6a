import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUDGET, kindOf, median, overBudget, weigh } from './page-weight.ts';

const text = (s: string) => new TextEncoder().encode(s);

describe('weigh', () => {
  it('adds up raw and gzip bytes by kind, gzip being what zlib really produces', () => {
    const html = text('<!doctype html><p>'.padEnd(4000, 'governance '));
    const css = text('body{margin:0}');
    const weight = weigh([
      { url: '/', kind: 'html', body: html },
      { url: '/a.css', kind: 'css', body: css },
    ]);
    expect(weight.requests).toBe(2);
    expect(weight.byKind.html.raw).toBe(4000);
    expect(weight.byKind.html.gzip).toBe(gzipSync(html).length);
    expect(gunzipSync(gzipSync(html)).byteLength).toBe(4000);
    expect(weight.byKind.html.gzip).toBeLessThan(400); // repetitive text compresses
    expect(weight.byKind.js).toEqual({ raw: 0, gzip: 0 });
    expect(weight.total.raw).toBe(4000 + css.byteLength);
  });
});

describe('overBudget', () => {
  it('names the total and the JavaScript budgets a page breaks', () => {
    expect(overBudget(weigh([{ url: '/', kind: 'html', body: text('<p>hi</p>') }]))).toEqual([]);
    const heavy = weigh([{ url: '/x.js', kind: 'js', body: randomBytes(BUDGET.totalGzip + 100) /* does not compress */ }]);
    expect(overBudget(heavy)).toHaveLength(2);
    expect(overBudget(heavy)[1]).toMatch(/of JS/);
  });
});

describe('kindOf', () => {
  it('sorts resources by what the browser fetched them as', () => {
    expect(kindOf('document')).toBe('html');
    expect(kindOf('stylesheet')).toBe('css');
    expect(kindOf('script')).toBe('js');
    expect(kindOf('fetch', 'text/javascript; charset=utf-8')).toBe('js');
    expect(kindOf('other', 'image/svg+xml')).toBe('other');
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});
