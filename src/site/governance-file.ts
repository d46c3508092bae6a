import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { governanceSchema, type Governance } from '../schemas/governance.ts';
import { formatProblem, parseContentFile, type ContentProblem } from '../validation/validate.ts';

/** The project's roles and vote rules, stated once. */
export const GOVERNANCE_PATH = 'content/governance.yaml';

const MISSING = `${GOVERNANCE_PATH}:1: missing; write the roster's roles (and the charter's vote rules, if it has any), e.g.\n  roles:\n    - id: maintainer\n      singular: Maintainer\n      plural: Maintainers\n  rules: []`;

/** content/governance.yaml under `root`, validated, or every problem with its line. */
export function parseGovernance(root: string): { governance: Governance | undefined; problems: ContentProblem[] } {
  const file = join(root, GOVERNANCE_PATH);
  if (!existsSync(file))
    return { governance: undefined, problems: [{ file: GOVERNANCE_PATH, line: 1, message: MISSING.slice(`${GOVERNANCE_PATH}:1: `.length) }] };
  const { entry, problems } = parseContentFile(GOVERNANCE_PATH, readFileSync(file, 'utf8'), { format: 'yaml', schema: governanceSchema });
  return { governance: entry?.data, problems };
}

/** Loads content/governance.yaml under the project root; throws every problem with its line. */
export function loadGovernance(root: string): Governance {
  const { governance, problems } = parseGovernance(root);
  if (!governance) throw new Error(problems.map(formatProblem).join('\n'));
  return governance;
}
