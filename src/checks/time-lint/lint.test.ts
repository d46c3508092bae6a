import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { lintTimes, MEETING_TIME_COMPONENT, sentenceAround, type LintOccurrence } from './lint.ts';

/** Hand-built occurrences: every `days` days from `first` (an instant), `count` times, an hour long. */
function every(days: number, seriesId: string, first: DateTime, count: number): LintOccurrence[] {
  return Array.from({ length: count }, (_, k) => {
    const start = first.plus({ days: days * k });
    return { seriesId, start: start.toJSDate(), end: start.plus({ hours: 1 }).toJSDate() };
  });
}
/** The seed's office hours: every second Thursday at 14:00 UTC, through 2026 (1 Jan 2026 is a Thursday). */
const officeHours = every(14, 'office-hours', DateTime.fromISO('2026-01-01T14:00:00Z', { zone: 'UTC' }), 27);

/** A doc whose page names the series (its title is the series' id in words): every time on it is about the office hours. */
const doc = (body: string, title = 'Office hours') => ({
  path: 'content/docs/governance.mdx',
  text: `---\ntitle: ${title}\ndescription: How it is run.\norder: 10\n---\n\n${body}\n`,
});
const series = [
  { id: 'office-hours', names: ['Example Office Hours'] },
  { id: 'community', names: ['Community Call', 'SIG Community'] },
];
const lint = (files: Parameters<typeof lintTimes>[0], occurrences: readonly LintOccurrence[]) => lintTimes(files, occurrences, { series });
/** Line of the body's first line in doc(). */
const BODY = 7;

describe('the time lint', () => {
  it("catches the seed's sentence against a 14:00 UTC series: right in summer, wrong on each winter date", () => {
    const problems = lint([doc('Maintainers attend the office hours, which occurs bi-weekly on Thursday at 10:00ET.')], officeHours);
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p!.file).toBe('content/docs/governance.mdx');
    expect(p!.line).toBe(BODY);
    // US summer time in 2026 runs from 8 March to 1 November: outside it 14:00 UTC is 09:00 in New York.
    expect(p!.message).toBe(
      '"Thursday at 10:00ET" is wrong for Example Office Hours (office-hours) on Thursday 1 January 2026, when the data says Thursday 09:00 in New York, ' +
        `and on 9 more of its 27 meetings ahead; write <${MEETING_TIME_COMPONENT} id="office-hours" alsoIn="America/New_York" /> instead of typing the time`,
    );
  });

  it('names the first day the time is wrong, in the zone the author wrote, and how many more', () => {
    const fromMarch = officeHours.filter((o) => o.start >= new Date('2026-03-01'));
    const [p] = lint([doc('at 10:00 ET')], fromMarch);
    expect(p!.message).toMatch(
      /^"10:00 ET" is wrong for Example Office Hours \(office-hours\) on Thursday 5 November 2026, when the data says 09:00 in New York, and on 4 more of its 22 meetings ahead;/,
    );
  });

  it('passes the same sentence when every meeting it covers falls in summer time', () => {
    const summer = officeHours.filter((o) => o.start >= new Date('2026-03-09') && o.start <= new Date('2026-10-31'));
    expect(summer.length).toBeGreaterThan(10);
    expect(lint([doc('occurs bi-weekly on Thursday at 10:00ET.')], summer)).toEqual([]);
  });

  it('passes correct statements in every zone form', () => {
    const text = ['Every second Thursday at 14:00 UTC.', 'From 14:00 to 15:00 UTC (14:00Z, 14h UTC, 2 pm GMT, 22:00 UTC+8, 15:00 UTC+1).'].join('\n');
    expect(lint([doc(text)], officeHours)).toEqual([]);
    // CET and CEST are fixed offsets: each is right in its own season only.
    const winter = officeHours.filter((o) => o.start < new Date('2026-03-20'));
    const summer = officeHours.filter((o) => o.start > new Date('2026-04-01') && o.start < new Date('2026-10-20'));
    expect(lint([doc('3 pm CET')], winter)).toEqual([]);
    expect(lint([doc('16:00 CEST')], summer)).toEqual([]);
  });

  it('reads ET as the New York wall clock: a meeting kept at 10:00 there agrees all year, EST does not', () => {
    const newYork = every(14, 'office-hours', DateTime.fromISO('2026-01-01T10:00', { zone: 'America/New_York' }), 27).map((o) => {
      // Step in New York days, so the wall-clock time stays 10:00 across the change to summer time.
      const start = DateTime.fromJSDate(o.start, { zone: 'America/New_York' }).set({ hour: 10 });
      return { ...o, start: start.toJSDate(), end: start.plus({ hours: 1 }).toJSDate() };
    });
    expect(lint([doc('Thursdays, 10:00-11:00 ET / 10 a.m. Eastern')], newYork)).toEqual([]);
    // "EST (Eastern Time)": the gloss names the wall clock the writer means (Kubeflow's "7:30AM PST (Pacific Time)").
    expect(lint([doc('Thursdays at 10:00 EST (Eastern Time)')], newYork)).toEqual([]);
    const [p, ...rest] = lint([doc('10:00 EST')], newYork);
    expect(rest).toEqual([]);
    expect(p!.message).toMatch(
      /^"10:00 EST" is wrong for Example Office Hours \(office-hours\) on Thursday 12 March 2026, when the data says 09:00 EST \(UTC-5\), and on 16 more of its 27 meetings ahead;/,
    );
  });

  it('flags a time that matches no meeting at all, and a wrong weekday', () => {
    const [wrongTime] = lint([doc('at 2 pm CET')], officeHours);
    expect(wrongTime!.message).toBe(
      '"2 pm CET" is wrong for Example Office Hours (office-hours) on Thursday 1 January 2026, when the data says 15:00 CET (UTC+1), and on each of its other 26 meetings ahead; write <MeetingWhen id="office-hours" /> instead of typing the time',
    );
    const [wrongDay] = lint([doc('on Wednesdays... no: on Wednesday at 14:00 UTC')], officeHours);
    expect(wrongDay!.message).toContain(
      '"Wednesday at 14:00 UTC" is wrong for Example Office Hours (office-hours) on Thursday 1 January 2026, when the data says Thursday 14:00 UTC,',
    );
  });

  it('checks the end of a range too', () => {
    const [p] = lint([doc('14:00-14:30 UTC')], officeHours);
    expect(p!.message).toContain('when the data says 14:00-15:00 UTC,');
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
    expect(lint([doc(body)], officeHours)).toEqual([]);
  });

  it('flags prose around code on the right line, and the words of a link', () => {
    const body = ['```', '10:00 ET', '```', '', 'Then **10:00** ET, and [at 10:00 ET](https://example.org/) too.'].join('\n');
    const problems = lint([doc(body)], officeHours);
    expect(problems.map((p) => [p.line, p.message.split(' is wrong')[0]])).toEqual([
      [BODY + 4, '"10:00 ET"'],
      [BODY + 4, '"10:00 ET"'],
    ]);
  });

  it('reads YAML string values (not keys or comments) and frontmatter, with their lines', () => {
    const meeting = {
      path: 'content/meetings/office-hours.yaml',
      text: ['# was at 10:00 ET', 'title: Office hours', 'description: >-', '  Every second Thursday', '  at 10am ET.', '"10:00 ET": key'].join('\n'),
    };
    const page = { path: 'content/docs/x.mdx', text: '---\ntitle: Office hours\ndescription: "Thursdays at 10:00 ET"\norder: 1\n---\n\nBody.\n' };
    expect(lint([meeting, page], officeHours).map((p) => `${p.file}:${p.line}: ${p.message.split(' is wrong')[0]}`)).toEqual([
      'content/meetings/office-hours.yaml:4: "Thursday at 10am ET"',
      'content/docs/x.mdx:3: "10:00 ET"',
    ]);
  });

  it('leaves a YAML file with a YAML error, a field given twice among them, to content validation', () => {
    const twice = { path: 'content/meetings/office-hours.yaml', text: 'title: Office hours\ndescription: Thursdays at 10am ET.\ndescription: Again.\n' };
    const unclosed = { path: 'content/meetings/other.yaml', text: 'title: "Office hours\ndescription: Thursdays at 10am ET.\n' };
    expect(lint([twice, unclosed], officeHours)).toEqual([]);
    expect(lint([{ ...twice, text: 'title: Office hours\ndescription: Thursdays at 10am ET.\n' }], officeHours)).toHaveLength(1);
  });

  const community = every(7, 'community', DateTime.fromISO('2026-01-06T16:00:00Z', { zone: 'UTC' }), 52);
  const both = [...officeHours, ...community];

  it('passes a mention that one of the series its sentence names agrees with, and names the closest of them otherwise', () => {
    expect(lint([doc('The community call meets on Tuesdays at 16:00 UTC; the office hours on Thursdays at 14:00 UTC.', 'Meetings')], both)).toEqual([]);
    const [p, ...rest] = lint([doc('The community call: on Tuesday at 11:00 ET. The office hours: on Thursday at 14:00 UTC.', 'Meetings')], both);
    expect(rest).toEqual([]);
    // 16:00 UTC is 11:00 in New York in winter only.
    expect(p!.message).toMatch(
      /^"Tuesday at 11:00 ET" is wrong for Community Call \(community\) on Tuesday 10 March 2026, when the data says Tuesday 12:00 in New York, and on 33 more of its 52 meetings ahead;/,
    );
  });

  it("checks a time against the series its sentence names, else its section's heading, else its page; any other time is the author's own", () => {
    const body = [
      '# Meetings',
      '',
      'The project holds two calls. Ours is at 10:00 UTC.', // names no series: the author's own
      '',
      '## The community call',
      '',
      'Held on Tuesday at 16:00 UTC.', // the section names the community call: right
      '',
      'Bring questions to it at 17:00 UTC.', // the section's: wrong for the community call
      '',
      'The office hours are on Thursday at 15:00 UTC.', // the sentence names the office hours: wrong for them, whatever the section
      '',
      '## Elsewhere',
      '',
      'A reading group meets at 18:00 CET.', // names no series
      '',
      '| Group | When |',
      '| --- | --- |',
      '| SIG Community | Tuesday 16:00 UTC |', // the row names the community call by its group: right
      '| Office hours | Thursday 14:00 UTC |',
      '| Book club | Monday 09:00 UTC |', // no series
    ].join('\n');
    const problems = lint([doc(body, 'Governance')], both);
    expect(problems.map((p) => `${p.line! - BODY}: ${p.message.split(';')[0]}`)).toEqual([
      '8: "17:00 UTC" is wrong for Community Call (community) on Tuesday 6 January 2026, when the data says 16:00 UTC, and on each of its other 51 meetings ahead',
      '10: "Thursday at 15:00 UTC" is wrong for Example Office Hours (office-hours) on Thursday 1 January 2026, when the data says Thursday 14:00 UTC, and on each of its other 26 meetings ahead',
    ]);
    // On a page that names a series, every time the narrower prose leaves unnamed is about it.
    expect(lint([doc('Ours is at 10:00 UTC.', 'Community call')], both).map((p) => p.message.split(' on ')[0])).toEqual([
      '"10:00 UTC" is wrong for Community Call (community)',
    ]);
  });

  it('reads a full stop inside "a.m." or "e.g." as no end of a sentence', () => {
    expect(sentenceAround('First. The office hours, e.g. at 10 a.m. Eastern, run late. Last.', 40, 50)).toBe(
      ' The office hours, e.g. at 10 a.m. Eastern, run late.',
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
    expect(lint([doc('at 14:00 UTC')], moved)).toEqual([]);
    expect(lint([doc('moved to 15:00 UTC that week')], moved)).toEqual([]);
  });

  it('compares a mention with a date against the meeting on that date only', () => {
    expect(lint([doc('On July 9, 2026 at 10:00 ET we vote.')], officeHours)).toEqual([]);
    const [p] = lint([doc('On December 3, 2026 at 10:00 ET we vote.')], officeHours);
    expect(p!.message).toContain('on Thursday 3 December 2026, when the data says 09:00 in New York; write');
    expect(lint([doc('We met on March 3, 2025 at 10:00 ET.')], officeHours)).toEqual([]);
  });

  it('says nothing without meeting data, and ignores times without a zone', () => {
    expect(lint([doc('at 10:00ET')], [])).toEqual([]);
    expect(lint([doc('**Every second Thursday @ 14:00 - 15:00**\n**Time zone**: UTC')], officeHours)).toEqual([]);
  });
});
