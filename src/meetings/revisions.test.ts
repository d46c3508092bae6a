import { describe, expect, it } from 'vitest';
import { eventRevisions, overrideKey } from './revisions.ts';

const at = (day: string) => new Date(`${day}T12:00:00Z`);
const version = (day: string, events: Record<string, string>) => ({ date: at(day), events: new Map(Object.entries(events)) });
const moved = overrideKey('s@x', '2027-01-26');

describe('eventRevisions', () => {
  it('starts every event at SEQUENCE 0 and LAST-MODIFIED at the version it appears in', () => {
    const r = eventRevisions([version('2027-01-01', { 's@x': 'a', 'e@x': 'b' })]);
    expect(r.get('s@x')).toEqual({ sequence: 0, lastModified: at('2027-01-01') });
    expect(r.get('e@x')).toEqual({ sequence: 0, lastModified: at('2027-01-01') });
  });

  it('raises SEQUENCE and moves LAST-MODIFIED only in the versions where the event changed', () => {
    const r = eventRevisions([
      version('2027-01-01', { 's@x': 'a', 'e@x': 'b' }),
      version('2027-01-02', { 's@x': 'a2', 'e@x': 'b' }), // a cancellation: the series changed
      version('2027-01-03', { 's@x': 'a2', 'e@x': 'b' }), // a commit that changed nothing the feed writes
      version('2027-01-04', { 's@x': 'a3', 'e@x': 'b' }), // a new time
    ]);
    expect(r.get('s@x')).toEqual({ sequence: 2, lastModified: at('2027-01-04') });
    expect(r.get('e@x')).toEqual({ sequence: 0, lastModified: at('2027-01-01') });
  });

  it('starts a new override (a moved meeting) above its series, and raises it when it moves again', () => {
    const r = eventRevisions([
      version('2027-01-01', { 's@x': 'a' }),
      version('2027-01-02', { 's@x': 'a2' }),
      version('2027-01-03', { 's@x': 'a2', [moved]: 'to thursday' }),
    ]);
    expect(r.get(moved)).toEqual({ sequence: 2, lastModified: at('2027-01-03') });
    const again = eventRevisions([
      version('2027-01-01', { 's@x': 'a' }),
      version('2027-01-03', { 's@x': 'a', [moved]: 'to thursday' }),
      version('2027-01-05', { 's@x': 'a', [moved]: 'to friday' }),
    ]);
    expect(again.get(moved)).toEqual({ sequence: 2, lastModified: at('2027-01-05') });
  });

  it('raises the SEQUENCE of an event that went and came back, never lowering it', () => {
    const r = eventRevisions([version('2027-01-01', { 'e@x': 'b' }), version('2027-01-02', {}), version('2027-01-03', { 'e@x': 'b' })]);
    expect(r.get('e@x')).toEqual({ sequence: 1, lastModified: at('2027-01-03') });
  });

  it('gives the same numbers for the same history (no clock)', () => {
    const history = [version('2027-01-01', { 's@x': 'a' }), version('2027-01-02', { 's@x': 'b', [moved]: 'm' })];
    expect(eventRevisions(history)).toEqual(eventRevisions(history));
  });
});

describe('eventRevisions, a move undone', () => {
  it('raises the series above the override the calendar held, since the meeting is back in its slot and only the series tells it', () => {
    const r = eventRevisions([
      version('2027-01-01', { 's@x': 'a' }),
      version('2027-01-02', { 's@x': 'a', [moved]: 'to thursday' }), // override at 1
      version('2027-01-03', { 's@x': 'a', [moved]: 'to friday' }), // override at 2
      version('2027-01-04', { 's@x': 'a' }),
    ]);
    expect(r.get('s@x')).toEqual({ sequence: 3, lastModified: at('2027-01-04') });
  });
});
