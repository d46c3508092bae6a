import { z } from 'zod';
import { didYouMean } from './did-you-mean.ts';
import type { Group } from './group.ts';
import { strictObject } from './strict.ts';
import { oneLine } from './text.ts';

/**
 * `content/governance.yaml`: the project's roles (what a person on the roster can be) and
 * its vote rules (who votes on what, by how much), stated once. Any number of rules, none
 * required: a project whose charter has no vote has none. Nothing in src/ knows one
 * charter's rules; every number the pages show comes from here and the roster.
 */

/** An id as the files and pages write it: lowercase letters, digits and single hyphens. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const idSchema = (what: string, example: string) =>
  z
    .string({ error: `write the ${what}'s id as text, e.g. id: ${example}` })
    .regex(ID, `write the ${what}'s id in lowercase letters, digits and single hyphens, e.g. id: ${example}`);

/**
 * A fraction with whether it is reached "at least" (2/3: ceil(2n/3) of n) or only when passed
 * ("more than 1/2": floor(n/2) + 1 of n). Words: majority = more than 1/2, unanimous = at least 1/1.
 */
export interface Fraction {
  comparison: 'at-least' | 'more-than';
  numerator: number;
  denominator: number;
  /** As the file writes it: "2/3", "majority", "more than 1/2". */
  text: string;
}

const FRACTION = /^(?:(at least|more than)\s+)?(\d{1,3})\/(\d{1,3})$/;

export const FRACTION_HELP =
  'write a fraction, which is reached at least (2/3: two thirds or more), or "more than 1/2", "at least 3/5", "majority" (more than half) or "unanimous" (all)';

/** The fraction `text` states, or why it states none. */
export function parseFraction(text: string): Fraction | string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === 'majority') return { comparison: 'more-than', numerator: 1, denominator: 2, text: t };
  if (t === 'unanimous') return { comparison: 'at-least', numerator: 1, denominator: 1, text: t };
  const m = FRACTION.exec(t);
  if (!m) {
    const hint = didYouMean(t, ['majority', 'unanimous']);
    return `"${text}" is not a fraction; ${hint ? `did you mean ${hint}? ` : ''}${FRACTION_HELP}`;
  }
  const numerator = Number(m[2]);
  const denominator = Number(m[3]);
  if (denominator === 0 || numerator === 0 || numerator > denominator)
    return `"${text}" is not a fraction between 0 and 1; write a numerator from 1 to the denominator, e.g. 2/3`;
  return { comparison: m[1] === 'more than' ? 'more-than' : 'at-least', numerator, denominator, text: t };
}

const fractionSchema = (field: string) =>
  z
    .union([z.string(), z.number()], {
      error: (issue) => `${issue.input === undefined ? 'missing; write' : 'write'} ${field} as text, e.g. ${field}: 2/3; ${FRACTION_HELP}`,
    })
    .transform((value, ctx) => {
      const parsed = parseFraction(String(value));
      if (typeof parsed === 'string') {
        ctx.addIssue({ code: 'custom', message: parsed });
        return z.NEVER;
      }
      return parsed;
    });

export const roleSchema = strictObject({
  id: idSchema('role', 'maintainer').meta({
    description: 'How the roster and the rules name the role: a person file lists it under roles, a rule names it as its body.',
    example: 'maintainer',
  }),
  singular: oneLine(
    z
      .string({ error: 'write the name of one holder of the role, e.g. singular: Maintainer' })
      .trim()
      .min(1, 'write the name of one holder, e.g. singular: Maintainer'),
  ).meta({
    description: 'One holder of the role, as the pages name them.',
    example: 'Maintainer',
  }),
  plural: oneLine(
    z
      .string({ error: 'write the name of several holders of the role, e.g. plural: Maintainers' })
      .trim()
      .min(1, 'write the name of several holders, e.g. plural: Maintainers'),
  ).meta({
    description: 'Several holders of the role, as the pages name them.',
    example: 'Maintainers',
  }),
  bodyName: oneLine(
    z.string({ error: 'write the name the charter gives all the holders together, e.g. bodyName: Steering Committee (or leave the field out)' }).trim().min(1),
  )
    .optional()
    .meta({ description: 'The name the charter gives all the holders together, when it gives one; without it, none is shown.', example: 'Steering Committee' }),
  section: z
    .string({ error: 'write the id of the charter heading that describes the role, e.g. section: maintainers (or leave the field out)' })
    .regex(/^[^\s#]+$/, 'write the heading id without "#" or spaces, as the page links it, e.g. section: maintainers')
    .optional()
    .meta({
      description: 'The id of the charter heading that describes the role, which the roster links; without it, the roster links the charter.',
      example: 'maintainers',
    }),
});

export const RULE_BASES = ['members', 'remaining-members', 'votes-cast'] as const;
export type RuleBase = (typeof RULE_BASES)[number];
export const ABSTENTIONS = ['present', 'against', 'absent'] as const;
export type Abstentions = (typeof ABSTENTIONS)[number];
export const SUBJECTS = ['text', 'joining', 'leaving'] as const;
export type RuleSubject = (typeof SUBJECTS)[number];

const enumOf = <T extends readonly [string, ...string[]]>(values: T, field: string, example: string) =>
  z.enum(values, {
    error: (issue) => {
      const hint = typeof issue.input === 'string' ? didYouMean(issue.input, values) : undefined;
      const got = issue.input === undefined ? 'missing; ' : `"${String(issue.input)}" is not a value of ${field}; `;
      return `${got}${hint ? `did you mean ${hint}? ` : ''}write one of ${values.join(', ')}, e.g. ${field}: ${example}`;
    },
  });

export const voteRuleSchema = strictObject({
  id: idSchema('rule', 'add-committer').meta({
    description: 'How decisions name the rule they were held under (rule: in content/decisions/) and charters show its figures (<VoteThreshold rule="…" />).',
    example: 'add-committer',
  }),
  name: oneLine(
    z.string({ error: 'write what the rule decides, e.g. name: Add a committer' }).trim().min(1, 'write what the rule decides, e.g. name: Add a committer'),
  ).meta({
    description: 'What the rule decides, as headings and lists show it.',
    example: 'Add a committer',
  }),
  body: z.string({ error: 'write the id of the role whose holders vote, e.g. body: maintainer' }).optional().meta({
    description: 'The role whose holders vote: one of the ids under roles. Counted on the day a vote closes. Each rule has body or group: one of the two.',
    example: 'maintainer',
  }),
  group: z
    .string({ error: 'write the id of the group whose members vote, its file name in content/groups/ without .yaml, e.g. group: tsc' })
    .regex(ID, 'write the id of the group whose members vote, its file name in content/groups/ without .yaml, e.g. group: tsc')
    .optional()
    .meta({
      description:
        "Instead of body: the group (of content/groups/, by its file name without .yaml) whose leads and members vote, each while their place in it lasts (since to until). Counted on the day a vote closes; today's figures count the places with no until.",
      example: 'tsc',
    }),
  threshold: fractionSchema('threshold').meta({
    description:
      'The votes in favour that carry it, as a fraction of base: "2/3" and "at least 3/5" are reached at that fraction or above; "more than 1/2" only above it; majority is more than 1/2, unanimous is all.',
    example: '2/3',
  }),
  base: enumOf(RULE_BASES, 'base', 'members').meta({
    description:
      "What threshold is a fraction of: members (the body's members that day), remaining-members (those members less the subject, who does not vote: a removal), or votes-cast (votes for and against; abstentions as abstentions says).",
    example: 'members',
  }),
  quorum: fractionSchema('quorum').optional().meta({
    description:
      'The share of the members who may vote (less the subject, when the subject does not vote) who must take part (vote for, against, or abstain unless abstentions is absent) for the vote to count. Without it, no quorum.',
    example: 'majority',
  }),
  abstentions: enumOf(ABSTENTIONS, 'abstentions', 'present').default('present').meta({
    description:
      'How an abstention counts: present (takes part for the quorum, neither for nor against; the default), against (takes part and counts as a vote cast not in favour), absent (as if not voted).',
    example: 'present',
  }),
  subject: enumOf(SUBJECTS, 'subject', 'joining').default('text').meta({
    description:
      "What a decision's subject is: text (what changes; the default), joining (the handle of a person who joins the body, or subjectRole, if it carries, and does not vote) or leaving (the handle of a member who leaves the body, or subjectRole, if it carries, and does not vote when leaving the body).",
    example: 'joining',
  }),
  subjectRole: z
    .string({ error: 'write the id of the role the subject joins or leaves, e.g. subjectRole: reviewer (or leave the field out)' })
    .optional()
    .meta({
      description:
        "For a subject joining or leaving: the role they join or leave, when it is not the body's (reviewers added by a vote of the committers). The subject is then no member of the body set aside: they vote as any member would. Without it, the body's role.",
      example: 'reviewer',
    }),
  section: z
    .string({ error: 'write the id of the charter heading that states the rule, e.g. section: voting (or leave the field out)' })
    .regex(/^[^\s#]+$/, 'write the heading id without "#" or spaces, as the page links it, e.g. section: voting')
    .optional()
    .meta({
      description:
        "The id of the charter heading that states the rule: its figures are shown beside it, and pages link it. Without it, the rule's figures are shown on the roster only.",
      example: 'voting',
    }),
  amendsCharter: z.boolean({ error: 'write amendsCharter: true for the rule that changes the charter, or leave the field out' }).default(false).meta({
    description: "true for the rule the charter is changed under: the charter's history links each amendment to the decision held on its pull request.",
    example: 'true',
  }),
  proposal: strictObject({
    title: oneLine(z.string({ error: 'write the title of the issue that opens a vote, e.g. title: Committer nomination' }).trim().min(1)).meta({
      description: 'The title the charter gives the issue that opens a vote under this rule.',
      example: 'Committer nomination',
    }),
    criteriaSection: z
      .string({ error: 'write the id of the charter heading whose list states the criteria, e.g. criteriaSection: criteria (or leave the field out)' })
      .regex(/^[^\s#]+$/, 'write the heading id without "#" or spaces, e.g. criteriaSection: criteria')
      .optional()
      .meta({
        description: 'The id of the charter heading whose first list states what a nominee must show: the template asks for evidence of each.',
        example: 'criteria',
      }),
  })
    .optional()
    .meta({
      description: 'For a rule whose subject is joining: the issue that proposes someone, which the roster page opens with a template.',
      example: '{ title: Committer nomination }',
    }),
});

export const governanceSchema = strictObject({
  roles: z
    .array(roleSchema, {
      error: "write the roster's roles as a list, e.g.\n  roles:\n    - id: maintainer\n      singular: Maintainer\n      plural: Maintainers",
    })
    .min(1, 'list at least one role: the roster is made of people holding them, e.g. - { id: maintainer, singular: Maintainer, plural: Maintainers }')
    .meta({
      description:
        "The roles a person on the roster holds. The first is the default: a person file's status, since and emeritusSince are that role's, when the file lists no roles.",
      example: '[{ id: maintainer, singular: Maintainer, plural: Maintainers }]',
    }),
  rules: z
    .array(voteRuleSchema, {
      error:
        'write the vote rules as a list, e.g.\n  rules:\n    - id: amend-charter\n      name: Amend the charter\n      ...\n(or rules: [] when the charter has no vote)',
    })
    .default([])
    .meta({ description: "The charter's vote rules, any number; none when the charter has no vote.", example: '[]' }),
  inactivityMonths: z
    .number({ error: 'write the period in whole months, e.g. inactivityMonths: 12 for a year' })
    .int({ error: 'write the period in whole months, e.g. inactivityMonths: 12 for a year' })
    .min(1, { error: 'write a period of 1 month or more, e.g. inactivityMonths: 12 for a year' })
    .max(120, { error: 'write a period of at most 120 months (ten years), e.g. inactivityMonths: 12 for a year' })
    .optional()
    .meta({
      description:
        'The period, in months, that the charter gives for inactivity ("no activity for a year": 12). The roster page then shows each maintainer\'s last recorded activity (a vote cast, a meeting attended) and lists, for the maintainers to look at, those with none in that period. Without it, neither is shown.',
      example: '12',
    }),
}).superRefine((g, ctx) => {
  const roleIds = g.roles.map((r) => r.id);
  g.roles.forEach((r, i) => {
    if (roleIds.indexOf(r.id) !== i)
      ctx.addIssue({
        code: 'custom',
        path: ['roles', i, 'id'],
        message: `"${r.id}" is the id of role ${roleIds.indexOf(r.id) + 1} too; give each role its own id`,
      });
  });
  const ruleIds = g.rules.map((r) => r.id);
  g.rules.forEach((rule, i) => {
    if (ruleIds.indexOf(rule.id) !== i)
      ctx.addIssue({
        code: 'custom',
        path: ['rules', i, 'id'],
        message: `"${rule.id}" is the id of rule ${ruleIds.indexOf(rule.id) + 1} too; give each rule its own id`,
      });
    if (rule.body !== undefined && rule.group !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['rules', i, 'group'],
        message: `a rule has one body that votes: write body (a role of roles) or group (a group of content/groups/), not both`,
      });
    if (rule.body === undefined && rule.group === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['rules', i],
        message: `missing who votes; write body: ${roleIds[0] ?? 'maintainer'} (a role of roles: ${roleIds.join(', ')}), or group: <id> (a group of content/groups/, by its file name without .yaml)`,
      });
    if (rule.body !== undefined && !roleIds.includes(rule.body)) {
      const hint = didYouMean(rule.body, roleIds);
      ctx.addIssue({
        code: 'custom',
        path: ['rules', i, 'body'],
        message: `"${rule.body}" is no role of roles; ${hint ? `did you mean ${hint}? ` : ''}write one of ${roleIds.join(', ')}, or add the role under roles (for a group of content/groups/, write group: ${rule.body} instead of body)`,
      });
    }
    if (rule.subjectRole !== undefined && !roleIds.includes(rule.subjectRole)) {
      const hint = didYouMean(rule.subjectRole, roleIds);
      ctx.addIssue({
        code: 'custom',
        path: ['rules', i, 'subjectRole'],
        message: `"${rule.subjectRole}" is no role of roles; ${hint ? `did you mean ${hint}? ` : ''}write one of ${roleIds.join(', ')}, or add the role under roles`,
      });
    }
    if (rule.subjectRole !== undefined && rule.subject === 'text')
      ctx.addIssue({
        code: 'custom',
        path: ['rules', i, 'subjectRole'],
        message: 'subjectRole is the role a person joins or leaves; write subject: joining or subject: leaving, or remove subjectRole',
      });
    if (rule.subjectRole !== undefined && rule.subjectRole !== rule.body && rule.base === 'remaining-members')
      ctx.addIssue({
        code: 'custom',
        path: ['rules', i, 'base'],
        message:
          rule.body === undefined
            ? `remaining-members sets aside a member of the body leaving it, and the subject leaves ${rule.subjectRole}, not the group ${rule.group}; write base: members, or remove subjectRole`
            : `remaining-members sets aside a member of the body leaving it, and the subject leaves ${rule.subjectRole}, not ${rule.body}; write base: members, or subjectRole: ${rule.body}`,
      });
    if (rule.base === 'remaining-members' && rule.subject !== 'leaving')
      ctx.addIssue({
        code: 'custom',
        path: ['rules', i, 'base'],
        message: `remaining-members sets the subject aside, and only a member who is leaving is set aside; write subject: leaving, or base: members`,
      });
    if (rule.proposal && rule.subject !== 'joining')
      ctx.addIssue({
        code: 'custom',
        path: ['rules', i, 'proposal'],
        message: 'a proposal names someone who joins; write subject: joining, or remove proposal',
      });
  });
});

export type Governance = z.output<typeof governanceSchema>;
export type Role = z.output<typeof roleSchema>;
export type VoteRule = z.output<typeof voteRuleSchema>;

/** A group as a body that votes: its id (the file name), name and places. */
export type VotingGroup = Pick<Group, 'id' | 'name' | 'leads' | 'members'>;

/**
 * The roles and, when a rule's body is a group, the groups the rules name (read with
 * content/governance.yaml by src/site/governance-file.ts): what a rule's body is counted from.
 */
export type Bodies = Pick<Governance, 'roles'> & { groups?: readonly VotingGroup[] };

/** content/governance.yaml with the groups its rules name. */
export type ProjectGovernance = Governance & { groups: readonly VotingGroup[] };
