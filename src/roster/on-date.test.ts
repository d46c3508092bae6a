import { describe, expect, it } from 'vitest';
import type { Maintainer } from '../schemas/maintainer.ts';
import { activeMaintainersOn, activeOn, rosterHistory } from './on-date.ts';

const undated: Maintainer = { handle: 'undated', status: 'active' };
const joined: Maintainer = { handle: 'joined', status: 'active', since: '2026-03-10' };
const retired: Maintainer = { handle: 'retired', status: 'emeritus', emeritusSince: '2026-05-01' };
const came: Maintainer = { handle: 'Came-And-Went', status: 'emeritus', since: '2026-02-01', emeritusSince: '2026-04-15' };
const roster = [undated, joined, retired, came];
const handlesOn = (date: string) => activeMaintainersOn(roster, date).map((m) => m.handle);

describe('the roster on a date', () => {
  it('counts a maintainer without since as active from before any date', () => {
    expect(activeOn(undated, '1999-01-01')).toBe(true);
    expect(activeOn(undated, '2030-01-01')).toBe(true);
  });

  it('counts a maintainer from the day they joined, not the day before', () => {
    expect(activeOn(joined, '2026-03-09')).toBe(false);
    expect(activeOn(joined, '2026-03-10')).toBe(true);
  });

  it('stops counting a maintainer on the day they became emeritus', () => {
    expect(activeOn(retired, '2026-04-30')).toBe(true);
    expect(activeOn(retired, '2026-05-01')).toBe(false);
    expect(activeOn(came, '2026-01-31')).toBe(false);
    expect(activeOn(came, '2026-02-01')).toBe(true);
    expect(activeOn(came, '2026-04-14')).toBe(true);
    expect(activeOn(came, '2026-04-15')).toBe(false);
  });

  it('lists the active maintainers of each day across joins and emeritus dates, by handle', () => {
    expect(handlesOn('2026-01-15')).toEqual(['retired', 'undated']);
    expect(handlesOn('2026-02-01')).toEqual(['Came-And-Went', 'retired', 'undated']);
    expect(handlesOn('2026-03-10')).toEqual(['Came-And-Went', 'joined', 'retired', 'undated']);
    expect(handlesOn('2026-04-15')).toEqual(['joined', 'retired', 'undated']);
    expect(handlesOn('2026-05-01')).toEqual(['joined', 'undated']);
  });

  it('gives the same list for the same roster and day, and another roster its own', () => {
    expect(activeMaintainersOn(roster, '2026-03-10')).toBe(activeMaintainersOn(roster, '2026-03-10'));
    expect(Object.isFrozen(activeMaintainersOn(roster, '2026-03-10'))).toBe(true);
    const withoutJoined = roster.filter((m) => m !== joined);
    expect(activeMaintainersOn(withoutJoined, '2026-03-10').map((m) => m.handle)).toEqual(['Came-And-Went', 'retired', 'undated']);
    expect(handlesOn('2026-03-10')).toEqual(['Came-And-Went', 'joined', 'retired', 'undated']);
  });

  it('gives the history of joins and emeritus moves where dates are known, and who has no date', () => {
    expect(rosterHistory(roster)).toEqual({
      changes: [
        { date: '2026-02-01', handle: 'Came-And-Went', change: 'joined' },
        { date: '2026-03-10', handle: 'joined', change: 'joined' },
        { date: '2026-04-15', handle: 'Came-And-Went', change: 'emeritus' },
        { date: '2026-05-01', handle: 'retired', change: 'emeritus' },
      ],
      undatedJoins: ['retired', 'undated'],
    });
  });

  it('puts a join before an emeritus move on the same day', () => {
    const a: Maintainer = { handle: 'a', status: 'emeritus', since: '2026-01-01', emeritusSince: '2026-06-01' };
    const b: Maintainer = { handle: 'b', status: 'active', since: '2026-06-01' };
    expect(rosterHistory([a, b]).changes.slice(1)).toEqual([
      { date: '2026-06-01', handle: 'b', change: 'joined' },
      { date: '2026-06-01', handle: 'a', change: 'emeritus' },
    ]);
  });
});
