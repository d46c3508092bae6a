import { z } from 'zod';
import { calendarDate } from './calendar-date.ts';
import { strictObject } from './strict.ts';
import { oneLine } from './text.ts';

/**
 * One maintainer: `content/maintainers/<handle>.yaml`. One file per person, so
 * two pull requests that add two people never touch the same file.
 */

/** GitHub's rule for user names. */
export const HANDLE_MAX_LENGTH = 39;

/** Why `handle` cannot be a GitHub user name, or undefined when it can. */
export function handleProblem(handle: string): string | undefined {
  const fix = 'a GitHub handle has 1 to 39 letters, digits and single hyphens, with no hyphen at the start or end';
  if (handle.length === 0) return `write the maintainer's GitHub handle, e.g. handle: gorkem`;
  const forbidden = [...new Set(handle.match(/[^A-Za-z0-9-]/g) ?? [])];
  if (forbidden.length > 0) {
    const chars = forbidden.map((c) => (c === ' ' ? 'a space' : `"${c}"`)).join(', ');
    const stripped = handle.replace(/[^A-Za-z0-9-]/g, '');
    return `"${handle}" contains ${chars}, which GitHub does not allow; ${fix}${stripped && stripped !== handle ? ` (e.g. ${stripped}, if that is the account)` : ''}`;
  }
  if (handle.length > HANDLE_MAX_LENGTH) return `"${handle}" has ${handle.length} characters; ${fix}`;
  if (handle.startsWith('-') || handle.endsWith('-')) return `"${handle}" starts or ends with a hyphen, which GitHub does not allow; ${fix}`;
  if (handle.includes('--')) return `"${handle}" has two hyphens in a row, which GitHub does not allow; ${fix}`;
  return undefined;
}

export const handleSchema = z
  .string({ error: 'write the GitHub handle as text, e.g. handle: gorkem (put a handle of digits only in quotes: handle: "12345")' })
  .superRefine((handle, ctx) => {
    const problem = handleProblem(handle);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: handle });
  })
  .meta({ title: 'GitHub handle' });

export const MAINTAINER_STATUSES = ['active', 'emeritus'] as const;

export const maintainerSchema = strictObject({
  handle: handleSchema.meta({
    description: "The maintainer's GitHub handle, as the file is named (content/maintainers/<handle>.yaml). Quote a handle of digits only.",
    example: 'ada-lovelace',
  }),
  name: oneLine(
    z
      .string({ error: 'write the display name as text, e.g. name: Ada Lovelace (or leave the field out)' })
      .trim()
      .min(1, 'write the display name, or leave the field out'),
  )
    .optional()
    .meta({ description: 'The name shown on the roster; without it, the handle.', example: 'Ada Lovelace' }),
  affiliation: oneLine(
    z
      .string({ error: 'write the organisation as text, e.g. affiliation: Example Corp (or leave the field out when it is not known)' })
      .trim()
      .min(1, 'write the organisation, or leave the field out when it is not known'),
  )
    .optional()
    .meta({ description: 'The organisation the maintainer works for, when known.', example: 'Example Corp' }),
  // zod reports a missing enum value as a wrong value, not a missing one: say "missing" here.
  status: z
    .enum(MAINTAINER_STATUSES, {
      error: (issue) => `${issue.input === undefined ? 'missing; ' : ''}write status: active or status: emeritus`,
    })
    .meta({
      description: 'active for a serving maintainer; emeritus for one who stepped down or was removed (then emeritusSince is required).',
      example: 'active',
    }),
  since: calendarDate.optional().meta({
    description:
      'The day the maintainer joined. Votes are counted against the maintainers active on the day they closed; a maintainer without since counts from before any recorded decision.',
    example: '2025-07-01',
  }),
  emeritusSince: calendarDate.optional().meta({
    description: 'The day the maintainer became emeritus: required when status is emeritus, refused otherwise, never before since.',
    example: '2026-06-01',
  }),
  areas: z
    .array(oneLine(z.string().trim().min(1, 'write the area as text, e.g. - specification')), {
      error: 'write the areas as a list, e.g.\n  areas:\n    - specification',
    })
    .optional()
    .meta({ description: 'What the maintainer looks after, shown on the roster.', example: '[specification, tooling]' }),
});

export type Maintainer = z.output<typeof maintainerSchema>;
export type MaintainerStatus = Maintainer['status'];
