import ical, { ICalEventRepeatingFreq, ICalWeekday, type ICalEventData } from 'ical-generator';
import { DateTime } from 'luxon';
import type { MeetingSeries } from '../schemas/meeting.ts';
import { occurrencesBetween, positionNumber, wallClockStart } from './occurrences.ts';
import { vtimezone } from './vtimezone.ts';
import { escapeText, finishCalendar, textProperty } from './ics-text.ts';
import { formatStartInZone } from './words.ts';
import { absoluteUrl } from '../site/config.ts';
import { meetingPageRoute, seriesPageRoute } from './routes.ts';
import { eventRevisions, overrideKey } from './revisions.ts';

/**
 * The iCalendar feeds (/meetings.ics, /meetings/<id>.ics), built with
 * ical-generator from the same occurrences the pages show. Everything in them
 * comes from content (no clock, no random ids), so two builds of one commit
 * give the same bytes.
 */
export interface FeedContext {
  /** The site's public URL, e.g. https://example.org/governance/ */
  siteUrl: string;
  /** The project name, for the calendar's name and PRODID. */
  project: string;
  /** When the series last changed: the last commit that touched its file (see `contentStamp`). */
  stampOf: (series: MeetingSeries) => Date;
  /**
   * The committed versions of the series' file, oldest first (versions that no longer
   * parse left out), from which each event's SEQUENCE and LAST-MODIFIED are derived.
   * None (no git, a shallow clone): the content being built is the only version.
   */
  historyOf?: (series: MeetingSeries) => readonly SeriesVersion[];
}

export interface SeriesVersion {
  date: Date;
  series: MeetingSeries;
}

/** How often subscribed clients should fetch the feed again; the site is rebuilt daily. */
export const REFRESH_SECONDS = 12 * 60 * 60;

const WEEKDAY_CODES: Record<MeetingSeries['rule']['weekday'], ICalWeekday> = {
  monday: ICalWeekday.MO,
  tuesday: ICalWeekday.TU,
  wednesday: ICalWeekday.WE,
  thursday: ICalWeekday.TH,
  friday: ICalWeekday.FR,
  saturday: ICalWeekday.SA,
  sunday: ICalWeekday.SU,
};

/** How many years of time zone rules a VTIMEZONE spells out before leaving the current rule open. */
const TIMEZONE_YEARS = 10;

/** A UID that stays the same on every build and machine: the series id at the site's domain. */
export function seriesUid(siteUrl: string, seriesId: string, suffix = ''): string {
  const url = new URL(siteUrl);
  const path = url.pathname.split('/').filter(Boolean).join('.');
  return `${seriesId}${suffix ? `-${suffix}` : ''}${path ? `.${path}` : ''}@${url.hostname}`;
}

/** DTSTAMP of a series: its file's last commit, or (no history, e.g. a tarball) the day of its first meeting. Never the build's clock. */
export function contentStamp(series: Pick<MeetingSeries, 'firstOccurrence'>, lastCommitDate: string | undefined): Date {
  return lastCommitDate ? new Date(lastCommitDate) : new Date(`${series.firstOccurrence}T00:00:00Z`);
}

export function meetingsPageUrl(siteUrl: string, seriesId?: string): string {
  return `${siteUrl}meetings/${seriesId ? `#${seriesId}` : ''}`;
}

/** Site route of a series' own feed, or of the feed of every series (the endpoints in src/pages/). */
export function feedRoute(seriesId?: string): string {
  return seriesId ? `/meetings/${seriesId}.ics` : '/meetings.ics';
}

/** Absolute https URL of that feed, as calendar clients subscribe to it. */
export function feedUrl(siteUrl: string, seriesId?: string): string {
  return absoluteUrl(siteUrl, feedRoute(seriesId));
}

/** The ways to subscribe to a feed: webcal://, Google Calendar and Outlook.com by URL. */
export function subscribeLinks(httpsFeedUrl: string, name: string): { webcal: string; google: string; outlook: string } {
  const webcal = httpsFeedUrl.replace(/^https?:\/\//, 'webcal://');
  return {
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(httpsFeedUrl)}&name=${encodeURIComponent(name)}`,
  };
}

function joinDetails(series: MeetingSeries): string {
  const { join } = series;
  return [
    join.url ? `Join (${join.platform}): ${join.url}` : `How to join (${join.platform}): ${join.instructions}`,
    join.meetingId && `Meeting ID: ${join.meetingId}`,
    join.passcode && `Passcode: ${join.passcode}`,
    series.notesUrl && `Agenda and notes: ${series.notesUrl}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The end of the series' last day, on its clock, as the RRULE's UNTIL. */
function untilOf(s: MeetingSeries): DateTime | undefined {
  return s.until ? DateTime.fromISO(s.until, { zone: s.rule.timeZone }).endOf('day').set({ millisecond: 0 }) : undefined;
}

const sortedCancelled = (s: MeetingSeries) => [...s.cancelled].sort((a, b) => (a.date < b.date ? -1 : 1));

/** A date-time as RFC 5545 writes it: in UTC with Z, or on the wall clock of a TZID. */
const icsDateTime = (d: DateTime, utc: boolean) => (utc ? d.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'") : d.toFormat("yyyyMMdd'T'HHmmss"));

/**
 * The RRULE of a monthly series, FREQ=MONTHLY;BYDAY=1WE,3WE, and its EXDATE, written here as
 * ical-generator writes the weekly ones: its `byDay` takes a weekday only, never one with a
 * position (BYSETPOS would say the same, but BYDAY positions are what every reader knows best).
 */
function monthlyRecurrence(s: MeetingSeries): string {
  const utc = s.rule.timeZone === 'UTC';
  const until = untilOf(s);
  const byDay = s.rule.monthly!.map((p) => `${positionNumber(p)}${WEEKDAY_CODES[s.rule.weekday]}`).join(',');
  const rrule = `RRULE:FREQ=MONTHLY${until ? `;UNTIL=${icsDateTime(until, true)}` : ''};BYDAY=${byDay}`;
  if (!s.cancelled.length) return rrule;
  // Moved meetings are not excluded: their RECURRENCE-ID override replaces them.
  const excluded = sortedCancelled(s)
    .map((c) => icsDateTime(wallClockStart(s, c.date), utc))
    .join(',');
  return `${rrule}\n${utc ? 'EXDATE:' : `EXDATE;TZID=${s.rule.timeZone}:`}${excluded}`;
}

/** One VEVENT as the feed writes it, before SEQUENCE, LAST-MODIFIED and DTSTAMP, which come from the content's history. */
export interface FeedEvent {
  /** The UID, and for an override `|` and its scheduled date (see `overrideKey`). */
  key: string;
  data: Omit<ICalEventData, 'stamp' | 'sequence' | 'lastModified'>;
}

/**
 * The events of one series: the series itself (a VEVENT with an RRULE, cancelled dates in
 * EXDATE), an override with the same UID and a RECURRENCE-ID for each moved meeting, and
 * a VEVENT of its own for each extra session. Each override and extra session links its
 * meeting's page (`meetingPageRoute`, by scheduled date); the series, whose one URL stands
 * for every occurrence, links the series' page, which lists and links each meeting.
 */
export function seriesEvents(s: MeetingSeries, siteUrl: string): FeedEvent[] {
  const zone = s.rule.timeZone;
  const timezone = zone === 'UTC' ? null : zone;
  const inZone = (d: Date) => DateTime.fromJSDate(d, { zone });
  const common = { summary: s.title, location: s.join.url, timezone };
  const details = joinDetails(s);
  const uid = seriesUid(siteUrl, s.id);
  const seriesPage = absoluteUrl(siteUrl, seriesPageRoute(s.id));
  const first = wallClockStart(s, s.firstOccurrence);
  const until = untilOf(s);
  const events: FeedEvent[] = [
    {
      key: uid,
      data: {
        ...common,
        id: uid,
        url: seriesPage,
        start: first,
        end: first.plus({ minutes: s.rule.durationMinutes }),
        description: `${s.description}\n\n${details}\nEach meeting's page, with its agenda and notes: ${seriesPage}`,
        repeating: s.rule.monthly
          ? monthlyRecurrence(s)
          : {
              freq: ICalEventRepeatingFreq.WEEKLY,
              interval: s.rule.intervalWeeks,
              byDay: [WEEKDAY_CODES[s.rule.weekday]],
              ...(until ? { until } : {}),
              // Moved meetings are not excluded: their RECURRENCE-ID override replaces them.
              ...(s.cancelled.length ? { exclude: sortedCancelled(s).map((c) => wallClockStart(s, c.date)) } : {}),
            },
      },
    },
  ];
  const meetingPage = (date: string) => absoluteUrl(siteUrl, meetingPageRoute(s.id, date));
  // Moved and extra meetings as the pages show them (occurrences.ts is the one definition of when a meeting is).
  const exceptionDates = [...s.moved.map((m) => m.to), ...s.extra.map((e) => e.date)].sort();
  const changed = exceptionDates.length
    ? occurrencesBetween(
        s,
        DateTime.fromISO(exceptionDates[0]!, { zone }).minus({ days: 1 }).toJSDate(),
        DateTime.fromISO(exceptionDates.at(-1)!, { zone }).plus({ days: 2 }).toJSDate(),
      )
    : [];
  for (const o of changed) {
    if (o.status === 'moved') {
      const scheduled = inZone(o.originalStart!).toISODate()!;
      events.push({
        key: overrideKey(uid, scheduled),
        data: {
          ...common,
          id: uid,
          url: meetingPage(scheduled),
          recurrenceId: inZone(o.originalStart!),
          start: inZone(o.start),
          end: inZone(o.end),
          description: `Moved from ${formatStartInZone(o.originalStart!, zone)}: ${o.reason}\n\n${s.description}\n\n${details}\nThis meeting's page, with its agenda and notes: ${meetingPage(scheduled)}`,
        },
      });
    } else if (o.status === 'extra') {
      const date = inZone(o.start).toISODate()!;
      const id = seriesUid(siteUrl, s.id, `extra-${date}`);
      events.push({
        key: id,
        data: {
          ...common,
          id,
          url: meetingPage(date),
          summary: `${s.title} (extra session)`,
          start: inZone(o.start),
          end: inZone(o.end),
          description: `Extra session: ${o.reason}\n\n${s.description}\n\n${details}\nThis meeting's page, with its agenda and notes: ${meetingPage(date)}`,
        },
      });
    }
  }
  return events;
}

/** What a client compares: everything the feed writes for the event (dates as ISO strings). */
const fingerprint = (event: FeedEvent) => JSON.stringify(event.data);

/** One calendar holding `series` (one VEVENT with an RRULE each, plus overrides and extra sessions). */
export function buildFeed(series: readonly MeetingSeries[], context: FeedContext, calendarName: string): string {
  const zoneYears = new Map<string, [number, number]>();
  // Sorted by id, so the bytes do not depend on the order files were read in.
  const sorted = [...series].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const s of sorted) {
    if (s.rule.timeZone === 'UTC') continue;
    const from = Number(s.firstOccurrence.slice(0, 4));
    const to = Math.max(from + TIMEZONE_YEARS, Number((s.until ?? s.firstOccurrence).slice(0, 4)));
    const [f, t] = zoneYears.get(s.rule.timeZone) ?? [from, to];
    zoneYears.set(s.rule.timeZone, [Math.min(f, from), Math.max(t, to)]);
  }
  const description = `Public meetings of ${context.project}, with every change maintainers publish at ${meetingsPageUrl(context.siteUrl)}`;
  // Name and description are written here, escaped: ical-generator writes the calendar's TEXT values as given.
  const calendarProperties = [
    textProperty('NAME', calendarName),
    textProperty('X-WR-CALNAME', calendarName),
    textProperty('DESCRIPTION', description),
    textProperty('X-WR-CALDESC', description),
  ];
  const calendar = ical({
    // ical-generator writes PRODID as given: escaped here, a line break in the name cannot start a property (or a VEVENT) of its own.
    prodId: { company: escapeText(context.project), product: 'Governance site meetings', language: 'EN' },
    ttl: REFRESH_SECONDS,
    // No calendar-wide zone: each series carries its own TZID, with a VTIMEZONE computed from the same data as the pages.
    timezone: { name: null, generator: (zone) => (zoneYears.has(zone) ? vtimezone(zone, ...zoneYears.get(zone)!) : null) },
  });

  for (const s of sorted) {
    const fileStamp = context.stampOf(s);
    const events = seriesEvents(s, context.siteUrl);
    const current = new Map(events.map((e) => [e.key, fingerprint(e)]));
    const history = (context.historyOf?.(s) ?? []).map((v) => ({
      date: v.date,
      events: new Map(seriesEvents(v.series, context.siteUrl).map((e) => [e.key, fingerprint(e)])),
    }));
    // The content being built is the last version; when it is not committed yet it has no date of its own.
    const lastDate = history.at(-1)?.date;
    const revisions = eventRevisions([...history, { date: lastDate && lastDate > fileStamp ? lastDate : fileStamp, events: current }]);
    // DTSTAMP is never before an event's LAST-MODIFIED (a branch's commit is older than the merge that published it).
    const latest = Math.max(fileStamp.getTime(), ...[...revisions.values()].map((r) => r.lastModified.getTime()));
    const stamp = new Date(latest);
    for (const event of events) {
      const revision = revisions.get(event.key)!;
      calendar.createEvent({ ...event.data, stamp, sequence: revision.sequence, lastModified: DateTime.fromJSDate(revision.lastModified, { zone: 'UTC' }) });
    }
  }
  return finishCalendar(calendar.toString(), calendarProperties);
}
