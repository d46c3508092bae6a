import ICAL from 'ical.js';

/**
 * A feed read back by ical.js (the parser inside Thunderbird), with none of the
 * site's code: its own recurrence expansion, its own time zone handling fed only
 * by the VTIMEZONE components in the feed.
 */
export interface ExpandedOccurrence {
  uid: string;
  start: string;
  end: string;
  summary: string;
  /** The instant the occurrence was scheduled at by the rule (its RECURRENCE-ID), before any move. */
  recurrenceId: string;
  /** SEQUENCE of the component that gives this occurrence (the series, or its override). */
  sequence: number;
  url: string;
}

export function parseFeed(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

/** Registers the feed's own VTIMEZONEs (ical.js knows no zone but UTC until then). */
export function registerFeedTimezones(calendar: ICAL.Component): string[] {
  const zones: string[] = [];
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = String(vtimezone.getFirstPropertyValue('tzid'));
    ICAL.TimezoneService.remove(tzid);
    ICAL.TimezoneService.register(vtimezone);
    zones.push(tzid);
  }
  return zones;
}

/** Every occurrence that starts in [from, to), as ISO instants, by ical.js. */
export function expandFeed(text: string, from: Date, to: Date): ExpandedOccurrence[] {
  const calendar = parseFeed(text);
  registerFeedTimezones(calendar);
  const byUid = new Map<string, ICAL.Component[]>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const uid = String(vevent.getFirstPropertyValue('uid'));
    byUid.set(uid, [...(byUid.get(uid) ?? []), vevent]);
  }
  const result: ExpandedOccurrence[] = [];
  const end = ICAL.Time.fromJSDate(to, true);
  for (const [uid, components] of byUid) {
    const master = components.find((c) => !c.hasProperty('recurrence-id'))!;
    // Exceptions given explicitly: left alone, ical.js relates every RECURRENCE-ID in the calendar, whatever its UID.
    const event = new ICAL.Event(master, { strictExceptions: true, exceptions: components.filter((c) => c !== master) });
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      // Overrides may move a meeting later than its original slot: keep iterating a little past `to`.
      if (next.compare(end) >= 0 && details.startDate.compare(end) >= 0) break;
      const start = details.startDate.toJSDate();
      if (start >= from && start < to) {
        result.push({
          uid,
          start: start.toISOString(),
          end: details.endDate.toJSDate().toISOString(),
          summary: details.item.summary,
          recurrenceId: details.recurrenceId.toJSDate().toISOString(),
          sequence: details.item.sequence,
          url: String(details.item.component.getFirstPropertyValue('url')),
        });
      }
      if (!event.isRecurring()) break;
    }
  }
  return result.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}
