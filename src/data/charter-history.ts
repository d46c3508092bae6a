import { charterHistory, type CharterChange, type CharterHistory } from '../history/charter-history.ts';
import { readFileHistory } from '../git/file-history.ts';
import { approvingDecision, commitUrl, pullRequestUrl } from '../history/links.ts';
import { amendmentRoute } from '../history/routes.ts';
import type { CharterAmendment, RecordedDecision } from '../governance-feed/entries.ts';
import { governance, projectRoot, site } from './site.ts';

/** The charter's file, as the repository holds it today. */
export const charterFile = governance.charter.file;

let cached: CharterHistory | undefined;

/** The charter's history from this build's git repository, read once per build (a few git calls in all). */
export function charterHistoryOfThisBuild(): CharterHistory {
  cached ??= charterHistory(readFileHistory(projectRoot, charterFile));
  return cached;
}

/** Every amendment as the governance record exchanges it, oldest first; undefined when this build has no history. */
export function charterAmendmentsFromGit(): CharterAmendment[] | undefined {
  const history = charterHistoryOfThisBuild();
  if (!history.available) return undefined;
  return history.amendments
    .map((a) => ({ commit: a.commit, date: a.date, summary: a.summary, route: amendmentRoute(governance.charter.route, a.short) }))
    .reverse();
}

/** What a page shows of an amendment: its commit, its pull request and the decision that approved it. */
export interface AmendmentLinks {
  commit: string;
  pullRequest: string | undefined;
  decision: RecordedDecision | undefined;
}

export function amendmentLinks(amendment: CharterChange, decisions: readonly RecordedDecision[]): AmendmentLinks {
  const pullRequest = amendment.pullRequest === undefined ? undefined : pullRequestUrl(site.repository, amendment.pullRequest);
  return { commit: commitUrl(site.repository, amendment.commit), pullRequest, decision: approvingDecision(decisions, pullRequest) };
}
