import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDay } from '../meetings/clock.ts';
import type { Decision } from '../schemas/decision.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { siteConfigSchema } from '../schemas/site.ts';
import { projectRepositories, SITE_CONFIG_PATH } from '../site/config.ts';
import { GOVERNANCE_PATH, parseGovernance } from '../site/governance-file.ts';
import { contentCollections, decisionsCollection, maintainersCollection } from '../collections/registry.ts';
import { decisionProblems, type DecisionContext } from '../rules/decision-rules.ts';
import { listContentFiles } from '../rules/content-files.ts';
import { contentFileRules, decisionRosterRules } from '../rules/index.ts';
import { type ContentEntry, type ContentProblem, ignoredFieldsNotice, parseContentFile, validateCollection } from '../validation/validate.ts';

/** Every problem in every collection under `root`, in file order, then the decisions against the roster of their day. */
export function validateAllContent(root: string, today: string = buildDay()): ContentProblem[] {
  return checkAllContent(root, today).problems;
}

/** validateAllContent's problems, and the notice of the fields it read past as other tools' (or none). */
export function checkAllContent(root: string, today: string = buildDay()): { problems: ContentProblem[]; notices: string[] } {
  const results = new Map(contentCollections.map((spec) => [spec.name, validateCollection(root, spec)]));
  const notice = ignoredFieldsNotice([...results.values()].flatMap((r) => r.ignored));
  return { problems: contentProblems(root, today, results), notices: notice ? [notice] : [] };
}

function contentProblems(root: string, today: string, results: Map<string, ReturnType<typeof validateCollection>>): ContentProblem[] {
  const contentFiles = listContentFiles(root);
  const fileProblems = contentFileRules.flatMap((rule) => rule(root, contentFiles));
  const { [decisionsCollection.name]: decisions, ...others } = Object.fromEntries(results);
  const governance = parseGovernance(root);
  const roster = results.get(maintainersCollection.name)!;
  // The roles are the roster's: a copy with nobody on its roster (a test's, a docs-only project) needs no content/governance.yaml.
  const governanceProblems = existsSync(join(root, GOVERNANCE_PATH)) || roster.entries.length > 0 ? governance.problems : [];
  const problems = [...fileProblems, ...governanceProblems, ...Object.values(others).flatMap((r) => r!.problems)];
  // A broken maintainer file would make its votes look cast by nobody, and a broken content/governance.yaml gives no rule: fix those first.
  if (!decisions || roster.problems.length > 0 || !governance.governance || decisions.entries.length === 0)
    return [...problems, ...(decisions?.problems ?? [])];
  const context: DecisionContext = {
    governance: governance.governance,
    roster: roster.entries as ContentEntry<Maintainer>[],
    repositories: siteRepositories(root),
    today,
    rosterDir: maintainersCollection.dir,
  };
  const found = decisionProblems(decisionRosterRules, decisions.entries as ContentEntry<Decision>[], context);
  // Each decision file's problems together, its own fields first: the order a maintainer fixes them in.
  const files = [...new Set([...decisions.problems, ...found].map((p) => p.file))].sort();
  return [...problems, ...files.flatMap((f) => [...decisions.problems, ...found].filter((p) => p.file === f))];
}

/** The project's repositories from content/site.yaml, or undefined when it has problems (reported where it is loaded). */
function siteRepositories(root: string): string[] | undefined {
  try {
    const { entry } = parseContentFile(SITE_CONFIG_PATH, readFileSync(join(root, SITE_CONFIG_PATH), 'utf8'), { format: 'yaml', schema: siteConfigSchema });
    return entry ? projectRepositories(entry.data) : undefined;
  } catch {
    return undefined;
  }
}
