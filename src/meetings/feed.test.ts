import { join } from 'node:path';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expandFeed, parseFeed, registerFeedTimezones } from '../../test-support/ical-expand.ts';
import { buildFeed, contentStamp, seriesUid, subscribeLinks, type FeedContext, type SeriesVersion } from './feed.ts';
import { loadMeetingSeries } from '../../test-support/meetings.ts';
import { occurrencesBetween } from './occurrences.ts';
import { vtimezone } from './vtimezone.ts';
import { lexicalProblems } from '../../test-support/ics-lexical.ts';
import { feedReaders, pagesReading } from '../../test-support/ical-readers.ts';
import type { MeetingSeries } from '../schemas/meeting.ts';
import { absoluteUrl } from '../site/config.ts';
import { meetingPageRoute, seriesPageRoute } from './routes.ts';

// The fixture site's office hours (tests/fixtures/site/content), never content/: a pull request changing the passcode breaks no test.
const officeHours = loadMeetingSeries(join(process.cwd(), 'tests/fixtures/site'));
const fixtures = loadMeetingSeries(process.cwd(), 'tests/fixtures/meetings');
const all = [...officeHours, ...fixtures];
const context: FeedContext = { siteUrl: 'https://modelpack.github.io/community/', project: 'ModelSpec', stampOf: (s) => contentStamp(s, undefined) };
const feed = buildFeed(all, context, 'ModelSpec meetings');
const lines = feed.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('the lexical rules of RFC 5545, on the bytes of every feed', () => {
  // A series whose every text has the characters TEXT values must escape, and more than ASCII.
  const awkward: MeetingSeries = {
    ...fixtures.find((s) => s.id === 'community-call')!,
    id: 'awkward',
    title: 'Réunion, Café; Q&A \\ 会議 — ☕😀',
    description: 'Line one, with a comma; a semicolon\\a backslash\nand a second line: ünïcödé '.repeat(3),
  };
  const feeds: [string, string][] = [
    ['every series', feed],
    ...all.map((s): [string, string] => [s.id, buildFeed([s], context, s.title)]),
    ['awkward texts', buildFeed([awkward, ...all], context, 'Calls, syncs; and \\ the rest\nof them ☕')],
  ];

  it.each(feeds)('%s: CRLF after every line, lines of at most 75 octets folded between characters, calendar properties first, TEXT escaped', (_name, text) => {
    expect(lexicalProblems(new TextEncoder().encode(text))).toEqual([]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('escapes the calendar name and description like event texts, and gives both the RFC 7986 and the X-WR names', () => {
    const [, text] = feeds.at(-1)!;
    const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(unfolded).toContain('NAME:Calls\\, syncs\\; and \\\\ the rest\\nof them ☕');
    expect(unfolded).toContain('X-WR-CALNAME:Calls\\, syncs\\; and \\\\ the rest\\nof them ☕');
    expect(lines).toContain(
      'DESCRIPTION:Public meetings of ModelSpec\\, with every change maintainers publish at https://modelpack.github.io/community/meetings/',
    );
    expect(lines).toContain(
      'X-WR-CALDESC:Public meetings of ModelSpec\\, with every change maintainers publish at https://modelpack.github.io/community/meetings/',
    );
    const calendar = parseFeed(text);
    // ical.js unescapes the TEXT properties it knows (NAME and X-WR-CALNAME it keeps as written).
    expect(calendar.getFirstPropertyValue('description')).toBe(
      'Public meetings of ModelSpec, with every change maintainers publish at https://modelpack.github.io/community/meetings/',
    );
    expect(
      calendar
        .getAllSubcomponents('vevent')
        .find((v) => String(v.getFirstPropertyValue('uid')).startsWith('awkward'))!
        .getFirstPropertyValue('summary'),
    ).toBe(awkward.title);
  });

  it('puts VTIMEZONE after REFRESH-INTERVAL and X-PUBLISHED-TTL', () => {
    expect(lines.indexOf('X-PUBLISHED-TTL:PT12H')).toBeLessThan(lines.indexOf('BEGIN:VTIMEZONE'));
    expect(lines.indexOf('REFRESH-INTERVAL;VALUE=DURATION:PT12H')).toBeLessThan(lines.indexOf('BEGIN:VTIMEZONE'));
  });
});

describe('the feed, read back by ical.js', () => {
  // From the first DST edge the issue names to two years from today.
  const from = new Date('2026-01-01T00:00:00Z');
  const to = DateTime.now().plus({ years: 2 }).toJSDate();

  it('expands to exactly the meetings the pages list (cancelled ones left out), for every series, over the next two years', () => {
    expect(ICAL.TimezoneService.has('America/New_York')).toBe(false); // only the feed's own VTIMEZONE can place it
    const expected = all
      .flatMap((s) =>
        occurrencesBetween(s, from, to)
          .filter((o) => o.status !== 'cancelled' && o.start >= from && o.start < to)
          .map((o) => ({ s, o })),
      )
      .map(({ s, o }) => ({
        uid: seriesUid(context.siteUrl, s.id, o.status === 'extra' ? `extra-${o.start.toISOString().slice(0, 10)}` : ''),
        start: o.start.toISOString(),
        end: o.end.toISOString(),
      }))
      .sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
    const expanded = expandFeed(feed, from, to).map(({ uid, start, end }) => ({ uid, start, end }));
    expect(expanded.length).toBeGreaterThan(52 + 52 + 10);
    expect(expanded).toEqual(expected);
  });

  it('keeps the New York series at 10:00 New York time on both sides of the DST change', () => {
    const specSync = expandFeed(feed, new Date('2026-03-01T00:00:00Z'), new Date('2026-03-25T00:00:00Z')).filter((o) => o.uid.startsWith('spec-sync'));
    expect(specSync.map((o) => o.start)).toEqual(['2026-03-05T15:00:00.000Z', '2026-03-19T14:00:00.000Z']);
  });

  it('drops the cancelled meeting, moves the moved one and adds the extra one', () => {
    const january = expandFeed(feed, new Date('2027-01-15T00:00:00Z'), new Date('2027-02-05T00:00:00Z')).filter((o) => o.uid.startsWith('community-call'));
    expect(january.map((o) => [o.start, o.summary])).toEqual([
      ['2027-01-28T15:00:00.000Z', 'Community Call (fixture)'],
      ['2027-02-02T16:00:00.000Z', 'Community Call (fixture)'],
      ['2027-02-04T08:30:00.000Z', 'Community Call (fixture) (extra session)'],
    ]);
    expect(lines).toContain('EXDATE;TZID=Europe/Berlin:20270119T170000');
    expect(lines).toContain('RECURRENCE-ID;TZID=Europe/Berlin:20270126T170000');
  });
});

describe('the office hours in the feed', () => {
  const calendar = parseFeed(feed);
  const vevent = calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === 'office-hours.community@modelpack.github.io')!;

  it('is one VEVENT repeating every other Thursday at 14:00 UTC from 2025-06-26', () => {
    expect(lines).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH');
    expect(lines).toContain('DTSTART:20250626T140000Z');
    expect(vevent.getFirstPropertyValue('summary')).toBe('Example Office Hours');
    expect(vevent.hasProperty('exdate')).toBe(false); // the fixture carries no exception
  });

  it('carries the join URL, meeting ID and passcode, a URL and a LOCATION', () => {
    const description = String(vevent.getFirstPropertyValue('description'));
    expect(description).toContain('Join (Zoom): https://zoom.example.org/j/1234567890?pwd=fixture');
    expect(description).toContain('Meeting ID: 123 456 7890');
    expect(description).toContain('Passcode: 000111');
    expect(vevent.getFirstPropertyValue('location')).toBe('https://zoom.example.org/j/1234567890?pwd=fixture');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://modelpack.github.io/community/meetings/office-hours/');
    expect(description).toContain("Each meeting's page, with its agenda and notes: https://modelpack.github.io/community/meetings/office-hours/");
  });

  it('names the calendar, asks subscribers to refresh, and is no invitation (no METHOD)', () => {
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('ModelSpec meetings');
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
    expect(lines).toContain('X-PUBLISHED-TTL:PT12H');
    expect(calendar.hasProperty('method')).toBe(false);
  });
});

describe('a feed that two builds write identically', () => {
  it('takes DTSTAMP from the last commit of the series, or its first date, never the clock', () => {
    expect(contentStamp({ firstOccurrence: '2025-06-26' }, '2026-11-20T10:11:12+01:00').toISOString()).toBe('2026-11-20T09:11:12.000Z');
    expect(contentStamp({ firstOccurrence: '2025-06-26' }, undefined).toISOString()).toBe('2025-06-26T00:00:00.000Z');
    const stamped = buildFeed(officeHours, { ...context, stampOf: () => new Date('2026-11-20T09:11:12Z') }, 'x');
    expect(stamped).toContain('DTSTAMP:20261120T091112Z');
  });

  it('gives the same bytes whatever the time zone of the machine that builds it', () => {
    const before = process.env.TZ;
    try {
      for (const zone of ['Asia/Tokyo', 'America/Los_Angeles', 'Europe/Berlin']) {
        process.env.TZ = zone; // Node applies a new TZ at once
        expect(new Date('2027-01-01T00:00:00Z').getTimezoneOffset(), zone).not.toBe(0);
        expect(buildFeed(all, context, 'ModelSpec meetings'), zone).toBe(feed);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('gives the same bytes for the same content, whatever the order the series come in', () => {
    expect(buildFeed([...all].reverse(), context, 'ModelSpec meetings')).toBe(feed);
  });

  it('has UIDs made of the series id and the site domain', () => {
    expect(seriesUid('https://modelpack.github.io/community/', 'office-hours')).toBe('office-hours.community@modelpack.github.io');
    expect(seriesUid('https://example.org/', 'sync', 'extra-2027-02-04')).toBe('sync-extra-2027-02-04@example.org');
  });
});

describe("each event links its meeting's page", () => {
  // Expanded in each test, not here: the ical.js test above checks that no zone is registered before it runs.
  const expandCall = () =>
    expandFeed(feed, new Date('2027-01-01T00:00:00Z'), new Date('2027-04-01T00:00:00Z')).filter((o) => o.uid.startsWith('community-call'));
  const page = (date: string) => absoluteUrl(context.siteUrl, meetingPageRoute('community-call', date));

  it('gives a moved meeting and an extra session the page of their scheduled date, in URL and description', () => {
    const call = expandCall();
    const moved = call.find((o) => o.start === '2027-01-28T15:00:00.000Z')!;
    expect(moved.url).toBe('https://modelpack.github.io/community/meetings/community-call/2027-01-26/');
    expect(moved.url).toBe(page('2027-01-26'));
    const extra = call.find((o) => o.summary.endsWith('(extra session)'))!;
    expect(extra.url).toBe(page('2027-02-04'));
    const components = parseFeed(feed).getAllSubcomponents('vevent');
    const descriptionOf = (url: string) => String(components.find((v) => v.getFirstPropertyValue('url') === url)!.getFirstPropertyValue('description'));
    expect(descriptionOf(page('2027-01-26'))).toContain(`This meeting's page, with its agenda and notes: ${page('2027-01-26')}`);
    expect(descriptionOf(page('2027-02-04'))).toContain(`This meeting's page, with its agenda and notes: ${page('2027-02-04')}`);
  });

  it('gives every other meeting the series page, which lists and links each meeting', () => {
    const series = absoluteUrl(context.siteUrl, seriesPageRoute('community-call'));
    // 13 Tuesdays from 5 January to 30 March, less the cancelled and the moved one.
    expect(
      expandCall()
        .filter((o) => o.url !== page('2027-01-26') && o.url !== page('2027-02-04'))
        .map((o) => o.url),
    ).toEqual(Array(11).fill(series));
  });
});

describe('changes reach a calendar that already holds the meeting', () => {
  // The history of one series as its file was committed: each version a commit.
  const base = fixtures.find((s) => s.id === 'community-call')!;
  const plain: MeetingSeries = { ...base, until: undefined, cancelled: [], moved: [], extra: [] };
  const history: SeriesVersion[] = [
    { date: new Date('2026-11-01T09:00:00Z'), series: plain },
    { date: new Date('2026-11-10T09:00:00Z'), series: { ...plain, cancelled: base.cancelled } },
    { date: new Date('2026-11-12T09:00:00Z'), series: { ...plain, cancelled: base.cancelled, description: plain.description } }, // a comment edited: nothing the feed writes
    { date: new Date('2026-11-20T09:00:00Z'), series: { ...plain, cancelled: base.cancelled, moved: base.moved } },
    {
      date: new Date('2026-11-25T09:00:00Z'),
      series: { ...plain, cancelled: base.cancelled, moved: [{ ...base.moved[0]!, start: '18:00' }], extra: base.extra },
    },
    {
      date: new Date('2026-12-01T09:00:00Z'),
      series: { ...plain, cancelled: base.cancelled, moved: [{ ...base.moved[0]!, start: '18:00' }], extra: base.extra, until: base.until },
    },
    // Last, the move undone: the meeting is back on its Tuesday.
    { date: new Date('2026-12-05T09:00:00Z'), series: { ...plain, cancelled: base.cancelled, extra: base.extra, until: base.until } },
  ];
  const feedAt = (index: number) =>
    buildFeed([history[index]!.series], { ...context, stampOf: () => history[index]!.date, historyOf: () => history.slice(0, index + 1) }, 'x');
  const feeds = history.map((_, i) => feedAt(i));
  const window = [new Date('2027-01-01T00:00:00Z'), new Date('2027-12-31T00:00:00Z')] as const;
  const uid = 'community-call.community@modelpack.github.io';
  const eventLines = (text: string, match: string) => {
    const events = text
      .replace(/\r\n[ \t]/g, '')
      .split('BEGIN:VEVENT')
      .slice(1);
    return events.find((e) => e.includes(match))!.split('\r\n');
  };

  it('raises SEQUENCE and sets LAST-MODIFIED to the commit of each change: cancel, move, new time, end', () => {
    const last = feeds.at(-2)!;
    const series = eventLines(last, 'RRULE:');
    expect(series).toContain('SEQUENCE:2'); // the cancellation, then the end date
    expect(series).toContain('LAST-MODIFIED:20261201T090000Z');
    const moved = eventLines(last, 'RECURRENCE-ID');
    expect(moved).toContain('SEQUENCE:3'); // above the series (1) when it was moved, then a new time
    expect(moved).toContain('LAST-MODIFIED:20261125T090000Z');
    expect(moved).toContain('DTSTART;TZID=Europe/Berlin:20270128T180000');
    const extra = eventLines(last, 'extra session');
    expect(extra).toContain('SEQUENCE:0');
    expect(extra).toContain('LAST-MODIFIED:20261125T090000Z');
    expect(eventLines(feeds[2]!, 'RRULE:')).toContain('LAST-MODIFIED:20261110T090000Z'); // an edit the feed does not show changes nothing
    // DTSTAMP is never before LAST-MODIFIED, even when the file's last commit is older than the version that published it.
    const early = buildFeed([history[5]!.series], { ...context, stampOf: () => new Date('2026-11-30T00:00:00Z'), historyOf: () => history.slice(0, 6) }, 'x');
    expect(eventLines(early, 'RRULE:')).toEqual(expect.arrayContaining(['DTSTAMP:20261201T090000Z', 'LAST-MODIFIED:20261201T090000Z']));
  });

  it('gives every occurrence that changed or went a higher SEQUENCE than the calendar holds, read back by ical.js', () => {
    let checked = 0;
    for (let i = 1; i < feeds.length; i++) {
      const before = new Map(expandFeed(feeds[i - 1]!, ...window).map((o) => [`${o.uid} ${o.recurrenceId}`, o]));
      const after = new Map(expandFeed(feeds[i]!, ...window).map((o) => [`${o.uid} ${o.recurrenceId}`, o]));
      const series = (text: string) => Number(/SEQUENCE:(\d+)/.exec(eventLines(text, 'RRULE:').join('\n'))![1]);
      for (const [key, held] of before) {
        const now = after.get(key);
        if (now && now.start === held.start && now.end === held.end) continue;
        checked++;
        // Gone (cancelled, or after the end date): the series that dropped it must have a higher SEQUENCE.
        expect(now ? now.sequence : series(feeds[i]!), `${key} in version ${i}`).toBeGreaterThan(held.sequence);
      }
    }
    expect(checked).toBe(1 + 1 + 1 + 39 + 1); // cancelled, moved, moved again (the extra session is new), the 39 Tuesdays of 2027 after the end date, moved back
  });

  it('raises the series above the override a calendar held when a move is undone', () => {
    expect(eventLines(feeds.at(-1)!, 'RRULE:')).toEqual(expect.arrayContaining(['SEQUENCE:4', 'LAST-MODIFIED:20261205T090000Z']));
    expect(feeds.at(-1)).not.toContain('RECURRENCE-ID');
  });

  it('keeps every UID through every change, and the ended series in the feed with its end date', () => {
    const uids = feeds.map((text) => new Set(text.replace(/\r\n[ \t]/g, '').match(/^UID:.*$/gm)));
    for (let i = 1; i < uids.length; i++) for (const u of uids[i - 1]!) expect(uids[i]!.has(u), `${u} in version ${i}`).toBe(true);
    expect([...uids.at(-1)!].sort()).toEqual(['UID:community-call-extra-2027-02-04.community@modelpack.github.io', `UID:${uid}`]);
    expect(feeds.at(-1)).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20270330T215959Z;BYDAY=TU');
    expect(
      expandFeed(feeds.at(-1)!, ...window)
        .filter((o) => o.uid === uid)
        .at(-1)!.start,
    ).toBe('2027-03-30T15:00:00.000Z');
  });

  it('without history (no git), takes the content being built as the only version: stamped, never the clock', () => {
    const alone = buildFeed([history.at(-2)!.series], { ...context, stampOf: () => new Date('2027-01-05T00:00:00Z') }, 'x');
    expect(eventLines(alone, 'RRULE:')).toEqual(expect.arrayContaining(['SEQUENCE:0', 'LAST-MODIFIED:20270105T000000Z', 'DTSTAMP:20270105T000000Z']));
    expect(eventLines(alone, 'RECURRENCE-ID')).toContain('SEQUENCE:1');
  });
});

describe('subscribe links', () => {
  it('point webcal, Google Calendar and Outlook.com at the feed', () => {
    expect(subscribeLinks('https://modelpack.github.io/community/meetings.ics', 'ModelSpec meetings')).toEqual({
      webcal: 'webcal://modelpack.github.io/community/meetings.ics',
      google: 'https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fmodelpack.github.io%2Fcommunity%2Fmeetings.ics',
      outlook: 'https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fmodelpack.github.io%2Fcommunity%2Fmeetings.ics&name=ModelSpec%20meetings',
    });
  });
});

describe('VTIMEZONE computed from the time zone data', () => {
  /** The zone as ical.js reads it from our VTIMEZONE alone. */
  function icalZone(component: string, zone: string): ICAL.Timezone {
    registerFeedTimezones(parseFeed(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n${component}END:VCALENDAR\r\n`));
    return ICAL.TimezoneService.get(zone);
  }

  it.each([
    ['America/New_York', 2025, 2035],
    ['Europe/Berlin', 2025, 2035],
    ['Europe/London', 2025, 2035],
    ['Australia/Sydney', 2025, 2035],
    ['Asia/Kolkata', 2025, 2035],
    // Brazil stopped daylight saving time in 2019: the old rule must end there.
    ['America/Sao_Paulo', 2016, 2022],
  ])('places every wall-clock time in %s at the instant luxon does, hour by hour around each change, %i-%i', (zone, fromYear, toYear) => {
    // Local time to instant is what a client does with DTSTART;TZID=... (ical.js's own UTC-to-local
    // conversion is approximate for the few hours before a change, so that direction is not used).
    const tz = icalZone(vtimezone(zone, fromYear, toYear), zone);
    const locals: DateTime[] = [];
    for (let d = DateTime.utc(fromYear, 1, 1, 10); d.year <= toYear; d = d.plus({ days: 5 })) locals.push(d);
    // Hour by hour through the months with changes, for the first four years (later years repeat the rule).
    for (let year = fromYear; year < fromYear + 4; year++) {
      for (const month of [2, 3, 4, 9, 10, 11]) for (let h = 0; h < 31 * 24; h++) locals.push(DateTime.utc(year, month, 1).plus({ hours: h }));
    }
    const wrong = locals
      .map((wall) => {
        const inZone = DateTime.fromObject(wall.toObject(), { zone });
        // Skip wall times that do not exist (spring gap) or exist twice (autumn): conventions for them differ.
        const exists = inZone.toFormat('yyyyLLddHH') === wall.toFormat('yyyyLLddHH');
        const twice =
          DateTime.fromMillis(inZone.toMillis() + 3600_000, { zone }).toFormat('yyyyLLddHH') === wall.toFormat('yyyyLLddHH') ||
          DateTime.fromMillis(inZone.toMillis() - 3600_000, { zone }).toFormat('yyyyLLddHH') === wall.toFormat('yyyyLLddHH');
        if (!exists || twice) return undefined;
        const ical = ICAL.Time.fromData({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: 0, second: 0, isDate: false }, tz)
          .toJSDate()
          .toISOString();
        return ical === inZone.toJSDate().toISOString() ? undefined : [wall.toFormat("yyyy-LL-dd'T'HH:mm"), ical, inZone.toJSDate().toISOString()];
      })
      .filter(Boolean);
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(locals.length).toBeGreaterThan(1000);
  });

  it('writes one yearly rule for each change in zones with daylight saving time, and one fixed offset elsewhere', () => {
    const newYork = vtimezone('America/New_York', 2025, 2035);
    expect(newYork.match(/RRULE:[^\r]+/g)).toEqual(['RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU']);
    expect(vtimezone('Europe/Berlin', 2025, 2035).match(/RRULE:[^\r]+/g)).toEqual([
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    ]);
    expect(vtimezone('Asia/Tokyo', 2025, 2035)).toContain('TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900');
    expect(vtimezone('America/Sao_Paulo', 2015, 2022)).toMatch(/RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=3SU;UNTIL=2019\d{4}T\d{6}Z/);
  });
});

describe('three independent readers expand every feed to what the pages show, instant by instant', () => {
  // Fixture series in zones with daylight saving time and in UTC, with a cancellation, a move and an extra session on or
  // next to each clock change (Berlin 29 March / 25 October 2026, New York 8 March / 1 November 2026).
  const base = fixtures.find((s) => s.id === 'community-call')!;
  const berlin: MeetingSeries = {
    ...base,
    id: 'berlin-dst',
    title: 'Berlin DST',
    rule: { ...base.rule, weekday: 'tuesday', start: '17:00', durationMinutes: 60, intervalWeeks: 1, timeZone: 'Europe/Berlin' },
    firstOccurrence: '2026-01-06',
    until: undefined,
    cancelled: [
      { date: '2026-03-31', reason: 'Right after the change' },
      { date: '2026-10-27', reason: 'Right after the change' },
    ],
    moved: [
      { date: '2026-03-24', to: '2026-03-30', start: '09:00', reason: 'Across the spring change' },
      { date: '2026-10-20', to: '2026-10-26', reason: 'Across the autumn change' },
    ],
    extra: [
      { date: '2026-03-29', start: '10:00', reason: 'On the day clocks go forward' },
      { date: '2026-10-25', start: '10:00', durationMinutes: 120, reason: 'On the day clocks go back' },
    ],
  };
  const newYork: MeetingSeries = {
    ...berlin,
    id: 'new-york-dst',
    title: 'New York DST',
    rule: { ...berlin.rule, weekday: 'thursday', start: '10:00', durationMinutes: 45, intervalWeeks: 2, timeZone: 'America/New_York' },
    firstOccurrence: '2026-01-08',
    until: '2027-11-25',
    cancelled: [{ date: '2026-03-19', reason: 'After the change' }],
    moved: [
      { date: '2026-03-05', to: '2026-03-09', start: '08:00', reason: 'Across the spring change' },
      { date: '2026-10-29', to: '2026-11-02', reason: 'Across the autumn change' },
    ],
    extra: [{ date: '2026-11-01', start: '12:00', reason: 'On the day clocks go back' }],
  };
  const utc: MeetingSeries = {
    ...berlin,
    id: 'utc-late',
    title: 'UTC late',
    rule: { ...berlin.rule, weekday: 'monday', start: '23:30', durationMinutes: 60, intervalWeeks: 1, timeZone: 'UTC' },
    firstOccurrence: '2026-01-05',
    cancelled: [{ date: '2026-03-30', reason: 'Europe changed its clocks' }],
    moved: [{ date: '2026-10-26', to: '2026-10-27', start: '08:00', reason: 'Europe changed its clocks' }],
    extra: [{ date: '2026-03-29', start: '01:30', reason: 'The night Europe changes its clocks' }],
  };
  const everySeries = [...all, berlin, newYork, utc];
  const from = new Date('2026-01-01T00:00:00Z');
  const to = new Date('2028-01-01T00:00:00Z');
  const expectedOf = (series: readonly MeetingSeries[]) => pagesReading(series, context.siteUrl, from, to);
  const feedsToRead: [string, readonly MeetingSeries[]][] = [
    ['every series', everySeries],
    ...everySeries.map((s): [string, readonly MeetingSeries[]] => [s.id, [s]]),
  ];
  const cases = Object.keys(feedReaders).flatMap((reader) => feedsToRead.map(([name, series]) => [reader, name, series] as const));

  it.each(cases)('%s reads the %s feed as the pages list it, 2026-2027', (reader, _name, series) => {
    const expected = expectedOf(series);
    expect(feedReaders[reader]!(buildFeed(series, context, 'x'), from, to)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('covers each clock change with a moved, a cancelled and an extra meeting in the fixtures', () => {
    const expected = expectedOf([berlin, newYork, utc]);
    const at = (uid: string, start: string) => expected.find((o) => o.uid.startsWith(uid) && o.start === start);
    expect(at('berlin-dst.', '2026-03-30T07:00:00.000Z')).toBeDefined(); // moved from 17:00 CET to 09:00 CEST
    expect(at('berlin-dst-extra-2026-10-25', '2026-10-25T09:00:00.000Z')!.end).toBe('2026-10-25T11:00:00.000Z');
    expect(at('berlin-dst.', '2026-03-31T15:00:00.000Z')).toBeUndefined(); // cancelled
    expect(at('new-york-dst.', '2026-03-09T12:00:00.000Z')).toBeDefined(); // 08:00 EDT
    expect(at('new-york-dst-extra-2026-11-01', '2026-11-01T17:00:00.000Z')).toBeDefined(); // 12:00 EST
    expect(at('utc-late.', '2026-10-27T08:00:00.000Z')).toBeDefined();
  });

  it('disagree among themselves on a meeting in an hour a clock change skips or repeats, which is why the meeting rules refuse one', () => {
    const gap: MeetingSeries = {
      ...newYork,
      id: 'gap',
      rule: { ...newYork.rule, weekday: 'sunday', start: '02:30', intervalWeeks: 1 },
      firstOccurrence: '2026-03-08',
      until: '2026-04-12',
      cancelled: [],
      moved: [],
      extra: [],
    };
    const gapLater: MeetingSeries = { ...gap, id: 'gap-later', firstOccurrence: '2026-03-01', until: '2026-03-22' };
    const repeated: MeetingSeries = { ...gap, id: 'repeated', rule: { ...gap.rule, start: '01:30' }, firstOccurrence: '2026-10-18', until: '2026-11-22' };
    for (const series of [gap, gapLater, repeated]) {
      const readings = Object.values(feedReaders).map((read) => read(buildFeed([series], context, 'x'), from, to));
      expect(readings.some((r) => JSON.stringify(r) !== JSON.stringify(expectedOf([series])))).toBe(true);
    }
    // The pages place them as RFC 5545 3.3.5 says: 02:30 on the night of the gap at 03:30 EDT, 01:30 on the night of the repeat at its first (EDT).
    expect(expectedOf([gap])[0]!.start).toBe('2026-03-08T07:30:00.000Z');
    expect(expectedOf([gap])[1]!.start).toBe('2026-03-15T06:30:00.000Z');
    expect(expectedOf([repeated]).find((r) => r.start.startsWith('2026-11-01'))!.start).toBe('2026-11-01T05:30:00.000Z');
  });

  it('would notice a feed that disagrees: a reader given a wrong VTIMEZONE or a dropped EXDATE differs', () => {
    const text = buildFeed([berlin], context, 'x');
    const expected = expectedOf([berlin]);
    for (const read of Object.values(feedReaders)) expect(read(text.replace(/EXDATE[^\r]*\r\n/, ''), from, to)).not.toEqual(expected);
    // ical.js and the rrule reader place times with the feed's VTIMEZONE: a wrong offset shows.
    const wrongZone = text.replaceAll('TZOFFSETTO:+0200', 'TZOFFSETTO:+0300');
    expect(feedReaders['ical.js']!(wrongZone, from, to)).not.toEqual(expected);
    expect(feedReaders["rrule with the feed's VTIMEZONE"]!(wrongZone, from, to)).not.toEqual(expected);
  });
});

describe('text from content cannot add to the feed', () => {
  it('keeps a project name that holds CR LF and a VEVENT inside PRODID: every reader finds the events of the series, and no other', () => {
    // content/site.yaml refuses such a name (src/schemas/text.ts); the feed does not rely on it.
    const forged = 'ModelSpec\r\nBEGIN:VEVENT\r\nUID:forged@example.org\r\nDTSTART:20260312T150000Z\r\nSUMMARY:Forged\r\nEND:VEVENT\r\nX-A:';
    const text = buildFeed(all, { ...context, project: forged }, 'ModelSpec meetings');
    const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(unfolded.filter((line) => line.startsWith('PRODID:'))).toEqual([
      `PRODID:-//${forged.replaceAll('\r\n', '\\n').replaceAll(';', '\\;')}//Governance site meetings//EN`,
    ]);
    expect(lexicalProblems(new TextEncoder().encode(text))).toEqual([]);
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2028-01-01T00:00:00Z');
    for (const read of Object.values(feedReaders)) expect(read(text, from, to)).toEqual(pagesReading(all, context.siteUrl, from, to));
  });
});
