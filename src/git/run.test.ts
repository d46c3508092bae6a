import { describe, expect, it } from 'vitest';
import { parseCatFileBatch } from './run.ts';

describe('parseCatFileBatch', () => {
  it('splits blobs by their sizes in octets, UTF-8 and newlines included', () => {
    const one = Buffer.from('title: Café\nx: 1\n');
    const out = Buffer.concat([
      Buffer.from(`${'a'.repeat(40)} blob ${one.length}\n`),
      one,
      Buffer.from('\n'),
      Buffer.from(`${'c'.repeat(40)} missing\n`),
      Buffer.from(`${'b'.repeat(40)} blob 2\nhi\n`),
    ]);
    const texts = parseCatFileBatch(out);
    expect(texts.get('a'.repeat(40))).toBe('title: Café\nx: 1\n');
    expect(texts.get('b'.repeat(40))).toBe('hi');
    expect(texts.size).toBe(2);
  });

  it('reads every blob, multi-byte text, empty blobs and missing objects included', () => {
    const [a, b, c] = ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40)] as const;
    const out = Buffer.concat([Buffer.from(`${a} blob 6\nnaïve\n`), Buffer.from(`${c} missing\n`), Buffer.from(`${b} blob 0\n\n`)]);
    expect(Object.fromEntries(parseCatFileBatch(out))).toEqual({ [a]: 'naïve', [b]: '' });
  });
});
