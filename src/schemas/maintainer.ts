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

// zod reports a missing enum value as a wrong value, not a missing one: say "missing" here.
const statusSchema = z.enum(MAINTAINER_STATUSES, {
  error: (issue) => `${issue.input === undefined ? 'missing; ' : ''}write status: active or status: emeritus`,
});

/** One role a person holds or held, with its own dates. */
export const roleHoldingSchema = strictObject({
  role: z.string({ error: 'write the id of the role, one of the ids under roles in content/governance.yaml, e.g. role: committer' }).meta({
    description: 'One of the ids under roles in content/governance.yaml.',
    example: 'committer',
  }),
  status: statusSchema.default('active').meta({ description: 'active (the default) or emeritus.', example: 'emeritus' }),
  since: calendarDate.optional().meta({ description: 'The day the person took the role.', example: '2025-07-01' }),
  emeritusSince: calendarDate.optional().meta({ description: 'The day the person left the role, when status is emeritus.', example: '2026-06-01' }),
});

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
  status: statusSchema.optional().meta({
    description:
      "The project's default role (the first of content/governance.yaml's roles): active for a serving holder; emeritus for one who stepped down or was removed. Leave it out when roles lists the person's roles.",
    example: 'active',
  }),
  since: calendarDate.optional().meta({
    description:
      'The day the person took the default role. Votes are counted against the members of the day they closed; a member without since counts from before any recorded decision.',
    example: '2025-07-01',
  }),
  emeritusSince: calendarDate.optional().meta({
    description:
      'The day the person left the default role, when status is emeritus; never before since. Without it the roster says "date not recorded", and the decisions count them on the side that cannot carry a vote wrongly.',
    example: '2026-06-01',
  }),
  roles: z
    .array(roleHoldingSchema, {
      error: 'write the roles as a list, e.g.\n  roles:\n    - role: committer\n      since: 2025-07-01',
    })
    .optional()
    .meta({
      description:
        "The person's roles other than the default one (or all of them, without status), each with its own dates: role (an id of content/governance.yaml's roles), status (active or emeritus; active when left out), since, emeritusSince.",
      example: '[{ role: committer, since: 2025-07-01 }, { role: reviewer, status: emeritus }]',
    }),
  areas: z
    .array(oneLine(z.string().trim().min(1, 'write the area as text, e.g. - specification')), {
      error: 'write the areas as a list, e.g.\n  areas:\n    - specification',
    })
    .optional()
    .meta({ description: 'What the maintainer looks after, shown on the roster.', example: '[specification, tooling]' }),
});

/**
 * A person file holds either the shorthand of the default role (status, since, emeritusSince)
 * or the list roles, never both; `status` is then whether any role is active, so every page
 * that sorts active people before emeritus ones reads one field.
 */
export const personSchema = maintainerSchema
  .superRefine((m, ctx) => {
    if (m.roles === undefined) {
      if (m.status === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['status'],
          message: 'missing; write status: active or status: emeritus (or list the roles under roles:)',
          input: m,
        });
      return;
    }
    for (const field of ['status', 'since', 'emeritusSince'] as const)
      if (m[field] !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `this file lists roles, so write ${field} under the role it belongs to (roles: - role: …, ${field}: …), or remove roles and keep the shorthand for the default role`,
          input: m,
        });
    if (m.roles.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['roles'],
        message: 'list at least one role, e.g. roles: [{ role: committer }], or remove roles and write status:',
        input: m,
      });
  })
  .transform((m) =>
    m.roles === undefined
      ? { ...m, status: m.status! }
      : { ...m, status: m.roles.some((r) => r.status === 'active') ? ('active' as const) : ('emeritus' as const) },
  );

export type Maintainer = z.output<typeof personSchema>;
export type MaintainerStatus = (typeof MAINTAINER_STATUSES)[number];
export type RoleHoldingEntry = z.output<typeof roleHoldingSchema>;
