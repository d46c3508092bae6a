import type { Criterion } from './charter.ts';
import { describeThreshold, type VoteThreshold } from './roster.ts';

/**
 * The charter: "A new Maintainer must be proposed by an existing maintainer by
 * opening an issue with the title "New Maintainer Proposal"." The roster page
 * links to GitHub's new-issue form with that title and a body that asks for the
 * nominee, the nominator and evidence for each criterion the charter lists.
 */
export const PROPOSAL_TITLE = 'New Maintainer Proposal';

export interface VoteRecording {
  /** Where decisions are kept, e.g. content/decisions. */
  folder: string;
  /** The contributing guide's recipe "Record a vote". */
  recipeUrl: string;
  /** The site's list of decisions. */
  decisionsUrl: string;
}

export function proposalBody(opts: { criteria: readonly Criterion[]; criteriaUrl: string; approval: VoteThreshold; recording: VoteRecording }): string {
  const evidence = opts.criteria.flatMap((c) => [`### ${c.text}`, '', ...(c.details.length > 0 ? c.details.map((d) => `- ${d}: `) : ['- ']), '']);
  return [
    '## Nominee',
    '',
    'GitHub handle: @',
    '',
    '## Nominator',
    '',
    'GitHub handle (an existing maintainer): @',
    '',
    '## Evidence for each criterion',
    '',
    `The charter lists what a new maintainer must demonstrate: ${opts.criteriaUrl}. Link to pull requests, reviews, issues or discussions for each.`,
    '',
    ...evidence,
    '## Vote',
    '',
    `A 2/3 vote of existing maintainers approves the proposal: today ${describeThreshold(opts.approval)}.`,
    '',
    `The vote is recorded in \`${opts.recording.folder}/\` as it goes (recipe "Record a vote": ${opts.recording.recipeUrl}), with a link to this issue, and listed at ${opts.recording.decisionsUrl}. If it passes, the new maintainer's file is added in the same pull request.`,
    '',
  ].join('\n');
}

/** GitHub's new-issue form of `repository` (https://github.com/owner/name), filled in. */
export function newIssueUrl(repository: string, title: string, body: string): string {
  return `${repository}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
