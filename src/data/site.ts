import { docsCollection } from '../collections/registry.ts';
import { basePath, loadSiteConfig, withBase } from '../site/config.ts';
import { loadGovernanceDocs } from '../site/governance-docs.ts';
import { loadGovernance } from '../site/governance-file.ts';

/** The project root on disk, the site config and its base path: read once, shared by every page. */
// Builds, checks and tests all run from the project root (npm scripts cd there);
// import.meta.url would point into the bundled output instead.
export const projectRoot = process.cwd();
export const site = loadSiteConfig(projectRoot);
export const base = basePath(site);
/** The charter, the contributing guide and the code of conduct, as content/site.yaml names them (each checked to exist). */
export const governance = loadGovernanceDocs(projectRoot, docsCollection.dir);

/** A site route ("/maintainers/") as a link that works under the base path. */
export const href = (route: string): string => withBase(base, route);
/** content/governance.yaml: the roles of the roster and the vote rules, read once. */
export const governanceData = loadGovernance(projectRoot);
