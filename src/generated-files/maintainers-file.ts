import { docsCollection, maintainersCollection } from '../collections/registry.ts';
import { type ContentProblem, validateCollection } from '../validation/validate.ts';
import { maintainersMarkdown, MAINTAINERS_FILE } from '../roster/roster.ts';
import { absoluteUrl, loadSiteConfig } from '../site/config.ts';
import { ROSTER_PAGE } from '../site/nav.ts';
import { loadGovernanceDocs } from '../site/governance-docs.ts';
import { parseGovernance } from '../site/governance-file.ts';

/**
 * What MAINTAINERS.md must contain for the maintainer files under `root`, or the
 * problems that stop it from being generated. `npm run generate`
 * writes it (src/generated-files/files.ts); a test compares it with the committed file.
 */
export function expectedMaintainersFile(root: string): { path: string; text?: string; problems: ContentProblem[] } {
  const { entries, problems } = validateCollection(root, maintainersCollection);
  const governance = parseGovernance(root);
  if (problems.length > 0 || !governance.governance) return { path: MAINTAINERS_FILE, problems: [...governance.problems, ...problems] };
  const site = loadSiteConfig(root);
  const text = maintainersMarkdown(
    entries.map((e) => e.data),
    governance.governance,
    {
      project: site.project,
      rosterPageUrl: absoluteUrl(site.url, ROSTER_PAGE.route),
      dataDir: maintainersCollection.dir,
      charterPath: loadGovernanceDocs(root, docsCollection.dir).charter.file,
    },
  );
  return { path: MAINTAINERS_FILE, text, problems };
}
