import type { ContentProblem } from '../validation/validate.ts';
import type { DocFrontmatter } from '../schemas/doc.ts';
import { historyRoutePrefixes } from '../history/routes.ts';
import { docRoute } from '../site/repo-links.ts';
import type { CollectionRule } from './rule.ts';

/** Checks across the files of content/docs/, listed in src/rules/index.ts. */

/** Two doc files never claim one page (`security.md` and `security.mdx`, `runtime.md` and `runtime/index.md`). */
export const oneFilePerDocRoute: CollectionRule<DocFrontmatter> = (entries) => {
  const problems: ContentProblem[] = [];
  const firstById = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) {
    const first = firstById.get(entry.id);
    if (!first) {
      firstById.set(entry.id, entry);
      continue;
    }
    problems.push({
      file: entry.file,
      message: `is served at ${docRoute(entry.id)}, as ${first.file} is already; rename or remove one of the two files`,
    });
  }
  return problems;
};

/** No doc is served where the charter's history is (/governance/history/…, /governance/versions/…). */
export const docsAvoidHistoryRoutes: CollectionRule<DocFrontmatter> = (entries) =>
  entries.flatMap((entry) => {
    const route = docRoute(entry.id);
    const taken = historyRoutePrefixes().find((prefix) => route.startsWith(prefix));
    return taken ? [{ file: entry.file, message: `is served at ${route}, where the charter's history is (${taken}); rename or move the file` }] : [];
  });
