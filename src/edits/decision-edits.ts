import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { decisionsCollection, maintainersCollection } from '../collections/registry.ts';
import { decisionProblems } from '../rules/decision-rules.ts';
import { decisionRosterRules } from '../rules/index.ts';
import { type ContentProblem, parseContentFile, validateCollection } from '../validation/validate.ts';
import type { Decision } from '../schemas/decision.ts';
import type { Governance } from '../schemas/governance.ts';
import { parseGovernance } from '../site/governance-file.ts';
import { siteConfigSchema } from '../schemas/site.ts';
import { projectRepositories, SITE_CONFIG_PATH } from '../site/config.ts';
import { readCommandLine, UsageError } from './command-line.ts';
import { todayUtc } from './roster-edits.ts';

/**
 * `npm run decision:new -- <rule> <subject> --at <URL>`: the file of a vote that has just
 * opened under a rule of content/governance.yaml, content/decisions/<opened>-<rule>-<subject>.md,
 * with no vote yet. It is checked
 * with the collection's schema and the checks against the roster and content/site.yaml
 * before anything is written, as `npm run check` would check it.
 */

export interface NewDecision {
  /** The id of the rule of content/governance.yaml the vote is held under. */
  rule: string;
  subject: string;
  heldAt: string;
  /** YYYY-MM-DD; today (UTC) when not given. */
  opened?: string;
}

export const NEW_DECISION_USAGE = `usage: npm run decision:new -- <rule> <subject> --at <issue or pull request URL> [--opened YYYY-MM-DD]
  rule: the id of a rule of content/governance.yaml (under rules:)
  subject: the GitHub handle of the person joining or leaving, or what changes (in quotes when it has spaces)`;

/** The vote asked for on the command line of `npm run decision:new --`; a UsageError otherwise. */
export function parseNewDecisionArgs(argv: readonly string[]): NewDecision {
  const { positionals, values } = readCommandLine(argv, ['at', 'opened'], NEW_DECISION_USAGE);
  const [rule, subject, ...rest] = positionals;
  if (!rule || !subject) throw new UsageError(`${rule ? 'the subject is missing' : 'the rule and the subject are missing'}\n${NEW_DECISION_USAGE}`);
  if (rest.length > 0)
    throw new UsageError(`one subject at a time (got ${[subject, ...rest].join(', ')}); put a subject with spaces in quotes\n${NEW_DECISION_USAGE}`);
  if (!values.at) throw new UsageError(`--at is missing: the URL of the issue or pull request where the vote is held\n${NEW_DECISION_USAGE}`);
  const input: NewDecision = { rule, subject, heldAt: values.at };
  if (values.opened !== undefined) input.opened = values.opened;
  return input;
}

/** The file's name: the day it opened, the rule and the subject, in lower case and hyphens. */
export function decisionId(input: Pick<NewDecision, 'rule' | 'subject'>, opened: string): string {
  const words = input.subject
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return [opened, input.rule, words].filter(Boolean).join('-');
}

/** The motion to edit: the rule's name and the subject ("Add a committer: @alice."). */
function motion(input: NewDecision, governance: Governance | undefined): string {
  const rule = governance?.rules.find((r) => r.id === input.rule);
  const subject = rule && rule.subject !== 'text' ? `@${input.subject}` : input.subject;
  return rule ? `${rule.name}: ${subject}.` : `${subject}.`;
}

/** The text of the file of an open vote: frontmatter in the schema's order, then the motion to edit. */
export function newDecisionText(input: NewDecision, opened: string, governance?: Governance): string {
  const fields = { rule: input.rule, subject: input.subject, opened, heldAt: input.heldAt, votes: {} };
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${motion(input, governance)}\n`;
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
  const governance = parseGovernance(root);
  if (!governance.governance) return { problems: governance.problems };
  const text = newDecisionText(input, opened, governance.governance);
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
    governance: governance.governance,
  });
  return problems.length > 0 ? { problems } : { file, text, problems: [] };
}

/** Writes the planned file (creating content/decisions/ if a fork has none yet). */
export function writeDecision(root: string, plan: { file: string; text: string }): void {
  mkdirSync(dirname(join(root, plan.file)), { recursive: true });
  writeFileSync(join(root, plan.file), plan.text);
}
