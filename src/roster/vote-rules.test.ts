import { describe, expect, it } from 'vitest';
import { parseFraction, voteRuleSchema, type Fraction } from '../schemas/governance.ts';
import { describeThreshold, moreVotesNeeded, reach, thresholdOf } from './vote-rules.ts';

const f = (text: string) => parseFraction(text) as Fraction;
const rule = (extra: Record<string, unknown>) => voteRuleSchema.parse({ id: 'r', name: 'R', body: 'member', threshold: '2/3', base: 'members', ...extra });
const members = { singular: 'Committer', plural: 'Committers' };

describe('reaching a fraction', () => {
  it('at least 2/3: ceil(2n/3), for every size up to 100', () => {
    for (let n = 0; n <= 100; n++) expect(reach(f('2/3'), n)).toBe(Math.ceil((2 * n) / 3));
  });

  it('a majority is more than half: 6 of 10, 6 of 11; unanimous is all', () => {
    expect(reach(f('majority'), 10)).toBe(6);
    expect(reach(f('majority'), 11)).toBe(6);
    expect(reach(f('more than 1/2'), 10)).toBe(6);
    expect(reach(f('at least 1/2'), 10)).toBe(5);
    expect(reach(f('unanimous'), 7)).toBe(7);
    expect(reach(f('3/5'), 10)).toBe(6);
  });

  it('refuses what is no fraction, with the words that are', () => {
    expect(parseFraction('majoritty')).toBe(
      '"majoritty" is not a fraction; did you mean majority? write a fraction, which is reached at least (2/3: two thirds or more), or "more than 1/2", "at least 3/5", "majority" (more than half) or "unanimous" (all)',
    );
    expect(parseFraction('4/3')).toBe('"4/3" is not a fraction between 0 and 1; write a numerator from 1 to the denominator, e.g. 2/3');
  });
});

describe('a threshold in words', () => {
  it('on the members, and on the members remaining once the subject is set aside', () => {
    expect(describeThreshold(thresholdOf(rule({}), 10), members)).toBe('7 of 10 committers');
    expect(describeThreshold(thresholdOf(rule({ base: 'remaining-members', subject: 'leaving' }), 10), members)).toBe('7 of the 10 remaining committers');
    expect(describeThreshold(thresholdOf(rule({}), 1), members)).toBe('1 of 1 committer');
  });

  it('on the votes cast, with a quorum', () => {
    expect(
      describeThreshold(thresholdOf(rule({ threshold: 'majority', base: 'votes-cast', quorum: 'majority' }), 7), { singular: 'Member', plural: 'Members' }),
    ).toBe('more than half of the votes cast, with at least 4 of 7 members taking part');
  });

  it('on the votes cast without a quorum, naming the body whose votes count (OpenTelemetry: its committee rewrites its charter by more than 2/3 of votes)', () => {
    expect(
      describeThreshold(thresholdOf(rule({ threshold: 'more than 2/3', base: 'votes-cast' }), 9), {
        singular: 'Governance Committee member',
        plural: 'Governance Committee members',
      }),
    ).toBe('more than 2/3 of the votes cast among 9 Governance Committee members');
    expect(describeThreshold(thresholdOf(rule({ threshold: 'majority', base: 'votes-cast' }), 1), members)).toBe(
      'more than half of the votes cast among 1 committer',
    );
  });

  it('says why no vote can be held', () => {
    expect(describeThreshold(thresholdOf(rule({}), 0), members)).toBe('no vote can be held: no committer is active');
    expect(describeThreshold(thresholdOf(rule({ base: 'remaining-members', subject: 'leaving' }), 0), members)).toBe(
      'no vote can be held: no other committer is active to vote',
    );
  });
});

describe('votes still needed', () => {
  it('on the votes cast, each vote for is one more cast; unanimity is out of reach after a vote against', () => {
    const majority = thresholdOf(rule({ threshold: 'majority', base: 'votes-cast' }), 7);
    expect(moreVotesNeeded(majority, { for: 1, against: 2, abstain: 0 })).toBe(2);
    const all = thresholdOf(rule({ threshold: 'unanimous', base: 'votes-cast' }), 7);
    expect(moreVotesNeeded(all, { for: 1, against: 1, abstain: 0 })).toBe(Number.POSITIVE_INFINITY);
  });
});
