import { z } from 'zod';
import { calendarDate } from './calendar-date.ts';
import { strictObject } from './strict.ts';
import { oneLine } from './text.ts';
import { normalUrl } from './url.ts';

/**
 * One decision the maintainers voted on: `content/decisions/<id>.md`. The frontmatter
 * holds the facts of the vote; the body holds the motion (and, if wanted, the reasons).
 * A vote still open has no `closed` and no `outcome`.
 */

/** What was decided. `general` is anything else the maintainers vote on; its file names the charter rule it was held under. */
export const DECISION_KINDS = ['new-maintainer', 'remove-maintainer', 'change-charter', 'general'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/**
 * The charter's vote rules (the names of its `<VoteThreshold rule="…" />`). Repeated here
 * because a schema imports nothing else from src/; src/decisions/rules.test.ts checks the
 * list against src/roster/roster.ts's VOTE_RULES.
 */
export const DECISION_RULES = ['approve-new-maintainer', 'remove-maintainer', 'change-charter'] as const;

export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export const OUTCOMES = ['approved', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const kindList = DECISION_KINDS.join(', ');

export const decisionSchema = strictObject({
  // zod reports a missing enum value as a wrong value, not a missing one: say "missing" here.
  kind: z
    .enum(DECISION_KINDS, { error: (issue) => `${issue.input === undefined ? 'missing; ' : ''}write one of ${kindList}, e.g. kind: new-maintainer` })
    .meta({
      description:
        "What was decided: new-maintainer, remove-maintainer and change-charter are counted under the charter's rule for each; general is anything else the maintainers vote on (then rule is required).",
      example: 'new-maintainer',
    }),
  rule: z
    .enum(DECISION_RULES, { error: `write the charter rule the vote was counted under: one of ${DECISION_RULES.join(', ')}` })
    .optional()
    .meta({ description: 'Only for kind: general, which the charter does not name: the charter rule the vote was counted under.', example: 'change-charter' }),
  subject: oneLine(
    z
      .string({
        error:
          "write what the vote is about: the maintainer's GitHub handle (new-maintainer, remove-maintainer) or what changes, e.g. subject: Adopt the security policy",
      })
      .trim()
      .min(1, "write what the vote is about: the maintainer's GitHub handle, or what changes"),
  ).meta({
    description: "What the vote is about: the maintainer's GitHub handle (new-maintainer, remove-maintainer), or what changes.",
    example: 'ada-lovelace',
  }),
  opened: calendarDate.meta({ description: 'The day the vote opened.', example: '2025-07-01' }),
  closed: calendarDate.optional().meta({
    description: 'The day the vote closed; absent while it is open. The vote is counted against the maintainers active that day.',
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
        'Each vote cast, one line per maintainer: their handle, then for, against or abstain. Only maintainers active on the closing day vote, once each; a nominee or a maintainer being removed does not.',
      example: '{ ada-lovelace: for, grace-hopper: abstain }',
    }),
  outcome: z.enum(OUTCOMES, { error: 'write outcome: approved or outcome: rejected, as the maintainers recorded it' }).optional().meta({
    description:
      'The outcome the maintainers recorded; absent while the vote is open. The build stops on an outcome the votes and the charter rule do not give.',
    example: 'approved',
  }),
});

export type Decision = z.output<typeof decisionSchema>;
