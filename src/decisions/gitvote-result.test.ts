import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countUnderCharter, gitVoteDifferences, gitVoteNeeds, parseGitVoteClosed, type GitVoteResult } from './gitvote-result.ts';
import { parse } from 'yaml';
import { governanceSchema } from '../schemas/governance.ts';
import { ruleSpecOf, type VoteRuleSpec } from './vote-rule.ts';

/** The comments of tests/fixtures/gitvote/, in GitVote's "Vote closed" format. */
const comment = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/gitvote', name), 'utf8');
// The body on the closing day, 2026-03-09: fay-fixture had left it.
const BODY = ['ana-fixture', 'ben-fixture', 'chen-fixture', 'dara-fixture', 'eli-fixture', 'gus-fixture'];
const DAY = '2026-03-09';
const governance = governanceSchema.parse(
  parse(`
roles: [{ id: maintainer, singular: Maintainer, plural: Maintainers }]
rules:
  - { id: remove-maintainer, name: Remove a maintainer, body: maintainer, threshold: 2/3, base: remaining-members, subject: leaving }
  - { id: change-charter, name: Change the charter, body: maintainer, threshold: 2/3, base: members }
`),
);
const rule = (id: string, voters: readonly string[] = BODY): VoteRuleSpec =>
  ruleSpecOf(
    governance.rules.find((r) => r.id === id)!,
    voters,
  );
const differences = (result: GitVoteResult, r: VoteRuleSpec, subject?: string) => gitVoteDifferences(result, countUnderCharter(result, r, DAY, subject));

describe("GitVote's closing comment", () => {
  it('is read back: the verdict, the threshold, the summary and every binding vote with its day', () => {
    const result = parseGitVoteClosed(comment('passed.md'));
    expect(result).toMatchObject({ passed: true, passThreshold: 51, inFavour: 5, against: 1, abstain: 0, notVoted: 0 });
    expect(result.binding[0]).toEqual({ user: 'ana-fixture', vote: 'for', day: '2026-03-02' });
    expect(result.binding.map((b) => b.vote)).toEqual(['for', 'for', 'against', 'for', 'for', 'for']);
  });

  it('passed: GitVote and the charter agree (5 of 6, the charter needs 4)', () => {
    const result = parseGitVoteClosed(comment('passed.md'));
    expect(countUnderCharter(result, rule('change-charter'), DAY)).toMatchObject({ passed: true, base: 6, needed: 4 });
    expect(differences(result, rule('change-charter'))).toEqual([]);
  });

  it('failed: GitVote and the charter agree (3 of 6, an abstention is not in favour)', () => {
    const result = parseGitVoteClosed(comment('failed.md'));
    expect(result).toMatchObject({ passed: false, inFavour: 3, against: 2, abstain: 1 });
    expect(countUnderCharter(result, rule('change-charter'), DAY).passed).toBe(false);
    expect(differences(result, rule('change-charter'))).toEqual([]);
  });

  it('a tie: GitVote passes 3 of 6 at 50%, which is not more than half, nor 2/3', () => {
    const result = parseGitVoteClosed(comment('tie.md'));
    const majority: VoteRuleSpec = {
      ...rule('change-charter'),
      id: 'motion',
      name: 'A motion',
      threshold: { numerator: 1, denominator: 2, comparison: 'more-than' },
    };
    expect(differences(result, majority)).toEqual([
      "GitVote's pass_threshold of 50% needs 3 of 6 in favour; the charter's 1/2 needs 4 of 6: the threshold does not fit the body's size",
      'GitVote says the vote passed; under the charter\'s rule it does not pass (3 in favour of 6): a tie (3 of 6) passes GitVote\'s "at or above 50%" but is not more than half',
    ]);
    expect(differences(result, rule('change-charter'))).toEqual([
      "GitVote's pass_threshold of 50% needs 3 of 6 in favour; the charter's 2/3 needs 4 of 6: the threshold does not fit the body's size",
      "GitVote says the vote passed; under the charter's rule it does not pass (3 in favour of 6)",
    ]);
  });

  it('a voter who had left: GitVote counts fay-fixture among 7 allowed voters and passes; the charter counts 3 of 6 and does not', () => {
    const result = parseGitVoteClosed(comment('voter-who-had-left.md'));
    expect(differences(result, rule('change-charter'))).toEqual([
      '@fay-fixture voted for and GitVote counted it, but was not a member of the body of "Change the charter" on 2026-03-09: the charter does not count it',
      "GitVote counted over 7 allowed voters; the charter's base on 2026-03-09 is 6",
      "GitVote says the vote passed; under the charter's rule it does not pass (3 in favour of 6)",
    ]);
  });

  it('the subject voting on their own removal', () => {
    const result = parseGitVoteClosed(comment('passed.md'));
    // Removing gus-fixture: GitVote allowed all six, gus among them; the charter counts the 5 others and needs 4.
    expect(differences(result, rule('remove-maintainer'), 'gus-fixture')).toEqual([
      '@gus-fixture voted for on their own removal and GitVote counted it: the charter sets the subject aside',
      "GitVote counted over 6 allowed voters; the charter's base on 2026-03-09 is 5",
    ]);
  });

  it("a threshold the roster's size has made wrong: GitVote's customary 66.67% needs all 3 of 3, where 2/3 of 3 is 2", () => {
    const three = ['ana-fixture', 'ben-fixture', 'chen-fixture'];
    const result: GitVoteResult = {
      passed: false,
      passThreshold: 66.67,
      inFavour: 2,
      against: 1,
      abstain: 0,
      notVoted: 0,
      binding: [
        { user: 'ana-fixture', vote: 'for' },
        { user: 'ben-fixture', vote: 'for' },
        { user: 'chen-fixture', vote: 'against' },
      ],
    };
    expect(gitVoteNeeds(66.67, 3)).toBe(3);
    expect(differences(result, rule('change-charter', three))).toEqual([
      "GitVote's pass_threshold of 66.67% needs 3 of 3 in favour; the charter's 2/3 needs 2 of 3: the threshold does not fit the body's size",
      "GitVote says the vote did not pass; under the charter's rule it passes (2 in favour of 3)",
    ]);
  });

  it('refuses a text that is not a closing comment, or whose votes do not add up, saying what is missing', () => {
    expect(() => parseGitVoteClosed('## Vote created\n')).toThrow('no "## Vote closed" heading');
    const cut = comment('passed.md').split('\n').slice(0, -3).join('\n');
    expect(() => parseGitVoteClosed(cut)).toThrow('do not add up to the summary (5, 1, 0): save the whole comment');
  });
});
