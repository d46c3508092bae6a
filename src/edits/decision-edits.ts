import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { decisionsCollection, maintainersCollection } from '../collections/registry.ts';
import { decisionProblems } from '../rules/decision-rules.ts';
import { decisionRosterRules } from '../rules/index.ts';
import { type ContentProblem, parseContentFile, validateCollection } from '../validation/validate.ts';
import { DECISION_KINDS, DECISION_RULES, type Decision, type DecisionKind } from '../schemas/decision.ts';
import { siteConfigSchema } from '../schemas/site.ts';
import { projectRepositories, SITE_CONFIG_PATH } from '../site/config.ts';
import { readCommandLine, UsageError } from './command-line.ts';
import { todayUtc } from './roster-edits.ts';

/**
 * `npm run decision:new -- <kind> <subject> --at <URL>`: the file of a vote that has just
 * opened, content/decisions/<opened>-<kind>-<subject>.md, with no vote yet. It is checked
 * with the collection's schema and the checks against the roster and content/site.yaml
 * before anything is written, as `npm run check` would check it.
 */

export interface NewDecision {
  kind: DecisionKind;
  subject: string;
  heldAt: string;
  /** For kind general: the charter rule the vote is counted under. */
  rule?: string;
  /** YYYY-MM-DD; today (UTC) when not given. */
  opened?: string;
}

export const NEW_DECISION_USAGE = `usage: npm run decision:new -- <kind> <subject> --at <issue or pull request URL> [--rule <rule>] [--opened YYYY-MM-DD]
  kind: ${DECISION_KINDS.join(', ')}; a general decision also takes --rule (${DECISION_RULES.join(', ')})
  subject: the maintainer's GitHub handle, or what changes (in quotes when it has spaces)`;

/** The vote asked for on the command line of `npm run decision:new --`; a UsageError otherwise. */
export function parseNewDecisionArgs(argv: readonly string[]): NewDecision {
  const { positionals, values } = readCommandLine(argv, ['at', 'rule', 'opened'], NEW_DECISION_USAGE);
  const [kind, subject, ...rest] = positionals;
  if (!kind || !subject) throw new UsageError(`${kind ? 'the subject is missing' : 'the kind and the subject are missing'}\n${NEW_DECISION_USAGE}`);
  if (!(DECISION_KINDS as readonly string[]).includes(kind))
    throw new UsageError(`unknown kind "${kind}"; write one of ${DECISION_KINDS.join(', ')}\n${NEW_DECISION_USAGE}`);
  if (rest.length > 0)
    throw new UsageError(`one subject at a time (got ${[subject, ...rest].join(', ')}); put a subject with spaces in quotes\n${NEW_DECISION_USAGE}`);
  if (!values.at) throw new UsageError(`--at is missing: the URL of the issue or pull request where the vote is held\n${NEW_DECISION_USAGE}`);
  const input: NewDecision = { kind: kind as DecisionKind, subject, heldAt: values.at };
  if (values.rule !== undefined) input.rule = values.rule;
  if (values.opened !== undefined) input.opened = values.opened;
  return input;
}

/** The file's name: the day it opened, the kind and the subject, in lower case and hyphens. */
export function decisionId(input: Pick<NewDecision, 'kind' | 'subject'>, opened: string): string {
  const words = input.subject
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return [opened, input.kind, words].filter(Boolean).join('-');
}

const MOTIONS: Record<DecisionKind, (subject: string) => string> = {
  'new-maintainer': (s) => `Approve @${s} as a maintainer.`,
  'remove-maintainer': (s) => `Remove @${s} as a maintainer.`,
  'change-charter': (s) => `Change the charter: ${s}.`,
  general: (s) => `${s}.`,
};

/** The text of the file of an open vote: frontmatter in the schema's order, then the motion to edit. */
export function newDecisionText(input: NewDecision, opened: string): string {
  const fields: Record<string, unknown> = { kind: input.kind };
  if (input.rule !== undefined) fields.rule = input.rule;
  Object.assign(fields, { subject: input.subject, opened, heldAt: input.heldAt, votes: {} });
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${MOTIONS[input.kind](input.subject)}\n`;
}

export type PlannedDecision = { file: string; text: string; problems: [] } | { file?: undefined; text?: undefined; problems: ContentProblem[] };

/** Plans the file of a new open vote, valid against the schema, the roster and the site's repositories; or every problem. */
export function planNewDecision(root: string, input: NewDecision, opts: { today?: string } = {}): PlannedDecision {
  const today = opts.today ?? todayUtc();
  const opened = input.opened ?? today;
  const id = decisionId(input, opened);
  const file = `${decisionsCollection.dir}/${id}.md`;
  if (existsSync(join(root, file)))
    return { problems: [{ file, message: `already exists; nothing was written. Edit it to record the votes, or give this vote another subject` }] };
  const text = newDecisionText(input, opened);
  const parsed = parseContentFile(file, text, decisionsCollection);
  if (!parsed.entry) return { problems: parsed.problems };
  const roster = validateCollection(root, maintainersCollection);
  if (roster.problems.length > 0) return { problems: roster.problems };
  const site = parseContentFile(SITE_CONFIG_PATH, readFileSync(join(root, SITE_CONFIG_PATH), 'utf8'), { format: 'yaml', schema: siteConfigSchema });
  if (!site.entry) return { problems: site.problems };
  const problems = decisionProblems(decisionRosterRules, [{ ...parsed.entry, id, data: parsed.entry.data as Decision }], {
    roster: roster.entries,
    repositories: projectRepositories(site.entry.data),
    today,
    rosterDir: maintainersCollection.dir,
  });
  return problems.length > 0 ? { problems } : { file, text, problems: [] };
}

/** Writes the planned file (creating content/decisions/ if a fork has none yet). */
export function writeDecision(root: string, plan: { file: string; text: string }): void {
  mkdirSync(dirname(join(root, plan.file)), { recursive: true });
  writeFileSync(join(root, plan.file), plan.text);
}
