/**
 * A `_headers` file read back, the way Netlify or Cloudflare Pages read it: for the
 * tests' static server (test-support/browser.ts) and the tests of the security headers.
 * The site writes the file (headersFile in src/site/security.ts) and never reads it.
 */
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
