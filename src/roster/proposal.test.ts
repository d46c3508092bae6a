import { describe, expect, it } from 'vitest';
import { newIssueUrl, proposalBody, PROPOSAL_TITLE } from './proposal.ts';
import { votesToApproveNewMaintainer } from './roster.ts';

describe('the "Propose a new maintainer" link', () => {
  const criteria = [
    { text: 'Commitment to the project', details: ['Review pull requests', 'Contribute & merge'] },
    { text: 'Ability to collaborate', details: [] },
  ];
  const body = proposalBody({
    criteria,
    criteriaUrl: 'https://example.org/governance/#becoming-a-maintainer',
    approval: votesToApproveNewMaintainer(11),
    recording: { folder: 'content/decisions', recipeUrl: 'https://example.org/contributing/#record-a-vote', decisionsUrl: 'https://example.org/decisions/' },
  });

  it('opens a GitHub issue titled as the charter says, with the template as its body, both surviving the URL', () => {
    const url = new URL(newIssueUrl('https://github.com/modelpack/community', PROPOSAL_TITLE, body));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/modelpack/community/issues/new');
    expect(url.searchParams.get('title')).toBe('New Maintainer Proposal');
    expect(url.searchParams.get('body')).toBe(body);
    expect(url.search).toContain('title=New%20Maintainer%20Proposal&body=');
  });

  it('asks for the nominee, the nominator and evidence for each criterion and sub-point', () => {
    expect(body).toContain('## Nominee\n\nGitHub handle: @\n');
    expect(body).toContain('## Nominator\n\nGitHub handle (an existing maintainer): @\n');
    expect(body).toContain('### Commitment to the project\n\n- Review pull requests: \n- Contribute & merge: \n');
    expect(body).toContain('### Ability to collaborate\n\n- \n');
    expect(body).toContain('https://example.org/governance/#becoming-a-maintainer');
    expect(body).toContain('today 8 of 11 maintainers.');
  });

  it('says where the vote gets recorded', () => {
    expect(body).toContain(
      'The vote is recorded in `content/decisions/` as it goes (recipe "Record a vote": https://example.org/contributing/#record-a-vote), with a link to this issue, and listed at https://example.org/decisions/.',
    );
  });
});
