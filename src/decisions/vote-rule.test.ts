import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Maintainer } from '../schemas/maintainer.ts';
import { governanceSchema } from '../schemas/governance.ts';
import { thresholdOf } from '../roster/vote-rules.ts';
import { charterVerdict, meetsThreshold, rulesOfToday, votesNeeded, type VoteRuleSpec } from './vote-rule.ts';

/** Two bodies: maintainers remove one of theirs by 2/3 of those remaining; committers add one by majority. */
const governance = governanceSchema.parse(
  parse(`
roles:
  - { id: maintainer, singular: Maintainer, plural: Maintainers }
  - { id: committer, singular: Committer, plural: Committers }
rules:
  - { id: remove-maintainer, name: Remove a maintainer, body: maintainer, threshold: 2/3, base: remaining-members, subject: leaving }
  - { id: add-committer, name: Add a committer, body: committer, threshold: majority, base: members, subject: joining }
`),
);

const rule = (extra: Partial<VoteRuleSpec> = {}): VoteRuleSpec => ({
  id: 'r',
  name: 'R',
  threshold: { numerator: 2, denominator: 3, comparison: 'at-least' },
  base: 'body',
  abstentions: 'not-in-favour',
  subject: 'text',
  voters: [],
  ...extra,
});

describe('vote rules', () => {
  it("give each rule its body's active members, and the numbers the roster page shows, for every body of 0 to 40", () => {
    for (let n = 0; n <= 40; n++) {
      const roster: Maintainer[] = [
        ...Array.from({ length: n }, (_, i): Maintainer => ({ handle: `m${i}`, status: 'active' })),
        { handle: 'gone', status: 'emeritus', emeritusSince: '2025-01-01' },
        { handle: 'c1', roles: [{ role: 'committer', status: 'active' }] } as Maintainer,
      ];
      const [remove, addCommitter] = rulesOfToday(governance, roster);
      expect(remove!.voters).toHaveLength(n);
      expect(remove!.voters).not.toContain('gone');
      expect(addCommitter!.voters).toEqual(['c1']);
      const page = thresholdOf(governance.rules[0]!, Math.max(0, n - 1));
      if (n > 1) expect(votesNeeded(remove!.threshold, Math.max(0, n - 1))).toBe(page.votesNeeded);
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
