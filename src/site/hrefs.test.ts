import { describe, expect, it } from 'vitest';
import { hasSchemeOrHost } from './hrefs.ts';

describe('hasSchemeOrHost', () => {
  it('is true for a link with its own scheme or host, false for a path, a route or a fragment', () => {
    expect(['https://example.org', 'mailto:a@b.org', 'webcal://example.org/x.ics', '//example.org/x', 'HTTP://EXAMPLE.ORG'].every(hasSchemeOrHost)).toBe(true);
    expect(['/community/', '#x', './MAINTAINERS.md', '../docs/a.mdx', 'governance.mdx', ''].some(hasSchemeOrHost)).toBe(false);
  });
});
