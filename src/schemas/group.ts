import { z } from 'zod';
import { calendarDate } from './calendar-date.ts';
import { handleSchema } from './maintainer.ts';
import { docPath } from './site.ts';
import { strictObject, unknownKeysMessage } from './strict.ts';
import { oneLine, severalLines } from './text.ts';
import { normalUrl } from './url.ts';

/**
 * A group of the project (a working group, a SIG, a committee): `content/groups/<id>.yaml`, the
 * file name its id and its page's address (/groups/<id>/). Its people need not be maintainers:
 * each is named by GitHub handle. src/rules/group-rules.ts checks the fields against each other
 * and against the docs and meeting series the group names.
 */

/** One person's place in a group: as a lead or as a member, with the dates they held it. */
const placeSchema = (list: 'leads' | 'members', role: string) => {
  const shape = {
    handle: handleSchema.meta({ description: "The person's GitHub handle; they need not be on the maintainer roster.", example: 'ada-lovelace' }),
    name: oneLine(
      z
        .string({ error: `write the person's name as text, e.g. name: Ada Lovelace (or leave the field out)` })
        .trim()
        .min(1, 'write the name, or leave the field out'),
    )
      .optional()
      .meta({ description: 'The name shown on the group page; without it, the handle.', example: 'Ada Lovelace' }),
    role: oneLine(
      z
        .string({ error: `write the role as text, e.g. role: ${role} (or leave the field out)` })
        .trim()
        .min(1, 'write the role, or leave the field out'),
    )
      .optional()
      .meta({ description: `What the person does in the group, in the group's own words.`, example: role }),
    since: calendarDate.optional().meta({
      description: `The day the person ${list === 'leads' ? 'became a lead' : 'joined'}; without it, the start is not recorded.`,
      example: '2025-03-01',
    }),
    until: calendarDate.optional().meta({
      description: `The last day the person ${list === 'leads' ? 'led the group' : 'was a member'}; without it, they still are.`,
      example: '2026-02-28',
    }),
  };
  // A bare handle ("- ada-lovelace") is the likeliest slip: say how an entry is written.
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownKeysMessage(issue.keys, Object.keys(shape))
        : issue.code === 'invalid_type'
          ? `write each of the ${list} with its handle, e.g. - handle: ${typeof issue.input === 'string' && issue.input ? issue.input : 'ada-lovelace'}`
          : undefined,
  });
};

const httpsUrl = normalUrl(
  z.url({
    protocol: /^https$/,
    error: (issue) =>
      typeof issue.input === 'string' && /^http:/i.test(issue.input)
        ? 'write the https:// address, e.g. url: https://slack.example.org/archives/C0123'
        : 'write the full https:// address of the channel, e.g. url: https://slack.example.org/archives/C0123',
  }),
);

export const groupSchema = strictObject({
  name: oneLine(
    z
      .string({ error: 'write the name of the group, e.g. name: Runtime Working Group' })
      .trim()
      .min(1, 'write the name of the group, e.g. name: Runtime Working Group'),
  ).meta({
    description: 'The name of the group, on its page, in the list of groups and in the feeds.',
    example: 'Runtime Working Group',
  }),
  description: severalLines(
    z
      .string({ error: 'write one or two sentences on what the group does, e.g. description: Owns the runtime specification.' })
      .trim()
      .min(1, 'write one or two sentences on what the group does, e.g. description: Owns the runtime specification.'),
  ).meta({ description: 'One or two sentences on what the group does.', example: 'Owns the runtime specification and its conformance tests.' }),
  charter: docPath('charter', 'working-groups/runtime.md')
    .optional()
    .meta({ description: "The doc that is the group's charter: its path inside content/docs/, which must exist.", example: 'working-groups/runtime.md' }),
  leads: z
    .array(placeSchema('leads', 'Chair'), {
      error: 'write the leads as a list, each with its handle, e.g.\n  leads:\n    - handle: ada-lovelace\n      since: 2025-03-01',
    })
    .default([])
    .meta({ description: 'Who leads the group, now and before: each with the fields below. A change of lead is an item of the governance feed.' }),
  members: z
    .array(placeSchema('members', 'Reviewer'), {
      error: 'write the members as a list, each with its handle, e.g.\n  members:\n    - handle: grace-hopper\n      since: 2025-03-01',
    })
    .default([])
    .meta({ description: 'Who belongs to the group besides its leads, now and before: each with the fields below.' }),
  meetings: z
    .array(
      oneLine(
        z
          .string({ error: 'write the id of a meeting series, its file name in content/meetings/ without .yaml, e.g. - runtime-call' })
          .min(1, 'write the id of a meeting series, e.g. - runtime-call'),
      ),
      { error: 'write the meeting series as a list of their ids, e.g.\n  meetings:\n    - runtime-call' },
    )
    .default([])
    .meta({
      description: "The group's meeting series, by id (the file name in content/meetings/ without .yaml). A series belongs to one group at most.",
      example: '[runtime-call]',
    }),
  channels: z
    .array(
      strictObject({
        name: oneLine(
          z
            .string({ error: 'write the name of the channel, e.g. name: "#runtime on Slack"' })
            .trim()
            .min(1, 'write the name of the channel, e.g. name: "#runtime on Slack"'),
        ).meta({
          description: 'The channel as readers know it.',
          example: '"#runtime on Slack"',
        }),
        url: httpsUrl.meta({ description: "The channel's https:// address.", example: 'https://slack.example.org/archives/C0123' }),
      }),
      {
        error:
          'write the channels as a list, each with name and url, e.g.\n  channels:\n    - name: Mailing list\n      url: https://lists.example.org/g/runtime',
      },
    )
    .default([])
    .meta({ description: 'Where the group talks: a mailing list, a chat channel, each with the fields below.' }),
});

export type GroupData = z.output<typeof groupSchema>;
/** A group with its id (the file name without .yaml). */
export type Group = GroupData & { id: string };
export type GroupPlace = GroupData['leads'][number];
