/**
 * The lexical rules of RFC 5545 checked on the bytes of a feed, with none of the
 * feed's own code: CRLF after every line (the last too), no line over 75 octets,
 * no fold inside a UTF-8 character, every calendar property before the first
 * component, and TEXT values escaped (3.3.11) at the calendar level as in events.
 */
const TEXT_PROPERTIES = new Set(['NAME', 'X-WR-CALNAME', 'DESCRIPTION', 'X-WR-CALDESC', 'SUMMARY', 'LOCATION', 'COMMENT', 'TZNAME', 'CATEGORIES']);

/** Where an unescaped `,` `;` or a stray backslash sits in a TEXT value, if anywhere. */
function textValueProblem(value: string): string | undefined {
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\') {
      if (!'\\;,nN'.includes(value[i + 1] ?? '')) return `backslash not followed by \\ ; , or n at ${i}`;
      i++;
    } else if (c === ',' || c === ';') return `unescaped "${c}" at ${i}`;
  }
  return undefined;
}

/** Splits a content line into name (without parameters) and value, at the first colon outside quotes. */
function splitContentLine(line: string): { name: string; value: string } {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    if (line[i] === ':' && !quoted) return { name: line.slice(0, i).split(';')[0]!.toUpperCase(), value: line.slice(i + 1) };
  }
  return { name: line.toUpperCase(), value: '' };
}

export function lexicalProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const physical: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a && bytes[i - 1] !== 0x0d) problems.push(`line ${physical.length + 1}: LF without CR`);
    if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) problems.push(`line ${physical.length + 1}: CR without LF`);
    if (bytes[i] === 0x0a || i === bytes.length - 1) {
      const end = bytes[i] === 0x0a ? i - (bytes[i - 1] === 0x0d ? 1 : 0) : i + 1;
      const line = bytes.subarray(start, end);
      if (line.length > 75) problems.push(`line ${physical.length + 1}: ${line.length} octets (at most 75)`);
      try {
        physical.push(decoder.decode(line));
      } catch {
        problems.push(`line ${physical.length + 1}: not UTF-8 on its own (folded inside a character)`);
        physical.push('');
      }
      start = i + 1;
    }
  }
  if (bytes.length < 2 || bytes[bytes.length - 2] !== 0x0d || bytes[bytes.length - 1] !== 0x0a) problems.push('the last line does not end with CRLF');

  const logical: string[] = [];
  for (const line of physical) {
    if (/^[ \t]/.test(line) && logical.length) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  if (logical[0] !== 'BEGIN:VCALENDAR') problems.push('does not start with BEGIN:VCALENDAR');
  if (logical.at(-1) !== 'END:VCALENDAR') problems.push('does not end with END:VCALENDAR');
  let depth = 0;
  let seenComponent = false;
  logical.forEach((line, index) => {
    const { name, value } = splitContentLine(line);
    if (name === 'BEGIN') {
      depth++;
      if (depth === 2) seenComponent = true;
    }
    if (depth === 1 && seenComponent && name !== 'BEGIN' && name !== 'END')
      problems.push(`line ${index + 1} (${name}): a calendar property after the first component`);
    if (TEXT_PROPERTIES.has(name)) {
      const problem = textValueProblem(value);
      if (problem) problems.push(`line ${index + 1} (${name}): ${problem}`);
    }
    if (name === 'END') depth--;
  });
  return problems;
}
