import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charterSectionTitle, charterVoteRules, headingId, nomineeCriteria, plainText } from './charter.ts';

const VOTE_RULES = ['approve-new-maintainer', 'remove-maintainer', 'change-charter'];

const CHARTER = 'content/docs/governance.mdx';
const charter = readFileSync(CHARTER, 'utf8');

describe('the charter, read for facts', () => {
  it('gives the sentence and section that state each vote rule, without the component', () => {
    const rules = charterVoteRules(charter, CHARTER, VOTE_RULES);
    expect(rules['approve-new-maintainer']).toEqual({
      rule: 'approve-new-maintainer',
      sentence: 'A 2/3 vote of existing Maintainers approves the application.',
      section: { title: 'Becoming a Maintainer', id: 'becoming-a-maintainer' },
    });
    expect(rules['remove-maintainer']).toEqual({
      rule: 'remove-maintainer',
      sentence: 'A Maintainer may be removed at any time by a 2/3 vote of the remaining maintainers.',
      section: { title: 'Removing a Maintainer', id: 'removing-a-maintainer' },
    });
    expect(rules['change-charter']).toEqual({
      rule: 'change-charter',
      sentence: 'Changes to this Governance and its supporting documents may be approved by a 2/3 vote of the Maintainers.',
      section: { title: 'Modifying this Charter', id: 'modifying-this-charter' },
    });
  });

  it('leaves out a rule the charter does not show (a plain Markdown charter shows none), and stops, naming the file, when one is shown twice or misspelt', () => {
    const without = charter.replace(' <VoteThreshold rule="change-charter" />', '');
    expect(Object.keys(charterVoteRules(without, CHARTER, VOTE_RULES))).toEqual(['approve-new-maintainer', 'remove-maintainer']);
    expect(charterVoteRules('# Charter\n\nA 2/3 vote of the committers adds one.\n', 'GOVERNANCE.md', VOTE_RULES)).toEqual({});
    const twice = `${charter}\nAgain <VoteThreshold rule="remove-maintainer" />.\n`;
    expect(() => charterVoteRules(twice, CHARTER, VOTE_RULES)).toThrow('<VoteThreshold rule="remove-maintainer" /> appears 2 times; keep it once');
    const misspelt = charter.replace('rule="change-charter"', 'rule="change-charta"');
    expect(() => charterVoteRules(misspelt, CHARTER, VOTE_RULES)).toThrow(
      '<VoteThreshold rule="change-charta" /> names no rule; use one of approve-new-maintainer, remove-maintainer, change-charter',
    );
    expect(() => charterVoteRules(charter, CHARTER, [])).toThrow(
      '<VoteThreshold rule="approve-new-maintainer" /> names no rule; content/governance.yaml has none: add it there, or remove the component',
    );
  });

  it('lists the criteria for becoming a maintainer, with their sub-points and without the editorial notes', () => {
    expect(nomineeCriteria(charter, CHARTER, 'becoming-a-maintainer')).toEqual([
      {
        text: 'Commitment to the project',
        details: [
          'Participate actively and impactfully in discussions, contributions, code and documentation reviews',
          'Perform useful reviews for a significant number of non-trivial pull requests',
          'Contribute non-trivial pull requests and have them merged',
        ],
      },
      { text: 'Ability to write quality code and/or documentation', details: [] },
      { text: 'Ability to collaborate with the team', details: [] },
      { text: 'Understanding of how the team works (policies, processes for testing and code review, etc)', details: [] },
      { text: "Understanding of the project's code base and coding and documentation style", details: [] },
    ]);
  });

  it('stops, naming the file, when the criteria list is gone', () => {
    const without = charter.replace(/To become a Maintainer[\s\S]*?documentation style\n/, 'Ask the maintainers.\n');
    expect(() => nomineeCriteria(without, CHARTER, 'becoming-a-maintainer')).toThrow(
      'content/docs/governance.mdx: no list of criteria found under the heading with id "becoming-a-maintainer", which content/governance.yaml names as a proposal\'s criteriaSection; the proposal template is built from that list: add the list there, or correct criteriaSection',
    );
  });

  it('finds the title of the section a rule names, or none', () => {
    expect(charterSectionTitle(charter, 'modifying-this-charter')).toBe('Modifying this Charter');
    expect(charterSectionTitle(charter, 'no-such-section')).toBeUndefined();
  });

  it('makes heading ids and plain text the way the built page does', () => {
    expect(headingId('Code of Conduct Enforcement')).toBe('code-of-conduct-enforcement');
    expect(headingId("Maintainers' Council: 2025")).toBe('maintainers-council-2025');
    expect(plainText('A **bold** [link](./x.mdx) and `code`')).toBe('A bold link and code');
  });
});
