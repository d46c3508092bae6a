import { describe, expect, it } from 'vitest';
import { loadMeetingSeries } from '../../test-support/meetings.ts';
import type { MeetingData } from '../schemas/meeting.ts';
import { meetingRules } from './index.ts';
import { entryProblems } from './rule.ts';

const [officeHours] = loadMeetingSeries(process.cwd());
/** Every meeting rule of src/rules/index.ts, in its order. */
const seriesProblems = (series: Omit<MeetingData, never>) => entryProblems(meetingRules, series);

describe('checks across fields', () => {
  const base = { ...officeHours! };
  it('accepts the real office hours', () => {
    expect(seriesProblems(base)).toEqual([]);
  });

  it('names the nearest right dates for a first date on the wrong weekday', () => {
    expect(seriesProblems({ ...base, firstOccurrence: '2025-06-27' })).toEqual([
      {
        path: ['firstOccurrence'],
        message: '2025-06-27 is a Friday, but rule.weekday is thursday; write the date of the first Thursday meeting, e.g. 2025-06-26 or 2025-07-03',
      },
    ]);
  });

  it('names the nearest occurrences for a cancelled or moved date that is not one', () => {
    const problems = seriesProblems({
      ...base,
      cancelled: [{ date: '2026-03-12', reason: 'x' }],
      moved: [
        { date: '2026-03-05', to: '2026-03-06', reason: 'y' },
        { date: '2026-03-05', to: '2026-03-07', reason: 'z' },
      ],
    });
    expect(problems).toEqual([
      {
        path: ['cancelled', 0, 'date'],
        message: '2026-03-12 is not a date of this series (every other Thursday from 2025-06-26); the nearest are 2026-03-05 and 2026-03-19',
      },
      { path: ['moved', 1, 'date'], message: '2026-03-05 is already listed under moved[0]; list each date once' },
    ]);
  });
});
