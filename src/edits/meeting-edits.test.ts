import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { meetingsCollection } from '../collections/registry.ts';
import { parseContentFile } from '../validation/validate.ts';
import { applyMeetingEdit, MeetingEditError, parseMeetingEditArgs, seriesFile, type MeetingEdit } from './meeting-edits.ts';
import { occurrencesBetween } from '../meetings/occurrences.ts';

const FILE = 'content/meetings/office-hours.yaml';
const REAL = readFileSync(FILE, 'utf8');
/** Every other Thursday at 14:00 UTC from 2026-01-08: 2026-12-10, 2026-12-24 and 2027-01-07 are meetings, 2026-12-17 is not. */
const SMALL = `title: Office hours
description: A test series.
rule:
  weekday: thursday
  start: "14:00"
  durationMinutes: 60
  intervalWeeks: 2
  timeZone: UTC
firstOccurrence: 2026-01-08
join:
  url: https://example.org/call
`;

function errorOf(text: string, edit: MeetingEdit, file = 'content/meetings/office-hours.yaml'): string {
  try {
    applyMeetingEdit(file, text, edit);
  } catch (error) {
    if (error instanceof MeetingEditError) return error.message;
    throw error;
  }
  throw new Error('the edit was accepted');
}

/** The series as the build reads it. */
const dataOf = (text: string) => {
  const { entry, problems } = parseContentFile(FILE, text, meetingsCollection);
  expect(problems).toEqual([]);
  return { id: 'office-hours', ...entry!.data };
};

describe('cancelling a meeting', () => {
  it('adds the date and reason at the end of the real file and leaves every other byte as it was', () => {
    const result = applyMeetingEdit(FILE, REAL, { kind: 'cancel', date: '2026-12-24', reason: 'Winter holidays' });
    expect(result.text).toBe(`${REAL}cancelled:\n  - date: 2026-12-24\n    reason: Winter holidays\n`);
    expect(result.summary).toBe('cancelled the meeting of Thursday 24 December 2026, 14:00-15:00 UTC (Winter holidays)');
    expect(result.diff).toEqual(['+ cancelled:', '+   - date: 2026-12-24', '+     reason: Winter holidays']);
    const around = occurrencesBetween(dataOf(result.text), new Date('2026-12-20T00:00:00Z'), new Date('2026-12-28T00:00:00Z'));
    expect(around.map((o) => [o.start.toISOString(), o.status, o.reason])).toEqual([['2026-12-24T14:00:00.000Z', 'cancelled', 'Winter holidays']]);
  });

  it('keeps a list in date order, with its own indentation, comments and quotes', () => {
    const text = `${SMALL}cancelled:\n    # decided on 2026-11-02\n    - date: 2026-12-10   # holiday\n      reason: 'Holiday'\n    - date: 2027-01-07\n      reason: "New year"\n# the end\n`;
    const between = applyMeetingEdit(FILE, text, { kind: 'cancel', date: '2026-12-24', reason: 'Winter holidays' });
    expect(between.text).toBe(text.replace('    - date: 2027-01-07', '    - date: 2026-12-24\n      reason: Winter holidays\n    - date: 2027-01-07'));
    const last = applyMeetingEdit(FILE, text, { kind: 'cancel', date: '2027-01-21', reason: 'Travel' });
    expect(last.text).toBe(text.replace('# the end', '    - date: 2027-01-21\n      reason: Travel\n# the end'));
  });

  it('writes an empty or one-line [list] as a list of lines, in its place', () => {
    for (const empty of ['cancelled: []\n', 'cancelled: [ ]  # none yet\n']) {
      const result = applyMeetingEdit(FILE, `${SMALL}${empty}notesUrl: https://example.org/notes\n`, {
        kind: 'cancel',
        date: '2026-12-24',
        reason: 'Winter holidays',
      });
      expect(result.text).toBe(`${SMALL}cancelled:\n  - date: 2026-12-24\n    reason: Winter holidays\nnotesUrl: https://example.org/notes\n`);
    }
    const flow = applyMeetingEdit(FILE, `${SMALL}cancelled: [{ date: 2027-01-07, reason: New year }]\n`, {
      kind: 'cancel',
      date: '2026-12-24',
      reason: 'Winter holidays',
    });
    expect(flow.text).toBe(`${SMALL}cancelled:\n  - date: 2026-12-24\n    reason: Winter holidays\n  - date: 2027-01-07\n    reason: New year\n`);
  });

  it('quotes a reason only when YAML needs it, and keeps Windows line ends', () => {
    const quoted = applyMeetingEdit(FILE, SMALL, { kind: 'cancel', date: '2026-12-24', reason: 'KubeCon: keynote #2' });
    expect(quoted.text.endsWith('    reason: "KubeCon: keynote #2"\n')).toBe(true);
    expect(dataOf(quoted.text).cancelled).toEqual([{ date: '2026-12-24', reason: 'KubeCon: keynote #2' }]);
    const crlf = SMALL.replace(/\n/g, '\r\n');
    expect(applyMeetingEdit(FILE, crlf, { kind: 'cancel', date: '2026-12-24', reason: 'Holiday' }).text).toBe(
      `${crlf}cancelled:\r\n  - date: 2026-12-24\r\n    reason: Holiday\r\n`,
    );
  });

  it('refuses a date that is not a meeting of the series, naming the nearest that are', () => {
    expect(errorOf(SMALL, { kind: 'cancel', date: '2026-12-17', reason: 'Holiday' })).toBe(
      `${FILE} not changed:\n  the date: 2026-12-17 is not a date of this series (every other Thursday from 2026-01-08); the nearest are 2026-12-10 and 2026-12-24`,
    );
    expect(errorOf(SMALL, { kind: 'cancel', date: '2026-02-30', reason: 'Holiday' })).toBe(
      `${FILE} not changed:\n  the date: 2026-02-30 is not a day of the calendar; write a real date as YYYY-MM-DD, e.g. 2025-12-25`,
    );
    expect(errorOf(SMALL, { kind: 'cancel', date: '24.12.2026', reason: 'Holiday' })).toBe(
      `${FILE} not changed:\n  the date: "24.12.2026" is not a date; write it as YYYY-MM-DD, e.g. 2025-12-25`,
    );
    expect(errorOf(SMALL, { kind: 'cancel', date: '2026-12-24', reason: '' })).toBe(
      `${FILE} not changed:\n  the reason: write a short reason that readers will see, e.g. reason: KubeCon week`,
    );
  });

  it('refuses a meeting that is already cancelled or moved', () => {
    const text = `${SMALL}cancelled:\n  - date: 2026-12-24\n    reason: Winter holidays\nmoved:\n  - date: 2027-01-07\n    to: 2027-01-08\n    reason: KubeCon\n`;
    expect(errorOf(text, { kind: 'cancel', date: '2026-12-24', reason: 'Again' })).toBe(
      `the meeting of 2026-12-24 is already cancelled (Winter holidays) in ${FILE}; to change that, edit its entry under cancelled:`,
    );
    expect(errorOf(text, { kind: 'cancel', date: '2027-01-07', reason: 'Again' })).toBe(
      `the meeting of 2027-01-07 is already moved to 2027-01-08 (KubeCon) in ${FILE}; to change that, edit its entry under moved:`,
    );
  });

  it('refuses to edit a file that is already broken, and lists its problems', () => {
    expect(errorOf(SMALL.replace('timeZone: UTC', 'timeZone: Europe/Berln'), { kind: 'cancel', date: '2026-12-24', reason: 'Holiday' })).toBe(
      `${FILE} has problems of its own; fix them first (npm run check lists them):\n${FILE}:8: rule.timeZone: unknown time zone "Europe/Berln"; did you mean Europe/Berlin? Write an IANA time zone name such as UTC, Europe/Berlin or America/New_York`,
    );
  });
});

describe('moving a meeting', () => {
  it('adds the usual date, the new date, start and length, and says from when to when', () => {
    const result = applyMeetingEdit(FILE, SMALL, {
      kind: 'move',
      date: '2027-01-07',
      to: '2027-01-08',
      start: '15:00',
      durationMinutes: 90,
      reason: 'KubeCon',
    });
    expect(result.text).toBe(`${SMALL}moved:\n  - date: 2027-01-07\n    to: 2027-01-08\n    start: "15:00"\n    durationMinutes: 90\n    reason: KubeCon\n`);
    expect(result.summary).toBe('moved the meeting of Thursday 7 January 2027, 14:00-15:00 UTC to Friday 8 January 2027, 15:00-16:30 UTC (KubeCon)');
    const moved = occurrencesBetween(dataOf(result.text), new Date('2027-01-06T00:00:00Z'), new Date('2027-01-10T00:00:00Z'));
    expect(moved.map((o) => [o.start.toISOString(), o.end.toISOString(), o.status, o.originalStart?.toISOString()])).toEqual([
      ['2027-01-08T15:00:00.000Z', '2027-01-08T16:30:00.000Z', 'moved', '2027-01-07T14:00:00.000Z'],
    ]);
  });

  it("keeps the usual start and length when none is given, and reads times on the series' own clock", () => {
    const newYork = readFileSync('tests/fixtures/meetings/spec-sync.yaml', 'utf8');
    const result = applyMeetingEdit('content/meetings/spec-sync.yaml', newYork, { kind: 'move', date: '2026-03-05', to: '2026-03-12', reason: 'Spring break' });
    expect(result.text).toBe(`${newYork}moved:\n  - date: 2026-03-05\n    to: 2026-03-12\n    reason: Spring break\n`);
    // US clocks change on 8 March 2026: 10:00 New York time is 15:00 UTC before and 14:00 UTC after.
    expect(result.summary).toBe(
      'moved the meeting of Thursday 5 March 2026, 10:00-10:45 New York time to Thursday 12 March 2026, 10:00-10:45 New York time (Spring break)',
    );
    const earlier = applyMeetingEdit('content/meetings/spec-sync.yaml', newYork, {
      kind: 'move',
      date: '2026-03-05',
      to: '2026-03-05',
      start: '08:30',
      reason: 'Clash',
    });
    expect(earlier.summary).toBe(
      'moved the meeting of Thursday 5 March 2026, 10:00-10:45 New York time to Thursday 5 March 2026, 08:30-09:15 New York time (Clash)',
    );
  });

  it("names each wrong argument with the schema's own message", () => {
    expect(errorOf(SMALL, { kind: 'move', date: '2027-01-07', to: '2027-01-08', start: '25:61', durationMinutes: 0, reason: 'KubeCon' })).toBe(
      `${FILE} not changed:\n` +
        '  --start: "25:61" is not a time of day; write the start as "HH:MM" on a 24-hour clock, from "00:00" to "23:59", e.g. start: "14:00"\n' +
        '  --duration: a meeting cannot last 0 minutes; write a length of more than 0 minutes, e.g. durationMinutes: 60',
    );
    expect(errorOf(SMALL, { kind: 'move', date: '2027-01-06', to: '2027-01-08', reason: 'KubeCon' })).toBe(
      `${FILE} not changed:\n  the date: 2027-01-06 is not a date of this series (every other Thursday from 2026-01-08); the nearest are 2026-12-24 and 2027-01-07`,
    );
    expect(errorOf(SMALL, { kind: 'move', date: '2027-01-07', to: '2027-13-08', reason: 'KubeCon' })).toBe(
      `${FILE} not changed:\n  the new date: 2027-13-08 is not a day of the calendar; write a real date as YYYY-MM-DD, e.g. 2026-01-09`,
    );
  });

  it('refuses a move that changes nothing', () => {
    expect(errorOf(SMALL, { kind: 'move', date: '2027-01-07', to: '2027-01-07', reason: 'KubeCon' })).toBe(
      'moving the meeting of 2027-01-07 to 2027-01-07 with the same start and length changes nothing; give another date, or --start HH:MM or --duration MINUTES',
    );
  });
});

describe('the command line', () => {
  it('reads the series, dates, options and reason', () => {
    expect(parseMeetingEditArgs('cancel', ['office-hours', '2026-12-24', 'Winter holidays'])).toEqual({
      series: 'office-hours',
      edit: { kind: 'cancel', date: '2026-12-24', reason: 'Winter holidays' },
    });
    expect(parseMeetingEditArgs('move', ['office-hours', '2027-01-07', '2027-01-08', '--start', '15:00', '--duration', '90', 'KubeCon'])).toEqual({
      series: 'office-hours',
      edit: { kind: 'move', date: '2027-01-07', to: '2027-01-08', start: '15:00', durationMinutes: 90, reason: 'KubeCon' },
    });
    expect(parseMeetingEditArgs('move', ['office-hours', '2027-01-07', '2027-01-08', 'KubeCon']).edit).toEqual({
      kind: 'move',
      date: '2027-01-07',
      to: '2027-01-08',
      reason: 'KubeCon',
    });
  });

  it('says what is missing and how the command is written', () => {
    expect(() => parseMeetingEditArgs('cancel', ['office-hours', '2026-12-24', 'Winter', 'holidays'])).toThrow(
      'give the series, the date and the reason (4 given; put a reason of several words in quotes)\nusage: npm run meeting:cancel -- <series> <YYYY-MM-DD> "<reason>"',
    );
    expect(() => parseMeetingEditArgs('move', ['office-hours', '2027-01-07', 'KubeCon'])).toThrow(
      'give the series, the usual date, the new date and the reason (3 given; put a reason of several words in quotes)\nusage: npm run meeting:move -- <series> <YYYY-MM-DD> <new YYYY-MM-DD> [--start HH:MM] [--duration MINUTES] "<reason>"',
    );
    expect(() => parseMeetingEditArgs('cancel', ['office-hours', '2026-12-24', '--start', '15:00', 'x'])).toThrow(/^Unknown option '--start'/);
  });
});

describe('finding the series', () => {
  const root = mkdtempSync(join(tmpdir(), 'meeting-edits-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'content/meetings'), { recursive: true });
  for (const id of ['office-hours', 'spec-sync']) writeFileSync(join(root, `content/meetings/${id}.yaml`), SMALL);

  it('by its file name, or lists the series there are', () => {
    expect(seriesFile(root, 'spec-sync')).toBe('content/meetings/spec-sync.yaml');
    expect(() => seriesFile(root, 'office-hour')).toThrow(
      'no meeting series "office-hour"; did you mean office-hours? The series are: office-hours, spec-sync (files in content/meetings/)',
    );
    expect(() => seriesFile(root, 'board')).toThrow('no meeting series "board"; the series are: office-hours, spec-sync (files in content/meetings/)');
  });
});
