import type { RecordedDecision } from '../governance-feed/entries.ts';

/** A commit's page on the repository host. */
export const commitUrl = (repository: string, hash: string): string => `${repository}/commit/${hash}`;

/** A pull request's page on the repository host. */
export const pullRequestUrl = (repository: string, number: number): string => `${repository}/pull/${number}`;

const sameUrl = (a: string, b: string) => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

/**
 * The recorded charter-change decision that approved an amendment: the one held on the
 * amendment's pull request. Without a pull request, or with no such decision, none.
 */
export function approvingDecision(decisions: readonly RecordedDecision[], pullRequest: string | undefined): RecordedDecision | undefined {
  if (!pullRequest) return undefined;
  return decisions.find((d) => d.changesCharter && d.outcome === 'approved' && sameUrl(d.heldAt, pullRequest));
}
