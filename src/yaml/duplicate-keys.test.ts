import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { hasDuplicateKey } from './duplicate-keys.ts';

/** What the yaml package's own check says of a text: whether it reports a duplicate key. */
const yamlFindsDuplicate = (text: string) => parseDocument(text, { uniqueKeys: true }).errors.some((e) => e.code === 'DUPLICATE_KEY');
const weFindDuplicate = (text: string) => hasDuplicateKey(parseDocument(text, { uniqueKeys: false }).contents);

describe('hasDuplicateKey', () => {
  // Each case against the package's own answer, so the two cannot drift apart on an upgrade of yaml.
  it.each([
    ['a: 1\nb: 2', false],
    ['a: 1\na: 2', true],
    ['a: 1\nA: 2', false],
    ['a: 1\n!!str a: 2', true],
    ['&x a: 1\n&y a: 2', true],
    ['? a\n: 1\n? a\n: 2', true],
    ['?\n: 1\n?\n: 2', true],
    [': 1\n: 2', true],
    ['"a": 1\n\'a\': 2', true],
    ['1: x\n1.0: y', true],
    ['1: x\n"1": y', false],
    ['true: 1\nTrue: 2', true],
    ['~: 1\nnull: 2', true],
    ['.nan: 1\n.NaN: 2', false],
    ['? |\n  a\n: 1\n? |\n  a\n: 2', true],
    ['? [a]\n: 1\n? [a]\n: 2', false],
    ['{a: 1, b: 2}', false],
    ['{a: 1, a: 2}', true],
    ['{: 1, : 2}', true],
    ['x:\n  a: 1\n  b: 2\ny:\n  a: 1', false],
    ['x:\n  a: 1\n  a: 2', true],
    ['x: {b: 1, b: 2}', true],
    ['- a: 1\n- a: 2', false],
    ['- a: 1\n  a: 2', true],
    ['[a: 1, a: 2]', false],
    ['? {a: 1, a: 2}\n: 1', true],
    ['base: &b {a: 1}\nother: *b\nmore: *b', false],
    ['just text', false],
    ['', false],
  ])('%j: %s, as the yaml package says', (text, duplicate) => {
    expect(yamlFindsDuplicate(text)).toBe(duplicate);
    expect(weFindDuplicate(text)).toBe(duplicate);
  });
});
