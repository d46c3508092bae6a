import type { DiffPart } from './word-diff.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A word diff as HTML for a `white-space: pre-wrap` block: deletions in <del>, insertions in
 * <ins>, whitespace before a run outside its mark. The charter's component tags show as text.
 */
export function diffHtml(parts: readonly DiffPart[]): string {
  return parts
    .map((part, i) => {
      const text = escape(part.text);
      const marked = part.kind === 'same' ? text : `<${part.kind}>${text}</${part.kind}>`;
      // Words that replace deleted ones stand after them: the break before both is written once.
      const replacing = part.kind === 'ins' && parts[i - 1]?.kind === 'del';
      return (replacing ? (part.before === '' ? '' : ' ') : escape(part.before)) + marked;
    })
    .join('');
}
