import { recordedDecisionsOf } from '../decisions/record.ts';
import type { CharterAmendment, RecordedDecision } from '../record/entries.ts';
import { decisions } from './decisions.ts';

// INTEGRATION SEAM (work in progress on parallel branches): recordedDecisions() reads
// content/decisions/ (the decisions branch); the charter-history branch fills
// charterAmendments() from git. Until it is merged that one returns nothing; it must not
// stay like this on a release.

/** Every decision whose vote has closed, oldest first. */
export async function recordedDecisions(): Promise<RecordedDecision[]> {
  return recordedDecisionsOf(await decisions());
}

/** Every amendment of the charter's words, oldest first; undefined when this build has no history (shallow clone, no git). */
export async function charterAmendments(): Promise<CharterAmendment[] | undefined> {
  return undefined;
}
