import { docsCollection, maintainersCollection } from './collections.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { type ContentProblem, formatProblem, validateCollection } from '../content/validate.ts';
import { describeThreshold, maintainersMarkdown, MAINTAINERS_FILE, thresholdFor, THRESHOLDS_ROUTE } from '../roster/roster.ts';
import { absoluteUrl, loadSiteConfig } from '../site/config.ts';
import { ROSTER_PAGE } from '../site/nav.ts';
import { CHARTER_DOC_ID } from '../roster/charter.ts';
import { findDocFile } from '../site/repo-links.ts';
import { markdownUrl } from '../markdown/inline-text.ts';

/**
 * What MAINTAINERS.md must contain for the maintainer files under `root`, or the
 * problems that stop it from being generated. `npm run generate`
 * writes it (src/checks/generated-files.ts); a test compares it with the committed file.
 */
export function expectedMaintainersFile(root: string): { path: string; text?: string; problems: ContentProblem[] } {
  const { entries, problems } = validateCollection(root, maintainersCollection);
  if (problems.length > 0) return { path: MAINTAINERS_FILE, problems };
  const site = loadSiteConfig(root);
  const text = maintainersMarkdown(
    entries.map((e) => e.data),
    {
      project: site.project,
      rosterPageUrl: absoluteUrl(site.url, ROSTER_PAGE.route),
      dataDir: maintainersCollection.dir,
      charterPath: findDocFile(root, docsCollection.dir, CHARTER_DOC_ID) ?? `${docsCollection.dir}/${CHARTER_DOC_ID}.mdx`,
    },
  );
  return { path: MAINTAINERS_FILE, text, problems };
}

/** The roster under `root`; its problems, all of them, as one error. */
function rosterAt(root: string): Maintainer[] {
  const { entries, problems } = validateCollection(root, maintainersCollection);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('; '));
  return entries.map((e) => e.data);
}

/**
 * `<VoteThreshold rule="…" />` as Markdown for a generated file on GitHub
 * (CONTRIBUTING.md): the same words as the component on the site, linking to
 * the roster page's thresholds.
 */
export function voteThresholdMarkdown(root: string, rule: string | undefined): string {
  const threshold = thresholdFor(rule ?? '', rosterAt(root));
  const url = absoluteUrl(loadSiteConfig(root).url, THRESHOLDS_ROUTE);
  return `(today: [${describeThreshold(threshold)}](${markdownUrl(url)}))`;
}
