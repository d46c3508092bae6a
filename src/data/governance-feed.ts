import { recordedDecisionsOf } from '../decisions/summary.ts';
import type { CharterAmendment, RecordedDecision } from '../governance-feed/entries.ts';
import { decisions } from './decisions.ts';
import { charterAmendmentsFromGit } from './charter-history.ts';

// recordedDecisions() reads content/decisions/ (issue 11), charterAmendments() reads git (issue 12).

/** Every decision whose vote has closed, oldest first. */
export async function recordedDecisions(): Promise<RecordedDecision[]> {
  return recordedDecisionsOf(await decisions());
}

/** Every amendment of the charter's words, oldest first; undefined when this build has no history (shallow clone, no git). */
export async function charterAmendments(): Promise<CharterAmendment[] | undefined> {
  return charterAmendmentsFromGit();
}
