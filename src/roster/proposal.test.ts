import { describe, expect, it } from 'vitest';
import { voteRuleSchema } from '../schemas/governance.ts';
import { newIssueUrl, proposalBody } from './proposal.ts';
import { thresholdOf } from './vote-rules.ts';

const rule = voteRuleSchema.parse({
  id: 'add-committer',
  name: 'Add a committer',
  body: 'committer',
  threshold: '2/3',
  base: 'members',
  subject: 'joining',
  proposal: { title: 'Committer nomination', criteriaSection: 'criteria' },
});
const body = { singular: 'Committer', plural: 'Committers' };
const recording = { folder: 'content/decisions', recipeUrl: 'https://example.org/contributing/#record-a-vote', decisionsUrl: 'https://example.org/decisions/' };

describe('the proposal link of a rule whose data names one', () => {
  const criteria = [
    { text: 'Commitment to the project', details: ['Review pull requests', 'Contribute & merge'] },
    { text: 'Ability to collaborate', details: [] },
  ];
  const text = proposalBody({
    rule,
    body,
    criteria: { list: criteria, url: 'https://example.org/governance/#criteria' },
    threshold: thresholdOf(rule, 11),
    recording,
  });

  it('opens a GitHub issue titled as the data says, with the template as its body, both surviving the URL', () => {
    const url = new URL(newIssueUrl('https://github.com/example-org/community', rule.proposal!.title, text));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/example-org/community/issues/new');
    expect(url.searchParams.get('title')).toBe('Committer nomination');
    expect(url.searchParams.get('body')).toBe(text);
  });

  it("asks for the nominee, the nominator and evidence for each criterion and sub-point, in the body's words", () => {
    expect(text).toContain('## Nominee\n\nGitHub handle: @\n');
    expect(text).toContain('## Nominator\n\nGitHub handle (an existing committer): @\n');
    expect(text).toContain('### Commitment to the project\n\n- Review pull requests: \n- Contribute & merge: \n');
    expect(text).toContain('### Ability to collaborate\n\n- \n');
    expect(text).toContain('https://example.org/governance/#criteria');
    expect(text).toContain('A 2/3 vote of existing committers approves the proposal: today 8 of 11 committers.');
  });

  it('asks for no criteria when the data names no section that lists them', () => {
    const without = proposalBody({ rule, body, criteria: undefined, threshold: thresholdOf(rule, 10), recording });
    expect(without).not.toContain('criterion');
    expect(without).toContain('today 7 of 10 committers.');
  });

  it('says where the vote gets recorded', () => {
    expect(text).toContain(
      'The vote is recorded in `content/decisions/` as it goes (recipe "Record a vote": https://example.org/contributing/#record-a-vote), with a link to this issue, and listed at https://example.org/decisions/.',
    );
  });
});
