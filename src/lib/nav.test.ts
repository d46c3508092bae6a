import { describe, expect, it } from 'vitest';
import { buildNav } from './nav.ts';

const entries = [
  { label: 'Meetings', route: '/meetings/', order: 30 },
  { label: 'Charter', route: '/governance/', order: 10 },
  { label: 'Maintainers', route: '/maintainers/', order: 20 },
];

describe('buildNav', () => {
  it('orders entries by their order field', () => {
    expect(buildNav(entries, '/').map((e) => e.label)).toEqual(['Charter', 'Maintainers', 'Meetings']);
  });

  it('marks the current page, and the section a sub-page belongs to', () => {
    expect(buildNav(entries, '/maintainers/').filter((e) => e.current).map((e) => e.label)).toEqual(['Maintainers']);
    expect(buildNav(entries, '/meetings/office-hours/').filter((e) => e.current).map((e) => e.label)).toEqual(['Meetings']);
    expect(buildNav(entries, '/').some((e) => e.current)).toBe(false);
  });
});
