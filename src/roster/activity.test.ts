import { describe, expect, it } from 'vitest';
import { lastActivities, meetingActivities, periodStart, quietMaintainers, voteActivities } from './activity.ts';
import type { Maintainer } from '../schemas/maintainer.ts';

const decision = (opened: string, closed: string | undefined, votes: Record<string, 'for' | 'against' | 'abstain'>) => ({
  opened,
  closed,
  votes,
  title: `Vote of ${opened}`,
  route: `/decisions/${opened}/`,
});
const meeting = (day: string, attended: string[]) => ({ day, attended, what: `Call of ${day}`, route: `/meetings/call/${day}/` });
const maintainer = (handle: string, since?: string, status: 'active' | 'emeritus' = 'active'): Maintainer =>
  ({ handle, status, ...(since ? { since } : {}), ...(status === 'emeritus' ? { emeritusSince: '2026-01-01' } : {}) }) as Maintainer;

describe('recorded activity', () => {
  it('dates a vote by the day its decision closed, and a vote still open by the day it opened', () => {
    const votes = voteActivities([decision('2026-03-02', '2026-03-16', { Ana: 'abstain' }), decision('2026-11-20', undefined, { ana: 'for', ben: 'against' })]);
    expect(votes.get('ana')!.map((a) => a.day)).toEqual(['2026-03-16', '2026-11-20']);
    expect(votes.get('ben')).toEqual([{ day: '2026-11-20', kind: 'vote', what: 'Vote of 2026-11-20', route: '/decisions/2026-11-20/' }]);
  });

  it('takes the latest of votes and meetings attended, handles in any case, a vote before a meeting of the same day', () => {
    const last = lastActivities(
      voteActivities([decision('2026-05-01', '2026-05-05', { ana: 'for', chen: 'for' })]),
      meetingActivities([meeting('2026-05-05', ['ANA', 'ben']), meeting('2026-02-03', ['chen']), meeting('2026-06-02', ['Chen'])]),
    );
    expect(Object.fromEntries([...last].map(([h, a]) => [h, `${a.day} ${a.kind}`]))).toEqual({
      ana: '2026-05-05 vote',
      chen: '2026-06-02 meeting',
      ben: '2026-05-05 meeting',
    });
  });

  it('counts a period back in calendar months, the end of a longer month falling on the end of a shorter one', () => {
    expect(periodStart('2027-04-15', 12)).toBe('2026-04-15');
    expect(periodStart('2027-03-31', 1)).toBe('2027-02-28');
    expect(periodStart('2028-02-29', 12)).toBe('2027-02-28');
    expect(periodStart('2027-01-10', 6)).toBe('2026-07-10');
    expect(periodStart('2026-12-31', 18)).toBe('2025-06-30');
  });

  it('lists the active maintainers with nothing recorded in the period, not those who joined within it nor the emeritus', () => {
    const roster = [
      maintainer('ana', '2024-01-15'),
      maintainer('ben'),
      maintainer('chen', '2024-06-01'),
      maintainer('dara', '2026-09-01'),
      maintainer('fay', '2024-01-15', 'emeritus'),
    ];
    const last = lastActivities(meetingActivities([meeting('2026-04-15', ['ana']), meeting('2026-04-14', ['chen'])]));
    const from = periodStart('2027-04-15', 12);
    expect(quietMaintainers(roster, last, from).map((q) => [q.maintainer.handle, q.last?.day])).toEqual([
      ['ben', undefined],
      ['chen', '2026-04-14'],
    ]);
  });
});
