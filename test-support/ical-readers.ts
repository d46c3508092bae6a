import ical, { type VEvent } from 'node-ical';
import { rrulestr } from 'rrule';
import { DateTime } from 'luxon';
import { seriesUid } from '../src/meetings/feed.ts';
import { occurrencesBetween } from '../src/meetings/occurrences.ts';
import type { MeetingSeries } from '../src/schemas/meeting.ts';
import { expandFeed } from './ical-expand.ts';

/**
 * Three independent readers of a feed, none using the site's code, each expanding it
 * to the meetings a subscribed calendar shows (cancelled ones gone, moves applied):
 * - ical.js, Thunderbird's parser, placing times with the feed's own VTIMEZONEs;
 * - node-ical, a parser of its own that places TZID times with the IANA zone of that
 *   name (as Google and Apple do), expanding with rrule-temporal;
 * - rrule with the feed's VTIMEZONE read as Outlook reads it (TZID, each observance's
 *   DTSTART, RRULE and offsets): the recurrence walked on the wall clock by rrule, each
 *   wall time then placed with the offset of the observance in force.
 */
export interface Reading {
  uid: string;
  start: string;
  end: string;
}

export type FeedReader = (text: string, from: Date, to: Date) => Reading[];

const byStart = (a: Reading, b: Reading) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid);
const DAY = 86_400_000;

function nodeIcal(text: string, from: Date, to: Date): Reading[] {
  const result: Reading[] = [];
  for (const component of Object.values(ical.sync.parseICS(text))) {
    if (component?.type !== 'VEVENT') continue;
    const event = component as VEvent;
    // `to` is inclusive in node-ical and overrides may move a meeting later: look a little wider, then cut.
    for (const instance of ical.expandRecurringEvent(event, { from: new Date(from.getTime() - 2 * DAY), to: new Date(to.getTime() + 2 * DAY) })) {
      const start = new Date(instance.start.getTime());
      if (start >= from && start < to) result.push({ uid: event.uid, start: start.toISOString(), end: new Date(instance.end.getTime()).toISOString() });
    }
  }
  return result.sort(byStart);
}

/** A content line: name, parameters, value. */
interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  properties: Property[];
  children: Component[];
}

function parseComponents(text: string): Component {
  const root: Component = { name: 'ROOT', properties: [], children: [] };
  const stack = [root];
  for (const line of text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)) {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const component: Component = { name: value, properties: [], children: [] };
      stack.at(-1)!.children.push(component);
      stack.push(component);
    } else if (name === 'END') stack.pop();
    else stack.at(-1)!.properties.push({ name: name!, params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])), value });
  }
  return root.children[0]!;
}

const prop = (c: Component, name: string) => c.properties.find((p) => p.name === name);

/** 20270105T170000 as a wall-clock time: a Date whose UTC fields are that wall time. */
function wallTime(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z?$/.exec(value)!;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}
const floating = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15);
const offsetMinutes = (value: string) => (value.startsWith('-') ? -1 : 1) * (Number(value.slice(1, 3)) * 60 + Number(value.slice(3, 5)));

/** The zone of a VTIMEZONE: every change (instant, offset after it) up to `untilYear`, from its observances alone. */
function zoneChanges(vtimezone: Component, untilYear: number): { at: number; offset: number }[] {
  const changes: { at: number; offset: number }[] = [];
  for (const observance of vtimezone.children) {
    const from = offsetMinutes(prop(observance, 'TZOFFSETFROM')!.value);
    const to = offsetMinutes(prop(observance, 'TZOFFSETTO')!.value);
    const dtstart = prop(observance, 'DTSTART')!.value;
    const rule = prop(observance, 'RRULE')?.value;
    const onsets = rule
      ? rrulestr(`DTSTART:${dtstart}\nRRULE:${rule}`)
          .between(new Date(0), new Date(Date.UTC(untilYear + 1, 0, 1)), true)
          .map((d) => d.getTime())
      : [wallTime(dtstart)];
    // An onset is a wall time on the clock before the change.
    for (const onset of onsets) changes.push({ at: onset - from * 60_000, offset: to });
  }
  return changes.sort((a, b) => a.at - b.at);
}

function rruleWithVtimezone(text: string, from: Date, to: Date): Reading[] {
  const calendar = parseComponents(text);
  const untilYear = to.getUTCFullYear() + 1;
  const zones = new Map(calendar.children.filter((c) => c.name === 'VTIMEZONE').map((c) => [prop(c, 'TZID')!.value, zoneChanges(c, untilYear)]));
  /** The instant of a DATE-TIME property: UTC, or a wall time in its TZID placed with the offset in force. */
  const instant = (p: Property): number => {
    if (p.value.endsWith('Z')) return wallTime(p.value);
    const changes = zones.get(p.params.TZID!);
    if (!changes) throw new Error(`no VTIMEZONE for TZID=${p.params.TZID} (or a floating time)`);
    const wall = wallTime(p.value);
    let offset: number | undefined;
    for (const change of changes) if (wall - change.offset * 60_000 >= change.at) offset = change.offset;
    if (offset === undefined) throw new Error(`${p.value} is before every observance of ${p.params.TZID}`);
    return wall - offset * 60_000;
  };

  const events = calendar.children.filter((c) => c.name === 'VEVENT');
  const result: Reading[] = [];
  const push = (uid: string, start: number, end: number) => {
    if (start >= from.getTime() && start < to.getTime()) result.push({ uid, start: new Date(start).toISOString(), end: new Date(end).toISOString() });
  };
  for (const event of events) {
    if (prop(event, 'RECURRENCE-ID')) continue;
    const uid = prop(event, 'UID')!.value;
    const dtstart = prop(event, 'DTSTART')!;
    const start = instant(dtstart);
    const length = instant(prop(event, 'DTEND')!) - start;
    const rule = prop(event, 'RRULE')?.value;
    if (!rule) {
      push(uid, start, start + length);
      continue;
    }
    const until = /UNTIL=([0-9TZ]+)/.exec(rule)?.[1];
    const excluded = new Set(event.properties.filter((p) => p.name === 'EXDATE').flatMap((p) => p.value.split(',').map((v) => instant({ ...p, value: v }))));
    const overrides = new Map(
      events.filter((e) => prop(e, 'UID')!.value === uid && prop(e, 'RECURRENCE-ID')).map((e) => [instant(prop(e, 'RECURRENCE-ID')!), e]),
    );
    // The rule walked on the wall clock of DTSTART's zone; UNTIL (UTC) is compared as an instant after placing each one.
    const walls = rrulestr(`DTSTART:${floating(wallTime(dtstart.value))}\nRRULE:${rule.replace(/;?UNTIL=[0-9TZ]+/, '')}`).between(
      new Date(from.getTime() - 40 * DAY),
      new Date(to.getTime() + 2 * DAY),
      true,
    );
    for (const wall of walls) {
      const occurrence = dtstart.value.endsWith('Z') ? wall.getTime() : instant({ ...dtstart, value: floating(wall.getTime()) });
      if (until && occurrence > wallTime(until)) continue;
      if (excluded.has(occurrence)) continue;
      const override = overrides.get(occurrence);
      if (override) push(uid, instant(prop(override, 'DTSTART')!), instant(prop(override, 'DTEND')!));
      else push(uid, occurrence, occurrence + length);
    }
  }
  return result.sort(byStart);
}

export const feedReaders: Record<string, FeedReader> = {
  'ical.js': (text, from, to) => expandFeed(text, from, to).map(({ uid, start, end }) => ({ uid, start, end })),
  'node-ical': nodeIcal,
  "rrule with the feed's VTIMEZONE": rruleWithVtimezone,
};

/** What the pages show (src/meetings/occurrences.ts) as a reader gives it: meetings that take place and start in [from, to). */
export function pagesReading(series: readonly MeetingSeries[], siteUrl: string, from: Date, to: Date): Reading[] {
  return series
    .flatMap((s) =>
      occurrencesBetween(s, from, to)
        .filter((o) => o.status !== 'cancelled' && o.start >= from && o.start < to)
        .map((o) => ({
          uid: seriesUid(siteUrl, s.id, o.status === 'extra' ? `extra-${DateTime.fromJSDate(o.start, { zone: s.rule.timeZone }).toISODate()}` : ''),
          start: o.start.toISOString(),
          end: o.end.toISOString(),
        })),
    )
    .sort(byStart);
}
