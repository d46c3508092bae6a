import { docsCollection, maintainersCollection } from '../schemas/collections.ts';
import { type ContentProblem, validateCollection } from './content-validation.ts';
import { maintainersMarkdown, MAINTAINERS_FILE } from './roster.ts';
import { loadSiteConfig } from './site-config.ts';

/**
 * What MAINTAINERS.md must contain for the maintainer files under `root`, or the
 * problems that stop it from being generated. `npm run generate`
 * writes it (src/lib/generated-files.ts); a test compares it with the committed file.
 */
export function expectedMaintainersFile(root: string): { path: string; text?: string; problems: ContentProblem[] } {
  const { entries, problems } = validateCollection(root, maintainersCollection);
  if (problems.length > 0) return { path: MAINTAINERS_FILE, problems };
  const site = loadSiteConfig(root);
  const text = maintainersMarkdown(
    entries.map((e) => e.data),
    {
      project: site.project,
      rosterPageUrl: new URL('maintainers/', site.url).href,
      dataDir: maintainersCollection.dir,
      charterPath: `${docsCollection.dir}/governance.mdx`,
    },
  );
  return { path: MAINTAINERS_FILE, text, problems };
}
