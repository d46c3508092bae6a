import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Maintainer } from '../schemas/maintainer.ts';
import { governanceSchema } from '../schemas/governance.ts';
import { meetsThreshold, rulesOfToday, type VoteRuleSpec } from '../decisions/vote-rule.ts';
import { gitVoteConfigText, gitVotePasses, gitVoteProfile, gitVoteRefusals, isRefusal, passThresholdFor } from './gitvote-config.ts';

const handles = (n: number) => Array.from({ length: n }, (_, i) => `voter-${String(i + 1).padStart(2, '0')}`);
const twoThirds = (voters: readonly string[]): VoteRuleSpec => ({
  id: 'change-charter',
  name: 'Change the charter',
  threshold: { numerator: 2, denominator: 3, comparison: 'at-least' },
  base: 'body',
  abstentions: 'not-in-favour',
  subject: 'text',
  voters,
});

/** For every count of votes in favour: does GitVote, at this threshold, pass it? */
const gitVoteVerdicts = (allowed: number, threshold: number) => Array.from({ length: allowed + 1 }, (_, f) => gitVotePasses(f, allowed, threshold));

describe('GitVote profiles', () => {
  it.each([
    [3, 2, 34],
    [11, 8, 64],
    [26, 18, 66],
  ])('a 2/3 rule with %i members: GitVote passes at exactly %i in favour (pass_threshold %d)', (members, needed, threshold) => {
    const profile = gitVoteProfile(twoThirds(handles(members)));
    expect(profile).toMatchObject({ needed, passThreshold: threshold });
    const verdicts = gitVoteVerdicts(members, threshold);
    expect(verdicts.indexOf(true)).toBe(needed);
    expect(verdicts).toEqual(Array.from({ length: members + 1 }, (_, f) => f >= needed));
  });

  it("GitVote's customary 66.67 would be wrong for 3 members: 2 of 3 (the charter's 2/3) would not pass", () => {
    expect(gitVotePasses(2, 3, 66.67)).toBe(false);
    expect(meetsThreshold({ numerator: 2, denominator: 3, comparison: 'at-least' }, 2, 3)).toBe(true);
  });

  it('agrees with the charter for every body of 1 to 200 and thresholds 1/2 (more than), 2/3, 3/4 and unanimity', () => {
    const thresholds: VoteRuleSpec['threshold'][] = [
      { numerator: 1, denominator: 2, comparison: 'more-than' },
      { numerator: 2, denominator: 3, comparison: 'at-least' },
      { numerator: 3, denominator: 4, comparison: 'at-least' },
      { numerator: 1, denominator: 1, comparison: 'at-least' },
    ];
    for (const threshold of thresholds) {
      for (let n = 1; n <= 200; n++) {
        const profile = gitVoteProfile({ ...twoThirds(handles(n)), threshold });
        if (isRefusal(profile)) throw new Error(profile.reason);
        expect(gitVoteVerdicts(n, profile.passThreshold)).toEqual(Array.from({ length: n + 1 }, (_, f) => meetsThreshold(threshold, f, n)));
      }
    }
  });

  it('a tie under a simple majority ("more than half") does not pass GitVote: 2 of 4 need 3', () => {
    const profile = gitVoteProfile({ ...twoThirds(handles(4)), threshold: { numerator: 1, denominator: 2, comparison: 'more-than' } });
    expect(profile).toMatchObject({ needed: 3, passThreshold: 51 });
  });

  it('refuses, with its reason, a rule GitVote cannot count exactly', () => {
    const voters = handles(5);
    const reasons = [
      { ...twoThirds(voters), id: 'quorum', quorum: { numerator: 1, denominator: 2 } },
      { ...twoThirds(voters), id: 'cast', base: 'votes-cast' as const },
      { ...twoThirds(voters), id: 'removal', base: 'body-without-subject' as const, subject: 'leaving' as const },
      { ...twoThirds(voters), id: 'leaving', subject: 'leaving' as const },
      { ...twoThirds([]), id: 'empty' },
    ].map((rule) => gitVoteProfile(rule));
    expect(reasons.map((r) => (isRefusal(r) ? r.reason : 'profile'))).toEqual([
      'it has a quorum (1/2 of the body), which GitVote does not count',
      'it is a fraction of the votes cast, and GitVote counts over every allowed voter',
      "it sets the subject aside, and GitVote's allowed voters are fixed in the file, the subject among them",
      "its subject, a member who is leaving, does not vote, and GitVote's allowed voters are fixed in the file, the subject among them",
      'its body has no member today',
    ]);
  });

  it('rejects a count that no threshold can separate', () => {
    expect(() => passThresholdFor(0, 3)).toThrow(RangeError);
    expect(() => passThresholdFor(4, 3)).toThrow(RangeError);
  });
});

/** The charter's three votes, as content/governance.yaml states them. */
const governance = governanceSchema.parse(
  parse(`
roles: [{ id: maintainer, singular: Maintainer, plural: Maintainers }]
rules:
  - { id: approve-new-maintainer, name: Approve a new maintainer, body: maintainer, threshold: 2/3, base: members, subject: joining }
  - { id: remove-maintainer, name: Remove a maintainer, body: maintainer, threshold: 2/3, base: remaining-members, subject: leaving }
  - { id: change-charter, name: Change the charter, body: maintainer, threshold: 2/3, base: members }
`),
);

describe('.gitvote.yml', () => {
  const roster: Maintainer[] = [
    { handle: 'ana', status: 'active' },
    { handle: 'Ben', status: 'active' },
    { handle: 'cy', status: 'active' },
    { handle: 'old-timer', status: 'emeritus', emeritusSince: '2024-01-01' },
  ];

  it("holds today's rules that GitVote can count, with the voters by handle and no emeritus member, and says why the removal has none", () => {
    const text = gitVoteConfigText(rulesOfToday(governance, roster), { duration: '7d' }, { generateCommand: 'npm run generate' });
    const config = parse(text);
    expect(Object.keys(config.profiles)).toEqual(['approve-new-maintainer', 'change-charter']);
    expect(config.profiles['approve-new-maintainer']).toEqual({ duration: '7d', pass_threshold: 34, allowed_voters: { users: ['ana', 'Ben', 'cy'] } });
    expect(text).not.toContain('old-timer');
    expect(text).toContain(
      '# No profile for "Remove a maintainer" (remove-maintainer): it sets the subject aside, and GitVote\'s allowed voters are fixed in the file, the subject among them.',
    );
    expect(gitVoteRefusals(rulesOfToday(governance, roster))).toEqual([
      '.gitvote.yml: no profile for "Remove a maintainer" (remove-maintainer): it sets the subject aside, and GitVote\'s allowed voters are fixed in the file, the subject among them',
    ]);
  });

  it('holds a removal from another role than the body that votes: that subject is no member set aside (containerd: a reviewer removed by the committers)', () => {
    const withReviewers = governanceSchema.parse(
      parse(`
roles: [{ id: committer, singular: Committer, plural: Committers }, { id: reviewer, singular: Reviewer, plural: Reviewers }]
rules:
  - { id: remove-reviewer, name: Remove a reviewer, body: committer, threshold: 2/3, base: members, subject: leaving, subjectRole: reviewer }
  - { id: remove-committer, name: Remove a committer, body: committer, threshold: 2/3, base: members, subject: leaving }
`),
    );
    const people: Maintainer[] = [
      { handle: 'ana', status: 'active' },
      { handle: 'ben', status: 'active' },
      { handle: 'cy', status: 'active' },
      { handle: 'rev', status: 'active', roles: [{ role: 'reviewer', status: 'active' }] },
    ];
    const config = parse(gitVoteConfigText(rulesOfToday(withReviewers, people), { duration: '7d' }, { generateCommand: 'npm run generate' }));
    expect(Object.keys(config.profiles)).toEqual(['remove-reviewer']);
    expect(config.profiles['remove-reviewer']).toEqual({ duration: '7d', pass_threshold: 34, allowed_voters: { users: ['ana', 'ben', 'cy'] } });
  });
});
