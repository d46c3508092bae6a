import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { lintTimes, MEETING_TIME_COMPONENT, type LintOccurrence } from './lint.ts';

/** Hand-built occurrences: every `days` days from `first` (an instant), `count` times, an hour long. */
function every(days: number, seriesId: string, first: DateTime, count: number): LintOccurrence[] {
  return Array.from({ length: count }, (_, k) => {
    const start = first.plus({ days: days * k });
    return { seriesId, start: start.toJSDate(), end: start.plus({ hours: 1 }).toJSDate() };
  });
}
/** The seed's office hours: every second Thursday at 14:00 UTC, through 2026 (1 Jan 2026 is a Thursday). */
const officeHours = every(14, 'office-hours', DateTime.fromISO('2026-01-01T14:00:00Z', { zone: 'UTC' }), 27);

const doc = (body: string) => ({
  path: 'content/docs/governance.mdx',
  text: `---\ntitle: Project Governance\ndescription: How it is run.\norder: 10\n---\n\n${body}\n`,
});
/** Line of the body's first line in doc(). */
const BODY = 7;

describe('the time lint', () => {
  it("catches the seed's sentence against a 14:00 UTC series: right in summer, wrong on each winter date", () => {
    const problems = lintTimes([doc('Maintainers attend the office hours, which occurs bi-weekly on Thursday at 10:00ET.')], officeHours, { maxDates: 20 });
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p!.file).toBe('content/docs/governance.mdx');
    expect(p!.line).toBe(BODY);
    // US summer time in 2026 runs from 8 March to 1 November: outside it 14:00 UTC is 09:00 in New York.
    expect(p!.message).toBe(
      '"Thursday at 10:00ET" disagrees with the office-hours series on 2026-01-01, 2026-01-15, 2026-01-29, 2026-02-12, 2026-02-26, 2026-11-05, 2026-11-19, 2026-12-03, 2026-12-17, 2026-12-31 ' +
        `(10 of 27 meetings; Thursday 14:00 UTC is Thursday 09:00 in New York then); write <${MEETING_TIME_COMPONENT} id="office-hours" alsoIn="America/New_York" /> instead of typing the time`,
    );
  });

  it('lists the first dates only, then an ellipsis', () => {
    const [p] = lintTimes([doc('at 10:00 ET')], officeHours);
    expect(p!.message).toContain('on 2026-01-01, 2026-01-15, 2026-01-29, 2026-02-12, 2026-02-26, 2026-11-05, … (10 of 27 meetings;');
  });

  it('passes the same sentence when every meeting it covers falls in summer time', () => {
    const summer = officeHours.filter((o) => o.start >= new Date('2026-03-09') && o.start <= new Date('2026-10-31'));
    expect(summer.length).toBeGreaterThan(10);
    expect(lintTimes([doc('occurs bi-weekly on Thursday at 10:00ET.')], summer)).toEqual([]);
  });

  it('passes correct statements in every zone form', () => {
    const text = ['Every second Thursday at 14:00 UTC.', 'From 14:00 to 15:00 UTC (14:00Z, 14h UTC, 2 pm GMT, 22:00 UTC+8, 15:00 UTC+1).'].join('\n');
    expect(lintTimes([doc(text)], officeHours)).toEqual([]);
    // CET and CEST are fixed offsets: each is right in its own season only.
    const winter = officeHours.filter((o) => o.start < new Date('2026-03-20'));
    const summer = officeHours.filter((o) => o.start > new Date('2026-04-01') && o.start < new Date('2026-10-20'));
    expect(lintTimes([doc('3 pm CET')], winter)).toEqual([]);
    expect(lintTimes([doc('16:00 CEST')], summer)).toEqual([]);
  });

  it('reads ET as the New York wall clock: a meeting kept at 10:00 there agrees all year, EST does not', () => {
    const newYork = every(14, 'office-hours', DateTime.fromISO('2026-01-01T10:00', { zone: 'America/New_York' }), 27).map((o) => {
      // Step in New York days, so the wall-clock time stays 10:00 across the change to summer time.
      const start = DateTime.fromJSDate(o.start, { zone: 'America/New_York' }).set({ hour: 10 });
      return { ...o, start: start.toJSDate(), end: start.plus({ hours: 1 }).toJSDate() };
    });
    expect(lintTimes([doc('Thursdays, 10:00-11:00 ET / 10 a.m. Eastern')], newYork)).toEqual([]);
    const [p, ...rest] = lintTimes([doc('10:00 EST')], newYork);
    expect(rest).toEqual([]);
    expect(p!.message).toMatch(
      /^"10:00 EST" disagrees with the office-hours series on 2026-03-12, .* \(17 of 27 meetings; 14:00 UTC is 09:00 EST \(UTC-5\) then\)/,
    );
  });

  it('flags a time that matches no meeting at all, and a wrong weekday', () => {
    const [wrongTime] = lintTimes([doc('at 2 pm CET')], officeHours);
    expect(wrongTime!.message).toContain(
      '(all 27 meetings; 14:00 UTC is 15:00 CET (UTC+1)); write <MeetingWhen id="office-hours" /> instead of typing the time',
    );
    const [wrongDay] = lintTimes([doc('on Wednesdays... no: on Wednesday at 14:00 UTC')], officeHours);
    expect(wrongDay!.message).toContain('"Wednesday at 14:00 UTC" disagrees with the office-hours series');
    expect(wrongDay!.message).toContain('the meeting is at Thursday 14:00 UTC');
  });

  it('checks the end of a range too', () => {
    const [p] = lintTimes([doc('14:00-14:30 UTC')], officeHours);
    expect(p!.message).toContain('the meeting is at 14:00-15:00 UTC');
  });

  it('does not flag times in code, inline code, components or expressions', () => {
    const body = [
      'Write `10:00ET` like this, or:',
      '',
      '```text',
      'occurs bi-weekly on Thursday at 10:00ET',
      '```',
      '',
      `The office hours are at <${MEETING_TIME_COMPONENT} series="office-hours">10:00 ET</${MEETING_TIME_COMPONENT}>.`,
      '',
      `<${MEETING_TIME_COMPONENT} series="office-hours" fallback="10:00 ET" />`,
      '',
      '{/* was: 10:00 ET */}',
      '',
      'See [the meeting](https://example.org/at/10:00ET).',
    ].join('\n');
    expect(lintTimes([doc(body)], officeHours)).toEqual([]);
  });

  it('flags prose around code on the right line, and the words of a link', () => {
    const body = ['```', '10:00 ET', '```', '', 'Then **10:00** ET, and [at 10:00 ET](https://example.org/) too.'].join('\n');
    const problems = lintTimes([doc(body)], officeHours);
    expect(problems.map((p) => [p.line, p.message.split(' disagrees')[0]])).toEqual([
      [BODY + 4, '"10:00 ET"'],
      [BODY + 4, '"10:00 ET"'],
    ]);
  });

  it('reads YAML string values (not keys or comments) and frontmatter, with their lines', () => {
    const meeting = {
      path: 'content/meetings/office-hours.yaml',
      text: ['# was at 10:00 ET', 'title: Office hours', 'description: >-', '  Every second Thursday', '  at 10am ET.', '"10:00 ET": key'].join('\n'),
    };
    const page = { path: 'content/docs/x.mdx', text: '---\ntitle: x\ndescription: "Thursdays at 10:00 ET"\norder: 1\n---\n\nBody.\n' };
    expect(lintTimes([meeting, page], officeHours).map((p) => `${p.file}:${p.line}: ${p.message.split(' disagrees')[0]}`)).toEqual([
      'content/meetings/office-hours.yaml:4: "Thursday at 10am ET"',
      'content/docs/x.mdx:3: "10:00 ET"',
    ]);
  });

  it('leaves a YAML file with a YAML error, a field given twice among them, to content validation', () => {
    const twice = { path: 'content/meetings/office-hours.yaml', text: 'title: Office hours\ndescription: Thursdays at 10am ET.\ndescription: Again.\n' };
    const unclosed = { path: 'content/meetings/other.yaml', text: 'title: "Office hours\ndescription: Thursdays at 10am ET.\n' };
    expect(lintTimes([twice, unclosed], officeHours)).toEqual([]);
    expect(lintTimes([{ ...twice, text: 'title: Office hours\ndescription: Thursdays at 10am ET.\n' }], officeHours)).toHaveLength(1);
  });

  it('passes a mention that one of several series agrees with, and names the closest series otherwise', () => {
    const community = every(7, 'community', DateTime.fromISO('2026-01-06T16:00:00Z', { zone: 'UTC' }), 52);
    const both = [...officeHours, ...community];
    expect(lintTimes([doc('Tuesdays at 16:00 UTC; office hours on Thursdays at 14:00 UTC')], both)).toEqual([]);
    const [p] = lintTimes([doc('on Tuesday at 11:00 ET')], both);
    // 16:00 UTC is 11:00 in New York in winter only.
    expect(p!.message).toMatch(
      /^"Tuesday at 11:00 ET" disagrees with the community series on 2026-03-10, .*\(34 of 52 meetings; Tuesday 16:00 UTC is Tuesday 12:00 in New York then\)/,
    );
  });

  it('does not measure a regular time against cancelled, moved or extra meetings, and accepts the time of a moved one', () => {
    const moved = officeHours.map((o, k): LintOccurrence =>
      k === 3
        ? { ...o, status: 'moved', start: new Date(o.start.getTime() + 3600_000), end: new Date(o.end.getTime() + 3600_000) }
        : k === 4
          ? { ...o, status: 'cancelled' }
          : o,
    );
    expect(lintTimes([doc('at 14:00 UTC')], moved)).toEqual([]);
    expect(lintTimes([doc('moved to 15:00 UTC that week')], moved)).toEqual([]);
  });

  it('compares a mention with a date against the meeting on that date only', () => {
    expect(lintTimes([doc('On July 9, 2026 at 10:00 ET we vote.')], officeHours)).toEqual([]);
    const [p] = lintTimes([doc('On December 3, 2026 at 10:00 ET we vote.')], officeHours);
    expect(p!.message).toContain('on 2026-12-03 (all 1 meetings; 14:00 UTC is 09:00 in New York)');
    expect(lintTimes([doc('We met on March 3, 2025 at 10:00 ET.')], officeHours)).toEqual([]);
  });

  it('says nothing without meeting data, and ignores times without a zone', () => {
    expect(lintTimes([doc('at 10:00ET')], [])).toEqual([]);
    expect(lintTimes([doc('**Every second Thursday @ 14:00 - 15:00**\n**Time zone**: UTC')], officeHours)).toEqual([]);
  });
});
