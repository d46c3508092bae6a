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

/**
 * The Content-Security-Policy as a header value, or as the content of a <meta http-equiv> tag.
 * `imageHosts` (content/site.yaml) join img-src over https; the content check refuses an image from any other host.
 */
export function contentSecurityPolicy(delivery: PolicyDelivery, imageHosts: readonly string[] = []): string {
  return POLICY.filter(([name]) => delivery === 'header' || !HEADER_ONLY_DIRECTIVES.has(name))
    .map(([name, sources]) => [name, name === 'img-src' ? [...sources, ...imageHosts.map((host) => `https://${host}`)] : sources] as const)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Sent with the HTML, and given to the referrer <meta> tag as well. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Powerful features this site never uses, switched off for it and anything it could embed. */
const UNUSED_FEATURES = ['accelerometer', 'camera', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb'];

export function securityHeaders(imageHosts: readonly string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy('header', imageHosts),
    'Referrer-Policy': REFERRER_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': UNUSED_FEATURES.map((f) => `${f}=()`).join(', '),
  };
}

/** A `_headers` file (Netlify / Cloudflare Pages syntax) applying the security headers to every path under `base`. */
export function headersFile(base: string, imageHosts: readonly string[] = []): string {
  const lines = Object.entries(securityHeaders(imageHosts)).map(([name, value]) => `  ${name}: ${value}`);
  return `# Written by the build from src/site/security.ts; edit that file, not this one.\n${base}*\n${lines.join('\n')}\n`;
}
