import { z } from 'zod';
import { calendarDate } from './calendar-date.ts';
import { strictObject } from './strict.ts';
import { oneLine } from './text.ts';
import { normalUrl } from './url.ts';

/**
 * One decision voted on: `content/decisions/<id>.md`. The frontmatter
 * holds the facts of the vote; the body holds the motion (and, if wanted, the reasons).
 * A vote still open has no `closed` and no `outcome`.
 */

export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export const OUTCOMES = ['approved', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const decisionSchema = strictObject({
  rule: z
    .string({ error: 'write the id of the rule the vote was held under, one of the ids under rules in content/governance.yaml, e.g. rule: amend-charter' })
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      'write the id of the rule the vote was held under, as content/governance.yaml writes it under rules, e.g. rule: amend-charter',
    )
    .meta({
      description: 'The rule of content/governance.yaml the vote was held under: it says who votes, and by how much. The build counts the votes against it.',
      example: 'amend-charter',
    }),
  subject: oneLine(
    z
      .string({
        error:
          "write what the vote is about: the GitHub handle of the person joining or leaving (when the rule's subject is joining or leaving) or what changes, e.g. subject: Adopt the security policy",
      })
      .trim()
      .min(1, 'write what the vote is about: the GitHub handle of the person joining or leaving, or what changes'),
  ).meta({
    description:
      "What the vote is about: the GitHub handle of the person joining or leaving, when the rule's subject is joining or leaving; otherwise what changes.",
    example: 'ada-lovelace',
  }),
  opened: calendarDate.meta({ description: 'The day the vote opened.', example: '2025-07-01' }),
  closed: calendarDate.optional().meta({
    description: "The day the vote closed; absent while it is open. The vote is counted against the members of the rule's body that day.",
    example: '2025-07-08',
  }),
  heldAt: normalUrl(
    z.url({
      protocol: /^https$/,
      error: 'write the https URL of the GitHub issue or pull request where the vote was held, e.g. heldAt: https://github.com/org/repo/issues/12',
    }),
  ).meta({
    description: "The issue or pull request where the vote was held, in the site's repository or one of repositories in content/site.yaml.",
    example: 'https://github.com/org/community/issues/12',
  }),
  votes: z
    .record(z.string(), z.enum(VOTE_CHOICES, { error: 'write the vote as for, against or abstain, e.g. gorkem: for' }), {
      error: 'write each vote as "handle: for", "handle: against" or "handle: abstain", one per line under votes:, or votes: {} while nobody has voted',
    })
    .default({})
    .meta({
      description:
        "Each vote cast, one line per voter: their handle, then for, against or abstain. Only members of the rule's body on the closing day vote, once each; a person joining or leaving does not.",
      example: '{ ada-lovelace: for, grace-hopper: abstain }',
    }),
  outcome: z.enum(OUTCOMES, { error: 'write outcome: approved or outcome: rejected, as it was recorded' }).optional().meta({
    description: 'The outcome as recorded; absent while the vote is open. The build stops on an outcome the votes and the rule do not give.',
    example: 'approved',
  }),
});

export type Decision = z.output<typeof decisionSchema>;
