import type { CharterAmendment, RecordedDecision } from '../record/entries.ts';
import { charterAmendmentsFromGit } from './charter-history.ts';

// INTEGRATION SEAM (work in progress on parallel branches): the decisions branch fills
// recordedDecisions() from content/decisions/; charterAmendments() reads git (the
// charter-history branch). Until the decisions branch is merged recordedDecisions() returns
// nothing; it must not stay like this on a release.

/** Every decision whose vote has closed, oldest first. */
export async function recordedDecisions(): Promise<RecordedDecision[]> {
  return [];
}

/** Every amendment of the charter's words, oldest first; undefined when this build has no history (shallow clone, no git). */
export async function charterAmendments(): Promise<CharterAmendment[] | undefined> {
  return charterAmendmentsFromGit();
}
