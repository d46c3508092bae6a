/**
 * SEQUENCE and LAST-MODIFIED of each event of a feed, from the history of its content:
 * a calendar that already holds an occurrence takes a change only when the event's
 * SEQUENCE went up (Google keeps stale copies otherwise), and LAST-MODIFIED says when
 * the data changed, never when the site was built. Both come from the series' file as
 * it was in each commit, so every build of one commit writes the same numbers.
 *
 * An event is known by its key (its UID, and for an override the RECURRENCE-ID after
 * `|`) and compared by a fingerprint of everything the feed writes for it.
 */
export interface EventRevision {
  sequence: number;
  lastModified: Date;
}

export interface VersionEvents {
  /** When this version was committed (or, for the content being built, the best date known). */
  date: Date;
  /** Fingerprint of each event the feed would write for this version, by key. */
  events: ReadonlyMap<string, string>;
}

/** The key of an override of `uid` (RECURRENCE-ID as the feed writes it). */
export const overrideKey = (uid: string, recurrenceId: string) => `${uid}|${recurrenceId}`;
const masterKey = (key: string) => key.split('|')[0]!;

/**
 * Walks the versions oldest first. An event's SEQUENCE goes up by one in each version
 * where its fingerprint differs from the version before (or where it comes back after
 * having gone); its LAST-MODIFIED is the date of that version. A series whose override
 * went (a move undone) goes up too. A new override (a moved
 * meeting) starts one above its series' SEQUENCE at that point, since the calendar held
 * that occurrence, unchanged, under the series' SEQUENCE until then.
 */
export function eventRevisions(versions: readonly VersionEvents[]): Map<string, EventRevision> {
  const revisions = new Map<string, EventRevision>();
  let previous: ReadonlyMap<string, string> = new Map();
  for (const { date, events } of versions) {
    // Series first, so an override that appears in this version can start above its series.
    const keys = [...events.keys()].sort((a, b) => Number(a.includes('|')) - Number(b.includes('|')) || (a < b ? -1 : a > b ? 1 : 0));
    // A move undone: the override is gone and the meeting is back in its series' slot, which only a new series SEQUENCE tells.
    // It must go above the override the calendar held for that meeting.
    const reverted = new Map<string, number>();
    for (const key of previous.keys()) {
      if (key.includes('|') && !events.has(key)) reverted.set(masterKey(key), Math.max(reverted.get(masterKey(key)) ?? 0, revisions.get(key)!.sequence + 1));
    }
    for (const key of keys) {
      if (previous.get(key) === events.get(key) && !reverted.has(key)) continue;
      const known = revisions.get(key);
      const isOverride = key.includes('|');
      const floor = isOverride ? (revisions.get(masterKey(key))?.sequence ?? 0) + 1 : (reverted.get(key) ?? 0);
      revisions.set(key, { sequence: Math.max(known ? known.sequence + 1 : 0, floor), lastModified: date });
    }
    previous = events;
  }
  return revisions;
}
