/**
 * The site's security headers, stated once. The layout puts the policy in a
 * <meta> tag (GitHub Pages cannot set headers) and the build writes the same
 * policy, plus what only a real header can carry, to `_headers` for hosts that
 * read one (Netlify, Cloudflare Pages).
 */

/** Directive name → sources. Scripts only from files on this site: no inline script, no eval. */
const POLICY: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  // Pagefind compiles its search index reader from WebAssembly: that, and nothing else, is allowed beyond 'self'.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'self'"]],
  // Browsers ignore (and warn about) frame-ancestors in a <meta> policy: header only.
  ['frame-ancestors', ["'none'"]],
];

const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export type PolicyDelivery = 'header' | 'meta';

/** The Content-Security-Policy as a header value, or as the content of a <meta http-equiv> tag. */
export function contentSecurityPolicy(delivery: PolicyDelivery): string {
  return POLICY.filter(([name]) => delivery === 'header' || !HEADER_ONLY_DIRECTIVES.has(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Sent with the HTML, and given to the referrer <meta> tag as well. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Powerful features this site never uses, switched off for it and anything it could embed. */
const UNUSED_FEATURES = ['accelerometer', 'camera', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb'];

export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy('header'),
    'Referrer-Policy': REFERRER_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': UNUSED_FEATURES.map((f) => `${f}=()`).join(', '),
  };
}

/** A `_headers` file (Netlify / Cloudflare Pages syntax) applying the security headers to every path under `base`. */
export function headersFile(base: string): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return `# Written by the build from src/site/security.ts; edit that file, not this one.\n${base}*\n${lines.join('\n')}\n`;
}

export interface HeaderRule {
  /** A path, or a path prefix ending in "*". */
  pattern: string;
  headers: Record<string, string>;
}

/** Reads a `_headers` file back into its rules (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path, got "${line.trim()}"`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  });
  return rules;
}

/** The headers the rules give to `path` (later rules add to earlier ones). */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const matches = (pattern: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return Object.assign({}, ...rules.filter((r) => matches(r.pattern)).map((r) => r.headers));
}
