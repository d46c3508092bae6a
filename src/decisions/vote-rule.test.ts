import { describe, expect, it } from 'vitest';
import type { Maintainer } from '../schemas/maintainer.ts';
import { voteThresholds } from '../roster/roster.ts';
import { charterVerdict, meetsThreshold, rulesOfToday, votesNeeded, type VoteRuleSpec } from './vote-rule.ts';

const rule = (extra: Partial<VoteRuleSpec> = {}): VoteRuleSpec => ({
  id: 'r',
  name: 'R',
  threshold: { numerator: 2, denominator: 3, comparison: 'at-least' },
  base: 'body',
  abstentions: 'not-in-favour',
  voters: [],
  ...extra,
});

describe('vote rules', () => {
  it("today's rules give the numbers the roster page shows, for every roster of 0 to 40", () => {
    for (let n = 0; n <= 40; n++) {
      const roster: Maintainer[] = Array.from({ length: n }, (_, i) => ({ handle: `m${i}`, status: 'active' }));
      const page = voteThresholds(n);
      for (const spec of rulesOfToday(roster)) {
        const base = spec.base === 'body-without-subject' ? Math.max(0, n - 1) : n;
        expect(base).toBe(page[spec.id as keyof typeof page].voters);
        if (base > 0) expect(votesNeeded(spec.threshold, base)).toBe(page[spec.id as keyof typeof page].votesNeeded);
      }
    }
  });

  it('a tie is not "more than half", and is "at least half"', () => {
    expect(meetsThreshold({ numerator: 1, denominator: 2, comparison: 'more-than' }, 2, 4)).toBe(false);
    expect(meetsThreshold({ numerator: 1, denominator: 2, comparison: 'at-least' }, 2, 4)).toBe(true);
  });

  it('counts a quorum on the votes cast, abstentions included, and a fraction of votes cast without abstentions when they are not counted', () => {
    const majorityOfCast = rule({ base: 'votes-cast', threshold: { numerator: 1, denominator: 2, comparison: 'more-than' }, abstentions: 'not-counted' });
    const withQuorum = { ...majorityOfCast, quorum: { numerator: 1, denominator: 2 } };
    expect(charterVerdict(withQuorum, 10, { for: 3, against: 1, abstain: 0 })).toEqual({ passed: false, reason: 'no quorum' });
    expect(charterVerdict(withQuorum, 10, { for: 3, against: 1, abstain: 1 })).toEqual({ passed: true });
    expect(charterVerdict(majorityOfCast, 10, { for: 2, against: 2, abstain: 5 })).toEqual({ passed: false, reason: 'threshold not met' });
    expect(charterVerdict(rule({ base: 'body-without-subject' }), 4, { for: 2, against: 0, abstain: 0 })).toEqual({ passed: true });
    expect(charterVerdict(rule({ base: 'body-without-subject' }), 1, { for: 0, against: 0, abstain: 0 })).toEqual({ passed: false, reason: 'no voter' });
  });
});
