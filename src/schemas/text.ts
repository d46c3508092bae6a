import { z } from 'zod';

/**
 * Text as content may hold it. Every field's text reaches a page, a generated Markdown file,
 * an RSS feed or a calendar, where a control character either breaks the file (XML 1.0 has
 * no form for most of them) or starts a line of its own (CR LF begins a new iCalendar
 * property, LF a new Markdown block). So a one-line field refuses every control character
 * and line break, and a text of several lines allows only the line feed ("\n").
 */

/** C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/u;

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `text` cannot stand in a one-line field (or, `multiLine`, a field of several lines), or undefined when it can. */
export function textProblem(text: string, opts: { multiLine?: boolean } = {}): string | undefined {
  const lineBreak = opts.multiLine ? undefined : LINE_BREAK.exec(text);
  if (lineBreak) return `has a line break (${codePoint(lineBreak[0])}), and this field is one line of text; write it on one line`;
  for (const char of text) {
    if (opts.multiLine && char === '\n') continue;
    if (!CONTROL_CHARACTER.test(char)) continue;
    if (char === '\t') return 'contains a tab (U+0009); write a space instead';
    if (LINE_BREAK.test(char))
      return `contains the line break ${codePoint(char)}; end each line with a plain line feed, as a YAML block ("|" or ">") writes it`;
    return `contains the control character ${codePoint(char)}, which no page, feed or calendar can show; remove it`;
  }
  return undefined;
}

/** Adds the check of `textProblem` to a string schema: `oneLine(z.string().min(1))`. */
export function oneLine<T extends z.ZodType<string | undefined>>(schema: T): T {
  return schema.superRefine((text, ctx) => {
    const problem = typeof text === 'string' ? textProblem(text) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }) as T;
}

/** As `oneLine`, for a text of several lines: line feeds are allowed, no other control character. */
export function severalLines<T extends z.ZodType<string | undefined>>(schema: T): T {
  return schema.superRefine((text, ctx) => {
    const problem = typeof text === 'string' ? textProblem(text, { multiLine: true }) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }) as T;
}
