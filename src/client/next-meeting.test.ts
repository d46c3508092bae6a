import { describe, expect, it } from 'vitest';
import { browserRules } from '../meetings/browser-data.ts';
import { loadMeetingSeries } from '../../test-support/meetings.ts';
import { nextMeeting as nextMeetingByLuxon } from '../meetings/occurrences.ts';
import { nextMeeting } from './next-meeting.ts';

/** The browser's arithmetic (Intl only) must name the same next meeting as the build's (luxon), whatever the day. */
const series = [...loadMeetingSeries(process.cwd()), ...loadMeetingSeries(process.cwd(), 'tests/fixtures/meetings')];
const rules = browserRules(series);

describe('the next meeting, worked out in the browser from the rule', () => {
  it.each(series.map((s, i) => [s.id, s, rules[i]!] as const))(
    'agrees with the occurrence module for %s on every day of 2026-2027 and in between meetings',
    (_id, s, rule) => {
      const disagreements: string[] = [];
      for (let t = Date.UTC(2026, 0, 1, 5, 17); t < Date.UTC(2028, 0, 1); t += 7 * 3_600_000) {
        const expected = nextMeetingByLuxon(s, new Date(t));
        const actual = nextMeeting(rule, t);
        const e = expected ? `${expected.start.toISOString()}/${expected.end.toISOString()}` : 'none';
        const a = actual ? `${new Date(actual[0]).toISOString()}/${new Date(actual[1]).toISOString()}` : 'none';
        if (e !== a) disagreements.push(`${new Date(t).toISOString()}: ${a} instead of ${e}`);
      }
      expect(disagreements.slice(0, 5)).toEqual([]);
    },
  );

  it('skips the cancelled meeting and finds the moved and extra ones', () => {
    const rule = rules.find((r) => r.id === 'community-call')!;
    const at = (iso: string) => new Date(nextMeeting(rule, Date.parse(iso))![0]).toISOString();
    expect(at('2027-01-13T00:00:00Z')).toBe('2027-01-28T15:00:00.000Z'); // 19th cancelled, 26th moved to the 28th
    expect(at('2027-02-03T00:00:00Z')).toBe('2027-02-04T08:30:00.000Z'); // the extra session
    expect(nextMeeting(rule, Date.parse('2027-04-01T00:00:00Z'))).toBeUndefined(); // after until
  });

  it('keeps the New York series at 10:00 New York time on both sides of the change', () => {
    const rule = rules.find((r) => r.id === 'spec-sync')!;
    expect(new Date(nextMeeting(rule, Date.parse('2026-03-01T00:00:00Z'))![0]).toISOString()).toBe('2026-03-05T15:00:00.000Z');
    expect(new Date(nextMeeting(rule, Date.parse('2026-03-06T00:00:00Z'))![0]).toISOString()).toBe('2026-03-19T14:00:00.000Z');
  });
});
