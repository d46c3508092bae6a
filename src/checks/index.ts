import type { CheckResult, ProjectCheck } from './project-check.ts';

/**
 * Every check over the whole project, in one list, run by `runChecks`, which collects
 * every problem before anything is reported (`npm run check`, scripts/check.ts). The
 * rules each content file must pass are listed in src/rules/index.ts; the first check
 * here runs them.
 */

// Loaded when run, so `npm run check` starts on the content at once; the modules the later checks need load while the build runs.
const load = () => import('./project-checks.ts');

/** Over the whole project, in the order they run (a later one may skip while an earlier one has problems). */
export const projectChecks: readonly ProjectCheck[] = [
  // every content file matches its collection's schema and the rules of src/rules/index.ts, with file and line
  // (content.ts alone: the other checks' modules load while the build runs)
  { name: 'content', run: async (root) => (await import('./content.ts')).checkAllContent(root) },
  // the whole site builds, and every internal link and #fragment leads somewhere
  { name: 'build and links', alongside: true, run: async (root, earlier) => (await load()).buildAndLinks(root, earlier) },
  // MAINTAINERS.md, CONTRIBUTING.md and GOVERNANCE.md are what content/ gives (npm run generate rewrites them)
  { name: 'generated files', run: async (root) => (await load()).generatedFilesUpToDate(root) },
  // no time of day typed in content/'s prose disagrees with the next twelve months of the series its sentence, section or page names
  { name: 'time lint', run: async (root) => (await load()).typedTimesAgreeWithMeetings(root) },
];

/** Runs every project check in order (an `alongside` one beside those after it) and collects all their problems, in the list's order. */
export async function runChecks(root: string, checks: readonly ProjectCheck[] = projectChecks): Promise<(CheckResult & { name: string })[]> {
  const results: ((CheckResult & { name: string }) | undefined)[] = checks.map(() => undefined);
  const alongside: Promise<void>[] = [];
  for (const [i, check] of checks.entries()) {
    const earlier = results.slice(0, i).filter((r) => r !== undefined);
    const run = check.run(root, earlier).then((r) => void (results[i] = { name: check.name, ...r }));
    if (!check.alongside) await run;
    else {
      // Its failure is reported once all are done, not as an unhandled rejection meanwhile.
      run.catch(() => undefined);
      alongside.push(run);
    }
  }
  await Promise.all(alongside);
  return results.filter((r) => r !== undefined);
}
