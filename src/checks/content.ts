import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { buildDay } from '../meetings/clock.ts';
import type { Decision } from '../schemas/decision.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { siteConfigSchema } from '../schemas/site.ts';
import { projectRepositories, SITE_CONFIG_PATH } from '../site/config.ts';
import { DOC_FILE } from '../site/repo-links.ts';
import { GOVERNANCE_PATH, parseGovernance } from '../site/governance-file.ts';
import { contentCollections, decisionsCollection, docsCollection, groupsCollection, maintainersCollection } from '../collections/registry.ts';
import { decisionProblems, type DecisionContext } from '../rules/decision-rules.ts';
import { listContentFiles } from '../rules/content-files.ts';
import { rosterDocNotice } from '../rules/doc-rules.ts';
import { contentFileRules, decisionRosterRules, governanceRules, rulesThePagesAreBuiltPast } from '../rules/index.ts';
import { type ContentEntry, type ContentProblem, ignoredFieldsNotice, parseContentFile, validateCollection } from '../validation/validate.ts';

/** Every problem in every collection under `root`, in file order, then the decisions against the roster of their day. */
export function validateAllContent(root: string, today: string = buildDay()): ContentProblem[] {
  return checkAllContent(root, today).problems;
}

/**
 * validateAllContent's problems, the notice of the fields it read past as other tools' (or none), and
 * whether the pages can be built past every problem (an image from a host not allowed, a doc's field:
 * rulesThePagesAreBuiltPast, docFieldProblems), so `npm run check` still builds them and names their broken links in the same run.
 */
export function checkAllContent(root: string, today: string = buildDay()): { problems: ContentProblem[]; notices: string[]; pagesBuildPast: boolean } {
  const results = new Map(contentCollections.map((spec) => [spec.name, validateCollection(root, spec)]));
  const notice = ignoredFieldsNotice([...results.values()].flatMap((r) => r.ignored));
  const past = new Set<ContentProblem>();
  const problems = contentProblems(root, today, results, past);
  const notices = [notice, rosterDocNotice(root)].filter((n) => n !== undefined);
  return { problems, notices, pagesBuildPast: problems.every((p) => past.has(p)) };
}

/**
 * The problems of a doc's fields (`titel`, a title that is a list): under `npm run check` its page is built as
 * from a file without frontmatter (src/content.config.ts), so its links are checked too. A problem of the
 * frontmatter's text (YAML that does not parse, a frontmatter not closed) stops the pages: Astro cannot read it.
 */
function docFieldProblems(root: string, docs: ReturnType<typeof validateCollection>): ContentProblem[] {
  const readable = new Map<string, boolean>();
  const anyFields = { ...docsCollection, schema: z.unknown() };
  const isReadable = (file: string) => {
    if (!readable.has(file)) {
      try {
        readable.set(file, parseContentFile(file, readFileSync(join(root, file), 'utf8'), anyFields).problems.length === 0);
      } catch {
        readable.set(file, false);
      }
    }
    return readable.get(file)!;
  };
  const files = new Set(docs.entries.map((e) => e.file));
  // A file with no entry failed its schema; a problem of a file that has one is a rule across the docs, which stops the pages.
  return docs.problems.filter((p) => !files.has(p.file) && p.file.startsWith(`${docsCollection.dir}/`) && DOC_FILE.test(p.file) && isReadable(p.file));
}

function contentProblems(
  root: string,
  today: string,
  results: Map<string, ReturnType<typeof validateCollection>>,
  past: Set<ContentProblem>,
): ContentProblem[] {
  const contentFiles = listContentFiles(root);
  const fileProblems = contentFileRules.flatMap((rule) => {
    const found = rule(root, contentFiles);
    if (rulesThePagesAreBuiltPast.includes(rule)) for (const p of found) past.add(p);
    return found;
  });
  for (const p of docFieldProblems(root, results.get(docsCollection.name)!)) past.add(p);
  const { [decisionsCollection.name]: decisions, ...others } = Object.fromEntries(results);
  const governance = parseGovernance(root);
  const roster = results.get(maintainersCollection.name)!;
  // The roles are the roster's: a copy with nobody on its roster (a test's, a docs-only project) needs no content/governance.yaml.
  const governanceProblems =
    existsSync(join(root, GOVERNANCE_PATH)) || roster.entries.length > 0
      ? [...governance.fileProblems, ...(governance.entry ? governanceRules.flatMap((rule) => rule(governance.entry!, groupTargets(root))) : [])]
      : [];
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

/** The groups a vote rule may name: every file of content/groups/, read or not. */
function groupTargets(root: string) {
  const dir = join(root, groupsCollection.dir);
  const groupIds = existsSync(dir)
    ? readdirSync(dir)
        .flatMap((name) => (name.endsWith('.yaml') ? [name.slice(0, -'.yaml'.length)] : []))
        .sort()
    : [];
  return { groupIds, groupsDir: groupsCollection.dir };
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
