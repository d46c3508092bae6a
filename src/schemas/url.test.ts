import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normalUrl, urlProblem } from './url.ts';

describe('a URL written as the address it leads to', () => {
  it('accepts URLs already in their normal form', () => {
    for (const url of [
      'https://github.com/modelpack/community',
      'https://modelpack.github.io/community/',
      'https://us06web.zoom.us/j/89085916734?pwd=dBaeMvmg9SyWvWj5Caf2i1bNaCf2oJ.1',
      'https://github.com/org/spec/pull/2#issuecomment-3',
    ])
      expect(urlProblem(url)).toBeUndefined();
  });

  it('refuses "." and ".." segments, percent-encoded or not, with the address they lead to', () => {
    expect(urlProblem('https://github.com/org/site/issues/1/../../../../other-org/repo/issues/666')).toBe(
      'https://github.com/org/site/issues/1/../../../../other-org/repo/issues/666 leads to https://github.com/other-org/repo/issues/666; write that address, as a browser reads it',
    );
    expect(urlProblem('https://github.com/org/site/issues/%2E%2e/1')).toContain('leads to https://github.com/org/site/1;');
    expect(urlProblem('https://github.com/org/./site')).toContain('leads to https://github.com/org/site;');
  });

  it('refuses a host in capitals, a default port, spaces and parentheses a browser would encode', () => {
    expect(urlProblem('https://GitHub.com/org')).toContain('leads to https://github.com/org;');
    expect(urlProblem('https://github.com:443/org')).toContain('leads to https://github.com/org;');
    expect(urlProblem('https://zoom.us/j/1)[Backup link](https://evil.example/)(')).toContain(
      'leads to https://zoom.us/j/1)[Backup%20link](https://evil.example/)(;',
    );
  });

  it('refuses line breaks and control characters before zod, whose URL check drops them silently', () => {
    const schema = normalUrl(z.url({ protocol: /^https$/ }));
    expect(z.url().parse('https://example.org/\r\nBEGIN:VEVENT')).toBe('https://example.org/BEGIN:VEVENT');
    expect(schema.safeParse('https://example.org/\r\nBEGIN:VEVENT').error?.issues.map((i) => i.message)).toEqual([
      'has a line break (U+000D), and this field is one line of text; write it on one line',
    ]);
    expect(schema.safeParse('https://example.org/a\tb').error?.issues.map((i) => i.message)).toEqual(['contains a tab (U+0009); write a space instead']);
  });

  it("leaves what is not a URL to the schema's own message", () => {
    const schema = normalUrl(z.url({ protocol: /^https$/, error: 'write a full https:// address' }));
    expect(schema.safeParse('not a url').error?.issues.map((i) => i.message)).toEqual(['write a full https:// address']);
    expect(schema.safeParse(12).error?.issues.map((i) => i.message)).toEqual(['write a full https:// address']);
  });
});
