import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../test-support/headers.ts';
import { contentSecurityPolicy, headersFile, securityHeaders } from './security.ts';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );

describe('the Content-Security-Policy', () => {
  it('runs scripts only from files of this site: no inline script, no eval, only wasm compilation beyond that', () => {
    for (const delivery of ['header', 'meta'] as const) {
      const scripts = directives(contentSecurityPolicy(delivery)).get('script-src');
      expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    }
  });

  it('keeps header-only directives out of the <meta> tag, where browsers ignore them with a console error', () => {
    expect(directives(contentSecurityPolicy('header')).has('frame-ancestors')).toBe(true);
    expect(directives(contentSecurityPolicy('meta')).has('frame-ancestors')).toBe(false);
    const { 'frame-ancestors': _, ...rest } = Object.fromEntries(directives(contentSecurityPolicy('header')));
    expect(Object.fromEntries(directives(contentSecurityPolicy('meta')))).toEqual(rest);
  });
});

describe('images from other hosts', () => {
  it("lets browsers load images from this site only, unless content/site.yaml's imageHosts lists more, over https", () => {
    expect(directives(contentSecurityPolicy('meta')).get('img-src')).toEqual(["'self'"]);
    for (const delivery of ['header', 'meta'] as const) {
      expect(directives(contentSecurityPolicy(delivery, ['img.shields.io', '*.githubusercontent.com'])).get('img-src')).toEqual([
        "'self'",
        'https://img.shields.io',
        'https://*.githubusercontent.com',
      ]);
    }
    expect(headersFile('/', ['img.shields.io'])).toContain("img-src 'self' https://img.shields.io;");
  });
});

describe('the _headers file', () => {
  it('reads back as the security headers for every path under the base, and none outside it', () => {
    const rules = parseHeadersFile(headersFile('/community/'));
    expect(headersForPath(rules, '/community/')).toEqual(securityHeaders());
    expect(headersForPath(rules, '/community/governance/')).toEqual(securityHeaders());
    expect(headersForPath(rules, '/other/')).toEqual({});
    expect(Object.keys(securityHeaders()).sort()).toEqual(['Content-Security-Policy', 'Permissions-Policy', 'Referrer-Policy', 'X-Content-Type-Options']);
  });

  it('names the line of a header written outside any path', () => {
    expect(() => parseHeadersFile('# c\n  X-Frame-Options: DENY\n')).toThrow(/line 2/);
  });

  it('lets a later rule add to an earlier one', () => {
    const rules = parseHeadersFile('/*\n  A: 1\n/x/*\n  B: 2\n');
    expect(headersForPath(rules, '/x/y')).toEqual({ A: '1', B: '2' });
    expect(headersForPath(rules, '/y')).toEqual({ A: '1' });
  });
});
