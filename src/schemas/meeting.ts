import { z } from 'zod';
import { calendarDateProblem } from './calendar-date.ts';
import { strictObject } from './strict.ts';
import { oneLine, severalLines } from './text.ts';
import { normalUrl } from './url.ts';
import { timeZoneSchema } from './time-zone.ts';
import { WEEKDAYS, weekdayName } from './weekdays.ts';

/**
 * A meeting series in `content/meetings/<id>.yaml`; the file name is its id.
 * Every date and time on the site, in the charter and in the calendar feeds is
 * computed from these fields (src/meetings/occurrences.ts); src/collections/registry.ts
 * adds the checks across them.
 */
// js-yaml (Astro's YAML reader) turns 2025-06-26 into a Date; the `yaml` package keeps it a string.
const isoDateSchema = (example: string) =>
  z
    .preprocess(
      (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
      z
        .string({ error: `write a date as YYYY-MM-DD, e.g. ${example}` })
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (issue) => `"${String(issue.input)}" is not a date; write it as YYYY-MM-DD, e.g. ${example}` })
        .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) /* reported above */ || calendarDateProblem(s) === undefined, {
          error: (issue) => `${String(issue.input)} is not a day of the calendar; write a real date as YYYY-MM-DD, e.g. ${example}`,
        }),
    )
    .meta({ title: 'date, YYYY-MM-DD' });

const timeOfDaySchema = z
  .custom<string>((value) => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value), {
    error: (issue) =>
      `${typeof issue.input === 'string' ? `"${issue.input}"` : String(issue.input)} is not a time of day; write the start as "HH:MM" on a 24-hour clock, from "00:00" to "23:59", e.g. start: "14:00"`,
  })
  .meta({ title: 'time of day, "HH:MM" in quotes' });

const durationSchema = z
  .number({ error: 'write the length of the meeting in minutes, e.g. durationMinutes: 60' })
  .int({ error: 'write the length of the meeting in whole minutes, e.g. durationMinutes: 60' })
  .positive({ error: (issue) => `a meeting cannot last ${String(issue.input)} minutes; write a length of more than 0 minutes, e.g. durationMinutes: 60` })
  .max(24 * 60, { error: 'a meeting of more than a day is not a meeting; write the length in minutes, e.g. durationMinutes: 60' });

const httpsUrlSchema = (example: string) =>
  normalUrl(
    z.url({
      protocol: /^https$/,
      error: (issue) =>
        typeof issue.input === 'string' && /^http:/i.test(issue.input)
          ? `write the https:// address (an http:// link sends the passcode unencrypted and browsers warn about it), e.g. ${example}`
          : `write a full https:// address, e.g. ${example}`,
    }),
  );

const reasonSchema = oneLine(
  z
    .string({ error: 'write a short reason that readers will see, e.g. reason: KubeCon week' })
    .min(1, { error: 'write a short reason that readers will see, e.g. reason: KubeCon week' }),
).meta({ description: 'A short reason that readers see next to the date, on the pages and in the calendar feeds.', example: 'KubeCon week' });

const JOIN_INSTRUCTIONS_EXAMPLE_TEXT = 'Join the mailing list for the invite.';
const JOIN_INSTRUCTIONS_EXAMPLE = `write one sentence on how to get the link, e.g. instructions: ${JOIN_INSTRUCTIONS_EXAMPLE_TEXT}`;

/** The positions a monthly rule may name: the weekday's 1st to 4th in its month, or its last (the 4th or the 5th). */
export const MONTH_POSITIONS = ['1st', '2nd', '3rd', '4th', 'last'] as const;
export type MonthPosition = (typeof MONTH_POSITIONS)[number];

const MONTHLY_LIST_ERROR = `write the positions in the month as a list of ${MONTH_POSITIONS.join(', ')}, e.g. monthly: [1st, 3rd]`;

// A 5th is refused, not skipped in the months without one: a series that meets in some months only reads as a mistake.
const monthPositionSchema = z
  .custom<MonthPosition>((value) => typeof value === 'string' && (MONTH_POSITIONS as readonly string[]).includes(value), {
    error: (issue) => {
      const written = typeof issue.input === 'string' ? `"${issue.input}"` : String(issue.input);
      return /^5(th)?$/i.test(String(issue.input))
        ? `${written}: not every month has a 5th; write last for the last one of each month (the 5th when there is one), e.g. monthly: [last]`
        : `${written} is not a position in the month; write 1st, 2nd, 3rd, 4th or last, e.g. monthly: [1st, 3rd]`;
    },
  })
  .meta({ title: 'position in the month: 1st, 2nd, 3rd, 4th or last' });

/**
 * The most entries a series lists under each of cancelled, moved and extra: ten years of a
 * weekly series is 520 meetings, so no real series comes near it, while a list of thousands
 * (a pasted or generated file) would make every build of the pull request slow for nothing.
 * docs/HOW-IT-WORKS.md ("Limits on content") lists this with the other limits.
 */
export const MAX_EXCEPTIONS = 500;

const atMost = (what: string) =>
  ({
    error: (issue: { input?: unknown }) =>
      `a series lists at most ${MAX_EXCEPTIONS} ${what} (this one lists ${Array.isArray(issue.input) ? issue.input.length : 'more'}); if the meetings changed for good, end this series with until and start a new one (a new file with its own firstOccurrence)`,
  }) as const;

/** The fields of a series; the checks across them (first date on the rule's weekday, exceptions on real occurrences) are in src/rules/meeting-rules.ts. */
export const meetingSchema = strictObject({
  title: oneLine(z.string({ error: 'write the name of the meeting, e.g. title: Public Office Hours' }).min(1)).meta({
    description: 'The name of the meeting, on the pages and in the calendar feeds.',
    example: 'Public Office Hours',
  }),
  description: severalLines(z.string({ error: 'write one or two sentences on what the meeting is for and who may join' }).min(1)).meta({
    description: 'One or two sentences on what the meeting is for and who may join.',
    example: 'Open to anyone with a question about the specification.',
  }),
  rule: strictObject({
    weekday: z
      .preprocess(
        (v) => (typeof v === 'string' ? v.toLowerCase() : v),
        z.enum(WEEKDAYS, { error: `write the day of the week in English, one of ${WEEKDAYS.join(', ')}` }),
      )
      .meta({ description: 'The day of the week the series meets on, in English, on the clock of timeZone.', example: 'thursday' }),
    start: timeOfDaySchema.meta({ description: 'The start, on a 24-hour clock in timeZone.', example: '"14:00"' }),
    durationMinutes: durationSchema.meta({ description: 'The length of a meeting in minutes.', example: '60' }),
    intervalWeeks: z
      .number({ error: 'write how many weeks lie between meetings, e.g. intervalWeeks: 2 for every other week' })
      .int({ error: 'write a whole number of weeks, e.g. intervalWeeks: 2' })
      .min(1, { error: 'write how many weeks lie between meetings, 1 or more, e.g. intervalWeeks: 2' })
      .optional()
      .meta({
        description: 'How many weeks lie between meetings: 1 for every week, 2 for every other week. Give this or monthly, not both.',
        example: '2',
      }),
    monthly: z
      // One position may be written without the brackets (monthly: last).
      .preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(monthPositionSchema, { error: MONTHLY_LIST_ERROR }).min(1, { error: MONTHLY_LIST_ERROR }))
      .optional()
      .meta({
        title: 'list of 1st, 2nd, 3rd, 4th or last, or one of them alone',
        description: `Which of the month's days of the weekday the series meets on, in every month: ${MONTH_POSITIONS.join(', ')} (the last of the month, the 5th when it has one). [1st, 3rd] with weekday: wednesday is the 1st and 3rd Wednesday of each month. Give this or intervalWeeks, not both.`,
        example: '[1st, 3rd]',
      }),
    timeZone: timeZoneSchema.meta({
      description:
        'The clock the rule is set on. In UTC the meeting keeps its UTC time and moves on local clocks when they change; in America/New_York it keeps its New York time all year.',
      example: 'UTC',
    }),
  })
    .superRefine((rule, ctx) => {
      if (rule.intervalWeeks === undefined && rule.monthly === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['intervalWeeks'],
          message: `missing; write how often the series meets: intervalWeeks: 2 for every other week, or monthly: [1st, 3rd] for the 1st and 3rd ${weekdayName(rule.weekday)} of each month`,
        });
      if (rule.intervalWeeks !== undefined && rule.monthly !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['monthly'],
          message: 'write either intervalWeeks (every N weeks) or monthly (days of the month by position), not both; remove one of them',
        });
      const seen = new Set<string>();
      for (const [i, position] of (rule.monthly ?? []).entries()) {
        if (seen.has(position)) ctx.addIssue({ code: 'custom', path: ['monthly', i], message: `${position} is listed twice; list each position once` });
        seen.add(position);
      }
      // RFC 5545 readers differ on whether a day both give is one meeting or two; the pages would show one.
      if (seen.has('4th') && seen.has('last'))
        ctx.addIssue({
          code: 'custom',
          path: ['monthly'],
          message: `4th and last are the same day in a month with four ${weekdayName(rule.weekday)}s; list one of them`,
        });
    })
    .meta({ description: 'When the series meets: weekday, start, durationMinutes and timeZone, and either intervalWeeks or monthly.' }),
  firstOccurrence: isoDateSchema('2025-06-26').meta({
    description:
      'The first meeting on the current rule, on its weekday. Every date is counted from it; after a change of rule, set it to the first meeting on the new one.',
    example: '2025-06-26',
  }),
  until: isoDateSchema('2027-06-24').optional().meta({
    description: 'The last day of the series. To end a series, set until rather than deleting its file, so calendars drop it.',
    example: '2027-06-24',
  }),
  join: strictObject({
    platform: oneLine(z.string().min(1)).default('Zoom').meta({ description: 'The video platform, as readers see it named.', example: 'Zoom' }),
    url: httpsUrlSchema('https://zoom.us/j/12345678901').optional().meta({
      description: 'The https:// address that joins the meeting. Give this or instructions, not both.',
      example: 'https://zoom.us/j/12345678901',
    }),
    instructions: oneLine(z.string({ error: JOIN_INSTRUCTIONS_EXAMPLE }).min(1, { error: JOIN_INSTRUCTIONS_EXAMPLE }))
      .optional()
      .meta({
        description:
          'For a call whose link is not public: one sentence on how to get it, which the pages and the calendar feeds show instead of a link. Give this or url, not both.',
        example: 'Join the mailing list for the invite.',
      }),
    meetingId: oneLine(z.string({ error: 'write the meeting ID in quotes, e.g. meetingId: "123 4567 8901"' }).min(1))
      .optional()
      .meta({ description: 'The meeting ID, for those who join by typing it.', example: '"123 4567 8901"' }),
    passcode: oneLine(z.string({ error: 'write the passcode in quotes so leading zeros survive, e.g. passcode: "012345"' }).min(1))
      .optional()
      .meta({ description: 'The passcode, in quotes so that leading zeros survive.', example: '"012345"' }),
  })
    .superRefine((join, ctx) => {
      if (join.url === undefined && join.instructions === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['url'],
          message: `missing; write the https:// address that joins the call, e.g. url: https://zoom.us/j/12345678901, or, when the link is not public, how to get it, e.g. instructions: ${JOIN_INSTRUCTIONS_EXAMPLE_TEXT}`,
        });
      if (join.url !== undefined && join.instructions !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['instructions'],
          message: 'write either url (a public link) or instructions (how to get a link that is not public), not both; remove one of them',
        });
    })
    .meta({ description: 'How to join: url, or instructions when the link is not public, and the other fields below.' }),
  notesUrl: httpsUrlSchema('https://github.com/example-org/community/discussions').optional().meta({
    description: "Where the series' notes are kept, when that is outside the meeting records.",
    example: 'https://github.com/example-org/community/discussions',
  }),
  cancelled: z
    .array(
      strictObject({
        date: isoDateSchema('2025-12-25').meta({ description: 'The date of the cancelled meeting: a date of the series.', example: '2025-12-25' }),
        reason: reasonSchema,
      }),
      { error: 'write a list of cancelled dates, each with date and reason' },
    )
    .max(MAX_EXCEPTIONS, atMost('cancelled meetings'))
    .default([])
    .meta({ description: 'Meetings of the series that do not take place, each with the fields below.' }),
  moved: z
    .array(
      strictObject({
        date: isoDateSchema('2026-01-08').meta({ description: 'The usual date of the moved meeting: a date of the series.', example: '2026-01-08' }),
        to: isoDateSchema('2026-01-09').meta({ description: 'The new date.', example: '2026-01-09' }),
        start: timeOfDaySchema.optional().meta({ description: "The new start, on the rule's clock; without it, the usual start.", example: '"15:00"' }),
        durationMinutes: durationSchema.optional().meta({ description: 'The new length in minutes; without it, the usual length.', example: '90' }),
        reason: reasonSchema,
      }),
      { error: 'write a list of moved meetings, each with date (the usual date), to (the new date), an optional start and durationMinutes, and reason' },
    )
    .max(MAX_EXCEPTIONS, atMost('moved meetings'))
    .default([])
    .meta({ description: 'Meetings of the series held on another day or at another time, each with the fields below.' }),
  extra: z
    .array(
      strictObject({
        date: isoDateSchema('2026-02-05').meta({ description: 'The date of the extra session.', example: '2026-02-05' }),
        start: timeOfDaySchema.optional().meta({ description: "The start, on the rule's clock; without it, the usual start.", example: '"16:00"' }),
        durationMinutes: durationSchema.optional().meta({ description: 'The length in minutes; without it, the usual length.', example: '90' }),
        reason: reasonSchema,
      }),
      { error: 'write a list of extra sessions, each with date, an optional start and durationMinutes, and reason' },
    )
    .max(MAX_EXCEPTIONS, atMost('extra sessions'))
    .default([])
    .meta({ description: 'Sessions held besides the regular meetings, each with the fields below.' }),
});

export type MeetingData = z.output<typeof meetingSchema>;
/** A series with its id (the file name without .yaml). */
export type MeetingSeries = MeetingData & { id: string };
