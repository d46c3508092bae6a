/**
 * The lexical rules of RFC 5545 that ical-generator 11 does not keep on its own and
 * that cannot be configured there: the calendar's own TEXT properties are written
 * unescaped, VTIMEZONE comes before REFRESH-INTERVAL and X-PUBLISHED-TTL, `x()`
 * properties come after the events, and the last line has no CRLF. The feed writes
 * the calendar's TEXT properties itself (`textProperty`) and hands ical-generator's
 * output to `finishCalendar`, which puts every line where RFC 5545 wants it.
 */

/** A TEXT value escaped as RFC 5545 3.3.11 says: backslash, semicolon, comma, and newline as `\n`. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** One content line holding a TEXT property, e.g. `NAME:A\, B`. */
export function textProperty(name: string, value: string): string {
  return `${name}:${escapeText(value)}`;
}

/** Longest line RFC 5545 3.1 allows, in octets, without its CRLF. */
export const MAX_LINE_OCTETS = 75;

/**
 * One content line folded into lines of at most 75 octets (the continuation's leading
 * space included), never inside a UTF-8 character: folding counts octets, not characters.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** The content lines of an iCalendar text, each unfolded. */
export function unfoldLines(ics: string): string[] {
  return ics
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n')
    .filter((line) => line !== '');
}

/**
 * A VCALENDAR as RFC 5545 3.4 and 3.6 say: every calendar property, those ical-generator
 * wrote and `calendarProperties` (already escaped), before the first component; the
 * components in the order given; every line folded at 75 octets and ended by CRLF,
 * the last one (END:VCALENDAR) too.
 */
export function finishCalendar(generated: string, calendarProperties: readonly string[] = []): string {
  const lines = unfoldLines(generated);
  if (lines[0] !== 'BEGIN:VCALENDAR' || lines.at(-1) !== 'END:VCALENDAR') throw new Error('finishCalendar: not one VCALENDAR');
  const properties: string[] = [];
  const components: string[] = [];
  let depth = 0;
  for (const line of lines.slice(1, -1)) {
    if (/^BEGIN:/i.test(line)) depth++;
    if (depth === 0) properties.push(line);
    else components.push(line);
    if (/^END:/i.test(line)) depth--;
  }
  if (depth !== 0) throw new Error('finishCalendar: a component is not closed');
  return `${['BEGIN:VCALENDAR', ...properties, ...calendarProperties, ...components, 'END:VCALENDAR'].map(foldLine).join('\r\n')}\r\n`;
}
