import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { governanceSchema, type Governance, type ProjectGovernance, type VotingGroup } from '../schemas/governance.ts';
import { groupSchema } from '../schemas/group.ts';
import { formatProblem, parseContentFile, type ContentEntry, type ContentProblem } from '../validation/validate.ts';

/** The project's roles and vote rules, stated once. */
export const GOVERNANCE_PATH = 'content/governance.yaml';

const MISSING = `${GOVERNANCE_PATH}:1: missing; write the roster's roles (and the charter's vote rules, if it has any), e.g.\n  roles:\n    - id: maintainer\n      singular: Maintainer\n      plural: Maintainers\n  rules: []`;

/** Where a rule's group is (src/collections/registry.ts's groups collection): content/groups/<id>.yaml. */
export const GROUPS_DIR = 'content/groups';

/**
 * content/governance.yaml under `root`, validated, with the groups its rules name as bodies, or
 * every problem with its line. A group a rule names whose file is missing or has problems gives
 * no governance and one problem that says so; `npm run check` reports instead what
 * src/rules/governance-rules.ts says of it (`fileProblems`: the file's own problems only), and the
 * groups collection the group file's problems.
 */
export function parseGovernance(root: string): {
  governance: ProjectGovernance | undefined;
  entry: Pick<ContentEntry<Governance>, 'file' | 'data' | 'lineOf'> | undefined;
  problems: ContentProblem[];
  fileProblems: ContentProblem[];
} {
  const file = join(root, GOVERNANCE_PATH);
  if (!existsSync(file)) {
    const problems = [{ file: GOVERNANCE_PATH, line: 1, message: MISSING.slice(`${GOVERNANCE_PATH}:1: `.length) }];
    return { governance: undefined, entry: undefined, problems, fileProblems: problems };
  }
  const { entry, problems } = parseContentFile(GOVERNANCE_PATH, readFileSync(file, 'utf8'), { format: 'yaml', schema: governanceSchema });
  if (!entry) return { governance: undefined, entry: undefined, problems, fileProblems: problems };
  const groups: VotingGroup[] = [];
  const unread: ContentProblem[] = [];
  entry.data.rules.forEach((rule, i) => {
    if (rule.group === undefined || groups.some((g) => g.id === rule.group)) return;
    const group = votingGroup(root, rule.group);
    if (group) groups.push(group);
    else
      unread.push({
        file: GOVERNANCE_PATH,
        line: entry.lineOf(['rules', i, 'group']),
        message: `rules.${i}.group: ${GROUPS_DIR}/${rule.group}.yaml is missing or has problems; run npm run check to see what to write`,
      });
  });
  const governance = unread.length === 0 ? { ...entry.data, groups } : undefined;
  return { governance, entry, problems: [...problems, ...unread], fileProblems: problems };
}

function votingGroup(root: string, id: string): VotingGroup | undefined {
  const path = `${GROUPS_DIR}/${id}.yaml`;
  if (!existsSync(join(root, path))) return undefined;
  const { entry } = parseContentFile(path, readFileSync(join(root, path), 'utf8'), { format: 'yaml', schema: groupSchema });
  return entry ? { id, name: entry.data.name, leads: entry.data.leads, members: entry.data.members } : undefined;
}

/** Loads content/governance.yaml under the project root, with the groups its rules name; throws every problem with its line. */
export function loadGovernance(root: string): ProjectGovernance {
  const { governance, problems } = parseGovernance(root);
  if (!governance) throw new Error(problems.map(formatProblem).join('\n'));
  return governance;
}
