import type { CharterAmendment, RecordedDecision } from '../record/entries.ts';

// INTEGRATION SEAM (work in progress on parallel branches): the decisions branch fills
// recordedDecisions() from content/decisions/, the charter-history branch fills
// charterAmendments() from git. Until both are merged they return nothing; they must not
// stay like this on a release.

/** Every decision whose vote has closed, oldest first. */
export async function recordedDecisions(): Promise<RecordedDecision[]> {
  return [];
}

/** Every amendment of the charter's words, oldest first; undefined when this build has no history (shallow clone, no git). */
export async function charterAmendments(): Promise<CharterAmendment[] | undefined> {
  return undefined;
}
