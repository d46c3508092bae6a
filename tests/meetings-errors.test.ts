import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { formatProblem, validateCollection } from '../src/validation/validate.ts';
import { meetingsCollection } from '../src/collections/registry.ts';
import { ProjectCopy } from '../test-support/project.ts';

/** Each mistake the issue names, in a copy of the fixture office-hours file (tests/fixtures/site/), stops with the file, the line, the field and the fix. */
const REAL = readFileSync('tests/fixtures/site/content/meetings/office-hours.yaml', 'utf8');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function problemsWith(from: string | RegExp, to: string): string[] {
  const text = REAL.replace(from, to);
  expect(text, `the edit ${String(from)} applies`).not.toBe(REAL);
  const root = mkdtempSync(join(tmpdir(), 'meetings-'));
  roots.push(root);
  mkdirSync(join(root, 'content/meetings'), { recursive: true });
  writeFileSync(join(root, 'content/meetings/office-hours.yaml'), text);
  return validateCollection(root, meetingsCollection).problems.map(formatProblem);
}

const lineOf = (key: string) => REAL.split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`)) + 1;
const FILE = 'content/meetings/office-hours.yaml';

describe('a meeting file with a mistake', () => {
  it("accepts the fixture site's files, and the test fixtures", () => {
    expect(validateCollection(join(process.cwd(), 'tests/fixtures/site'), meetingsCollection).problems).toEqual([]);
    expect(validateCollection(process.cwd(), { ...meetingsCollection, dir: 'tests/fixtures/meetings' }).problems).toEqual([]);
  });

  it('names an unknown time zone and the one probably meant', () => {
    expect(problemsWith('timeZone: UTC', 'timeZone: Europe/Berln')).toEqual([
      `${FILE}:${lineOf('timeZone')}: rule.timeZone: unknown time zone "Europe/Berln"; did you mean Europe/Berlin? Write an IANA time zone name such as UTC, Europe/Berlin or America/New_York`,
    ]);
    expect(problemsWith('timeZone: UTC', 'timeZone: europe/berlin')).toEqual([
      `${FILE}:${lineOf('timeZone')}: rule.timeZone: write the time zone as Europe/Berlin`,
    ]);
  });

  it("names a first date that is not on the rule's weekday, with the nearest ones that are", () => {
    expect(problemsWith('firstOccurrence: 2025-06-26', 'firstOccurrence: 2025-06-25')).toEqual([
      `${FILE}:${lineOf('firstOccurrence')}: firstOccurrence: 2025-06-25 is a Wednesday, but rule.weekday is thursday; write the date of the first Thursday meeting, e.g. 2025-06-19 or 2025-06-26`,
    ]);
  });

  it('names a cancelled or moved date that is not a meeting of the series', () => {
    const problems = problemsWith(
      /\njoin:/,
      '\ncancelled:\n  - date: 2026-03-12\n    reason: Holiday\nmoved:\n  - date: 2026-03-26\n    to: 2026-03-27\n    reason: Conference\njoin:',
    );
    expect(problems).toEqual([
      `${FILE}:${lineOf('firstOccurrence') + 2}: cancelled.0.date: 2026-03-12 is not a date of this series (every other Thursday from 2025-06-26); the nearest are 2026-03-05 and 2026-03-19`,
      `${FILE}:${lineOf('firstOccurrence') + 5}: moved.0.date: 2026-03-26 is not a date of this series (every other Thursday from 2025-06-26); the nearest are 2026-03-19 and 2026-04-02`,
    ]);
  });

  it.each(['24:00', '25:61', '9:00'])('names a start time of %s and the form to write', (time) => {
    expect(problemsWith('start: "14:00"', `start: "${time}"`)).toEqual([
      `${FILE}:${lineOf('start')}: rule.start: "${time}" is not a time of day; write the start as "HH:MM" on a 24-hour clock, from "00:00" to "23:59", e.g. start: "14:00"`,
    ]);
  });

  it.each(['0', '-30'])('names a duration of %s minutes', (minutes) => {
    expect(problemsWith('durationMinutes: 60', `durationMinutes: ${minutes}`)).toEqual([
      `${FILE}:${lineOf('durationMinutes')}: rule.durationMinutes: a meeting cannot last ${minutes} minutes; write a length of more than 0 minutes, e.g. durationMinutes: 60`,
    ]);
  });

  it('names a join URL that is not https', () => {
    expect(problemsWith('url: https://zoom.example.org', 'url: http://zoom.example.org')).toEqual([
      `${FILE}:${lineOf('url')}: join.url: write the https:// address (an http:// link sends the passcode unencrypted and browsers warn about it), e.g. https://zoom.us/j/12345678901`,
    ]);
  });

  it('asks for quotes around a passcode written as a number', () => {
    expect(problemsWith('passcode: "000111"', 'passcode: 424242')).toEqual([
      `${FILE}:${lineOf('passcode')}: join.passcode: write the passcode in quotes so leading zeros survive, e.g. passcode: "012345"`,
    ]);
  });

  it('names a misspelt field and the one probably meant', () => {
    expect(problemsWith('intervalWeeks: 2', 'intervalWeek: 2')).toEqual([
      `${FILE}:${lineOf('intervalWeeks')}: rule: unknown field "intervalWeek"; did you mean intervalWeeks? (allowed fields: weekday, start, durationMinutes, intervalWeeks, monthly, timeZone)`,
      `${FILE}:${lineOf('rule')}: rule.intervalWeeks: missing; write how often the series meets: intervalWeeks: 2 for every other week, or monthly: [1st, 3rd] for the 1st and 3rd Thursday of each month`,
    ]);
  });
});

describe('a build with a bad meeting file', () => {
  let copy: ProjectCopy | undefined;
  afterEach(() => copy?.dispose());

  it('stops before Astro runs, naming the file, the line and the fix, and leaves the previous dist/ as it was', () => {
    copy = new ProjectCopy().withFixtureContent();
    copy.write('dist/index.html', 'previous site');
    copy.edit(FILE, 'timeZone: UTC', 'timeZone: Europe/Berln');
    const r = copy.build();
    expect(r.status).toBe(1);
    expect(r.output).toContain(`${FILE}:${lineOf('timeZone')}: rule.timeZone: unknown time zone "Europe/Berln"; did you mean Europe/Berlin?`);
    expect(copy.read('dist/index.html')).toBe('previous site');
  });
});
