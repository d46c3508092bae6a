import { z } from 'zod';
import { calendarDateProblem } from './calendar-date.ts';
import { strictObject } from './strict.ts';
import { oneLine, severalLines } from './text.ts';
import { normalUrl } from './url.ts';
import { timeZoneSchema } from './time-zone.ts';
import { WEEKDAYS } from './weekdays.ts';

/**
 * A meeting series in `content/meetings/<id>.yaml`; the file name is its id.
 * Every date and time on the site, in the charter and in the calendar feeds is
 * computed from these fields (src/meetings/occurrences.ts); src/checks/collections.ts
 * adds the checks across them.
 */
// js-yaml (Astro's YAML reader) turns 2025-06-26 into a Date; the `yaml` package keeps it a string.
const isoDateSchema = (example: string) =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: `write a date as YYYY-MM-DD, e.g. ${example}` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (issue) => `"${String(issue.input)}" is not a date; write it as YYYY-MM-DD, e.g. ${example}` })
      .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) /* reported above */ || calendarDateProblem(s) === undefined, {
        error: (issue) => `${String(issue.input)} is not a day of the calendar; write a real date as YYYY-MM-DD, e.g. ${example}`,
      }),
  );

const timeOfDaySchema = z.custom<string>((value) => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value), {
  error: (issue) =>
    `${typeof issue.input === 'string' ? `"${issue.input}"` : String(issue.input)} is not a time of day; write the start as "HH:MM" on a 24-hour clock, from "00:00" to "23:59", e.g. start: "14:00"`,
});

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
);

/**
 * The most entries a series lists under each of cancelled, moved and extra: ten years of a
 * weekly series is 520 meetings, so no real series comes near it, while a list of thousands
 * (a pasted or generated file) would make every build of the pull request slow for nothing.
 * README.md ("Limits on content") lists this with the other limits.
 */
export const MAX_EXCEPTIONS = 500;

const atMost = (what: string) =>
  ({
    error: (issue: { input?: unknown }) =>
      `a series lists at most ${MAX_EXCEPTIONS} ${what} (this one lists ${Array.isArray(issue.input) ? issue.input.length : 'more'}); if the meetings changed for good, end this series with until and start a new one (a new file with its own firstOccurrence)`,
  }) as const;

/** The fields of a series; the checks across them (first date on the rule's weekday, exceptions on real occurrences) are in src/checks/meeting-rules.ts. */
export const meetingSchema = strictObject({
  title: oneLine(z.string({ error: 'write the name of the meeting, e.g. title: Public Office Hours' }).min(1)),
  description: severalLines(z.string({ error: 'write one or two sentences on what the meeting is for and who may join' }).min(1)),
  rule: strictObject({
    weekday: z.preprocess(
      (v) => (typeof v === 'string' ? v.toLowerCase() : v),
      z.enum(WEEKDAYS, { error: `write the day of the week in English, one of ${WEEKDAYS.join(', ')}` }),
    ),
    start: timeOfDaySchema,
    durationMinutes: durationSchema,
    intervalWeeks: z
      .number({ error: 'write how many weeks lie between meetings, e.g. intervalWeeks: 2 for every other week' })
      .int({ error: 'write a whole number of weeks, e.g. intervalWeeks: 2' })
      .min(1, { error: 'write how many weeks lie between meetings, 1 or more, e.g. intervalWeeks: 2' }),
    timeZone: timeZoneSchema,
  }),
  firstOccurrence: isoDateSchema('2025-06-26'),
  until: isoDateSchema('2027-06-24').optional(),
  join: strictObject({
    platform: oneLine(z.string().min(1)).default('Zoom'),
    url: httpsUrlSchema('https://zoom.us/j/12345678901'),
    meetingId: oneLine(z.string({ error: 'write the meeting ID in quotes, e.g. meetingId: "123 4567 8901"' }).min(1)).optional(),
    passcode: oneLine(z.string({ error: 'write the passcode in quotes so leading zeros survive, e.g. passcode: "012345"' }).min(1)).optional(),
  }),
  notesUrl: httpsUrlSchema('https://github.com/example-org/community/discussions').optional(),
  cancelled: z
    .array(strictObject({ date: isoDateSchema('2025-12-25'), reason: reasonSchema }), { error: 'write a list of cancelled dates, each with date and reason' })
    .max(MAX_EXCEPTIONS, atMost('cancelled meetings'))
    .default([]),
  moved: z
    .array(
      strictObject({
        date: isoDateSchema('2026-01-08'),
        to: isoDateSchema('2026-01-09'),
        start: timeOfDaySchema.optional(),
        durationMinutes: durationSchema.optional(),
        reason: reasonSchema,
      }),
      { error: 'write a list of moved meetings, each with date (the usual date), to (the new date), an optional start and durationMinutes, and reason' },
    )
    .max(MAX_EXCEPTIONS, atMost('moved meetings'))
    .default([]),
  extra: z
    .array(
      strictObject({ date: isoDateSchema('2026-02-05'), start: timeOfDaySchema.optional(), durationMinutes: durationSchema.optional(), reason: reasonSchema }),
      { error: 'write a list of extra sessions, each with date, an optional start and durationMinutes, and reason' },
    )
    .max(MAX_EXCEPTIONS, atMost('extra sessions'))
    .default([]),
});

export type MeetingData = z.output<typeof meetingSchema>;
/** A series with its id (the file name without .yaml). */
export type MeetingSeries = MeetingData & { id: string };
