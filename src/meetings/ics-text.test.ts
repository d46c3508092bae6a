import { describe, expect, it } from 'vitest';
import { lexicalProblems } from '../../test-support/ics-lexical.ts';
import { escapeText, finishCalendar, foldLine, textProperty, unfoldLines } from './ics-text.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of newline (RFC 5545 3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(textProperty('NAME', 'Calls, syncs; notes')).toBe('NAME:Calls\\, syncs\\; notes');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th octet onto a line starting with a space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });

  it('counts octets, not characters, and never splits a UTF-8 character or a surrogate pair', () => {
    for (const char of ['é', '—', '☕', '😀']) {
      for (let prefix = 60; prefix < 80; prefix++) {
        const line = `SUMMARY:${'a'.repeat(prefix - 8)}${char.repeat(40)}`;
        const folded = foldLine(line);
        expect(lexicalProblems(bytes(`BEGIN:VCALENDAR\r\n${folded}\r\nEND:VCALENDAR\r\n`))).toEqual([]);
        expect(unfoldLines(folded)).toEqual([line]);
      }
    }
  });
});

describe('finishCalendar', () => {
  // What ical-generator 11 writes: properties after a VTIMEZONE and after the events, no final CRLF.
  const generated = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//x//y//EN',
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Berlin',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0100',
    'END:STANDARD',
    'END:VTIMEZONE',
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
    'BEGIN:VEVENT',
    'UID:a@example.org',
    `DESCRIPTION:${'long '.repeat(30)}`,
    'END:VEVENT',
    'X-CUSTOM:after the events',
    'END:VCALENDAR',
  ].join('\r\n');

  it('breaks the rules as ical-generator writes it (so the test below means something)', () => {
    expect(lexicalProblems(bytes(generated))).toEqual([
      'line 16: 162 octets (at most 75)',
      'the last line does not end with CRLF',
      'line 12 (REFRESH-INTERVAL): a calendar property after the first component',
      'line 13 (X-PUBLISHED-TTL): a calendar property after the first component',
      'line 18 (X-CUSTOM): a calendar property after the first component',
    ]);
  });

  it('puts every calendar property, and the ones given, before the first component, folds and ends each line with CRLF', () => {
    const finished = finishCalendar(generated, [textProperty('NAME', 'Meetings, all; of them\nhere')]);
    expect(lexicalProblems(bytes(finished))).toEqual([]);
    expect(unfoldLines(finished).slice(0, 8)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//x//y//EN',
      'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
      'X-PUBLISHED-TTL:PT12H',
      'X-CUSTOM:after the events',
      'NAME:Meetings\\, all\\; of them\\nhere',
      'BEGIN:VTIMEZONE',
    ]);
    expect(finished.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(finishCalendar(finished)).toBe(finished); // idempotent
  });

  it('refuses a text that is not one closed VCALENDAR', () => {
    expect(() => finishCalendar('BEGIN:VEVENT\r\nEND:VEVENT')).toThrow('not one VCALENDAR');
    expect(() => finishCalendar('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR')).toThrow('not closed');
  });
});

describe('lexicalProblems', () => {
  it('finds an unescaped comma or a raw backslash in a calendar TEXT value, a long line and a fold inside a character', () => {
    const utf8 = Buffer.concat([
      Buffer.from('BEGIN:VCALENDAR\r\nNAME:A, B\r\nX-WR-CALDESC:C\\d\r\nSUMMARY:'),
      Buffer.from('é').subarray(0, 1),
      Buffer.from('\r\n '),
      Buffer.from('é').subarray(1),
      Buffer.from(`\r\nX-LONG:${'y'.repeat(70)}\r\nEND:VCALENDAR\r\n`),
    ]);
    expect(lexicalProblems(utf8)).toEqual([
      'line 4: not UTF-8 on its own (folded inside a character)',
      'line 5: not UTF-8 on its own (folded inside a character)',
      'line 6: 77 octets (at most 75)',
      'line 2 (NAME): unescaped "," at 1',
      'line 3 (X-WR-CALDESC): backslash not followed by \\ ; , or n at 1',
    ]);
  });
});
