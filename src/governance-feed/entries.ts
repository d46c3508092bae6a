/**
 * What the governance record's feed and pages need to know of a recorded decision and of a
 * charter amendment, whatever module computes them (src/decisions/, src/history/). Pure types:
 * the data layer (src/data/governance-feed.ts) fills them.
 */

/** A decision whose vote has closed, as content/decisions/ records it. */
export interface RecordedDecision {
  /** The file's id (its name without .md), stable forever: the feed's id is made from it. */
  id: string;
  /** One line, e.g. "Add a committer: alice". */
  title: string;
  /** The day the vote closed, YYYY-MM-DD. */
  closed: string;
  outcome: 'approved' | 'rejected';
  /** Whether it decided a change of the charter's words (the charter history links amendments to it). */
  changesCharter: boolean;
  /** The issue or pull request where the vote was held. */
  heldAt: string;
  /** The decision's page, a site route such as /decisions/<id>/. */
  route: string;
}

/** One change to the charter's words, from the repository's history. */
export interface CharterAmendment {
  /** The commit that made it (full hash), stable forever: the feed's id is made from it. */
  commit: string;
  /** The commit's date, ISO 8601 with offset. */
  date: string;
  /** What changed, in one line: the commit's subject. */
  summary: string;
  /** The amendment's page (its diff), a site route such as /governance/history/<short hash>/. */
  route: string;
}
