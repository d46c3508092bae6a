import { describe, expect, it } from 'vitest';
import type { CharterChange, CharterHistory, CharterVersion } from './charter-history.ts';
import { historySummary } from './summary.ts';

const version = (date: string): CharterVersion => ({ commit: 'c', short: 'c', date, summary: 's', path: 'p', pullRequest: undefined, text: '' });
const change = (date: string): CharterChange => ({ ...version(date), diff: { kind: 'amendment', parts: [], inserted: 1, deleted: 0 } });
const history = (amendments: CharterChange[]): CharterHistory => ({ available: true, first: version('2026-01-01T00:00:00+00:00'), amendments, derived: [] });

describe('historySummary', () => {
  it('counts the amendments and dates the newest', () => {
    expect(historySummary(history([change('2026-05-01T14:00:00+00:00'), change('2026-04-01T00:00:00+00:00'), change('2026-02-01T00:00:00+00:00')]))).toBe(
      'Amended 3 times; last on 2026-05-01.',
    );
    expect(historySummary(history([change('2026-05-01T14:00:00+00:00')]))).toBe('Amended once; last on 2026-05-01.');
    expect(historySummary(history([]))).toBe('Not amended since it was first committed on 2026-01-01.');
  });

  it('says when the build has no history', () => {
    expect(historySummary({ available: false, reason: 'shallow' })).toBe('Its history of amendments is not part of this build.');
  });
});
