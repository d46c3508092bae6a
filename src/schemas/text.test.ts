import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { oneLine, severalLines, textProblem } from './text.ts';

describe('text a field may hold', () => {
  it('accepts any printable text, in any script, on one line', () => {
    for (const text of ['ModelSpec', 'Réunion, Café; Q&A \\ 会議 — ☕😀', 'a "quoted" <b>word</b>', '']) expect(textProblem(text)).toBeUndefined();
  });

  it('refuses every kind of line break in a one-line field, naming it', () => {
    expect(textProblem('a\nb')).toBe('has a line break (U+000A), and this field is one line of text; write it on one line');
    expect(textProblem('a\r\nb')).toContain('(U+000D)');
    expect(textProblem('a\u0085b')).toContain('(U+0085)');
    expect(textProblem('a\u2028b')).toContain('(U+2028)');
    expect(textProblem('a\u2029b')).toContain('(U+2029)');
  });

  it('refuses control characters, C0, DEL and C1, in any field', () => {
    expect(textProblem('a\tb')).toBe('contains a tab (U+0009); write a space instead');
    for (const char of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0090']) {
      expect(textProblem(`a${char}b`)).toMatch(/^contains the control character U\+00[0-9A-F]{2}, which no page, feed or calendar can show; remove it$/);
      expect(textProblem(`a${char}b`, { multiLine: true })).toMatch(/^contains the control character/);
    }
  });

  it('allows line feeds, and only those, in a field of several lines', () => {
    expect(textProblem('one\ntwo\n', { multiLine: true })).toBeUndefined();
    expect(textProblem('one\r\ntwo', { multiLine: true })).toBe(
      'contains the line break U+000D; end each line with a plain line feed, as a YAML block ("|" or ">") writes it',
    );
    expect(textProblem('one\u2028two', { multiLine: true })).toContain('U+2028');
  });

  it('adds the check to a schema, after its own', () => {
    const schema = z.object({ a: oneLine(z.string().min(1, 'write a')).optional(), b: severalLines(z.string()).optional() });
    expect(schema.safeParse({ a: 'x\ny' }).error?.issues.map((i) => i.message)).toEqual([
      'has a line break (U+000A), and this field is one line of text; write it on one line',
    ]);
    expect(schema.safeParse({ a: '' }).error?.issues.map((i) => i.message)).toEqual(['write a']);
    expect(schema.safeParse({ b: 'x\ny' }).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(true);
  });
});
