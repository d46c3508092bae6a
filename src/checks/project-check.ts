import type { ContentProblem } from '../validation/validate.ts';

/** One check over the whole project and what it found: index.ts lists them, project-checks.ts holds most of them. */

export interface CheckResult {
  problems: ContentProblem[];
  /** Why the check did not run, when it did not. */
  skipped?: string;
  /** Lines worth a reader's eye that are no problem (fields read past as another tool's). */
  notices?: string[];
  /** The content check's: whether the pages can be built past every problem it found (src/checks/content.ts). */
  pagesBuildPast?: boolean;
}

export interface ProjectCheck {
  name: string;
  /**
   * Runs while the checks listed after it run, which then do not see its result: the build, a
   * child process, beside the file checks, so `npm run check` takes little longer than the build.
   */
  alongside?: boolean;
  run(root: string, earlier: readonly (CheckResult & { name: string })[]): Promise<CheckResult>;
}
