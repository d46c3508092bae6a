import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { decisionsCollection, maintainersCollection } from '../collections/registry.ts';
import { type ContentProblem, parseContentFile, validateCollection } from '../validation/validate.ts';
import type { VoteChoice } from '../schemas/decision.ts';
import type { VoteRule } from '../schemas/governance.ts';
import { bodyOn, defaultRoleOf, groupBodyOn, groupOfRule } from '../roster/roles.ts';
import { parseGovernance } from '../site/governance-file.ts';
import { ruleSpecOf } from '../decisions/vote-rule.ts';
import { countUnderCharter, GitVoteCommentError, gitVoteDifferences, parseGitVoteClosed } from '../decisions/gitvote-result.ts';
import { readCommandLine, UsageError } from './command-line.ts';
import { decisionId } from './decision-edits.ts';

/**
 * `npm run decision:import -- <comment.md> --rule <rule> --subject <subject> --at <URL> --opened <day> --closed <day>`:
 * GitVote's "Vote closed" comment, saved from the issue, becomes the decision's file: every binding vote,
 * the days it opened and closed, the issue, and the outcome the charter's rule gives for the body of the
 * closing day. Every place where GitVote's verdict and the charter's differ is reported, one line each.
 */

export interface ImportInput {
  commentFile: string;
  rule: string;
  subject: string;
  heldAt: string;
  opened: string;
  closed: string;
}

export const IMPORT_USAGE = `usage: npm run decision:import -- <comment.md> --rule <rule> --subject <subject> --at <issue URL> --opened YYYY-MM-DD --closed YYYY-MM-DD
  comment.md: GitVote's "Vote closed" comment, saved from the issue as Markdown
  rule: the vote rule the vote was held under (the GitVote profile's name)
  subject: the maintainer's GitHub handle (an @handle in it is enough), or what changes`;

export function parseImportArgs(argv: readonly string[]): ImportInput {
  const { positionals, values } = readCommandLine(argv, ['rule', 'subject', 'at', 'opened', 'closed'], IMPORT_USAGE);
  if (positionals.length !== 1)
    throw new UsageError(`${positionals.length === 0 ? 'the comment file is missing' : 'one comment file at a time'}\n${IMPORT_USAGE}`);
  const missing = (['rule', 'subject', 'at', 'opened', 'closed'] as const).filter((k) => !values[k]);
  if (missing.length > 0) throw new UsageError(`${missing.map((k) => `--${k}`).join(', ')} missing\n${IMPORT_USAGE}`);
  return { commentFile: positionals[0]!, rule: values.rule!, subject: values.subject!, heldAt: values.at!, opened: values.opened!, closed: values.closed! };
}

/** The subject as the decision records it: for a person joining or leaving, the @handle an issue title names. */
function subjectOf(rule: VoteRule, subject: string): string {
  if (rule.subject === 'text') return subject.trim();
  return /@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/.exec(subject)?.[1] ?? subject.trim();
}

export type PlannedImport = { file: string; text: string; differences: string[]; problems: [] } | { file?: undefined; problems: ContentProblem[] };

/** The decision's file from the comment's text, checked against the decisions' schema, and GitVote's differences from the charter. */
export function planImport(root: string, input: ImportInput, commentText: string): PlannedImport {
  const source = input.commentFile;
  let result;
  try {
    result = parseGitVoteClosed(commentText);
  } catch (error) {
    if (error instanceof GitVoteCommentError) return { problems: [{ file: source, message: error.message }] };
    throw error;
  }
  const roster = validateCollection(root, maintainersCollection);
  if (roster.problems.length > 0) return { problems: roster.problems };
  const { governance, problems } = parseGovernance(root);
  if (!governance) return { problems };
  const rule = governance.rules.find((r) => r.id === input.rule);
  if (!rule)
    return {
      problems: [
        {
          file: source,
          message: `--rule ${input.rule}: no such vote rule in content/governance.yaml; write one of ${governance.rules.map((r) => r.id).join(', ') || '(none: the file has no rules)'}`,
        },
      ],
    };
  const group = groupOfRule(rule, governance);
  const body = group
    ? { members: groupBodyOn(group, input.closed), undatedFormer: [] }
    : bodyOn(
        roster.entries.map((e) => e.data),
        rule.body!,
        input.closed,
        defaultRoleOf(governance).id,
      );
  const subject = subjectOf(rule, input.subject);
  const spec = ruleSpecOf(
    rule,
    body.members.map((m) => m.handle),
  );
  const charter = countUnderCharter(result, spec, input.closed, subject, body.undatedFormer.length);

  const votes: Record<string, VoteChoice> = Object.fromEntries(result.binding.map((b) => [b.user, b.vote]));
  const fields: Record<string, unknown> = {
    rule: rule.id,
    subject,
    opened: input.opened,
    closed: input.closed,
    heldAt: input.heldAt,
    votes,
    outcome: charter.passed ? 'approved' : 'rejected',
  };
  const verdict = `GitVote's closing comment: the vote ${result.passed ? 'passed' : 'did not pass'} with ${result.inFavour} in favour, ${result.against} against, ${result.abstain} abstaining and ${result.notVoted} not voting (passing threshold ${result.passThreshold}%).`;
  const text = `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${rule.name}: ${subject}.\n\n${verdict}\n`;

  const id = decisionId({ rule: rule.id, subject }, input.opened);
  const file = `${decisionsCollection.dir}/${id}.md`;
  if (existsSync(join(root, file))) return { problems: [{ file, message: 'already exists; nothing was written. Compare it with the comment by hand' }] };
  const parsed = parseContentFile(file, text, decisionsCollection);
  if (!parsed.entry) return { problems: parsed.problems };
  return { file, text, differences: gitVoteDifferences(result, charter), problems: [] };
}

/** Reads the comment file named on the command line (absolute, or relative to `root`), then plans. */
export function planImportFromFile(root: string, input: ImportInput): PlannedImport {
  const path = resolve(root, input.commentFile);
  if (!existsSync(path))
    return { problems: [{ file: input.commentFile, message: 'does not exist; save GitVote\'s "Vote closed" comment as Markdown and name that file' }] };
  return planImport(root, input, readFileSync(path, 'utf8'));
}
