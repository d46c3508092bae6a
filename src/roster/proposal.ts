import type { Role, VoteRule } from '../schemas/governance.ts';
import type { Criterion } from './charter.ts';
import { inSentence } from './roles.ts';
import { describeThreshold, fractionInWords, type VoteThreshold } from './vote-rules.ts';

/**
 * The issue that proposes someone under a rule whose subject is joining, when the governance
 * data names one (the rule's proposal: its title, and the charter section listing what a
 * nominee must show). The roster page links to GitHub's new-issue form with that title and a
 * body that asks for the nominee, the nominator and evidence for each criterion, when the
 * data names the section that lists them.
 */

export interface VoteRecording {
  /** Where decisions are kept, e.g. content/decisions. */
  folder: string;
  /** The contributing guide's recipe "Record a vote". */
  recipeUrl: string;
  /** The site's list of decisions. */
  decisionsUrl: string;
}

/** How a rule's threshold reads in a sentence: "A 2/3 vote of existing committers", "A vote of more than half of the votes cast". */
export function ruleInWords(rule: VoteRule, body: Pick<Role, 'plural'>): string {
  const fraction = rule.threshold.text;
  const of = rule.base === 'votes-cast' ? 'the votes cast' : `${rule.base === 'remaining-members' ? 'the remaining' : 'existing'} ${inSentence(body.plural)}`;
  return /^\d+\/\d+$/.test(fraction) ? `A ${fraction} vote of ${of}` : `A vote of ${fractionInWords(rule.threshold)} of ${of}`;
}

export function proposalBody(opts: {
  rule: VoteRule;
  body: Pick<Role, 'singular' | 'plural'>;
  criteria: { list: readonly Criterion[]; url: string } | undefined;
  threshold: VoteThreshold;
  recording: VoteRecording;
}): string {
  const one = inSentence(opts.body.singular);
  const evidence = opts.criteria
    ? [
        '## Evidence for each criterion',
        '',
        `The charter lists what a new ${one} must demonstrate: ${opts.criteria.url}. Link to pull requests, reviews, issues or discussions for each.`,
        '',
        ...opts.criteria.list.flatMap((c) => [`### ${c.text}`, '', ...(c.details.length > 0 ? c.details.map((d) => `- ${d}: `) : ['- ']), '']),
      ]
    : [];
  return [
    '## Nominee',
    '',
    'GitHub handle: @',
    '',
    '## Nominator',
    '',
    `GitHub handle (an existing ${one}): @`,
    '',
    ...evidence,
    '## Vote',
    '',
    `${ruleInWords(opts.rule, opts.body)} approves the proposal: today ${describeThreshold(opts.threshold, opts.body)}.`,
    '',
    `The vote is recorded in \`${opts.recording.folder}/\` as it goes (recipe "Record a vote": ${opts.recording.recipeUrl}), with a link to this issue, and listed at ${opts.recording.decisionsUrl}. If it passes, the new ${one}'s file is added in the same pull request.`,
    '',
  ].join('\n');
}

/** GitHub's new-issue form of `repository` (https://github.com/owner/name), filled in. */
export function newIssueUrl(repository: string, title: string, body: string): string {
  return `${repository}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
