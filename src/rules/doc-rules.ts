import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type ContentProblem, parseContentFile } from '../validation/validate.ts';
import { siteConfigSchema } from '../schemas/site.ts';
import { SITE_CONFIG_PATH } from '../site/config.ts';
import { governanceDocs, siteNamedDocProblems } from '../site/governance-docs.ts';
import type { DocFrontmatter } from '../schemas/doc.ts';
import { historyRoutePrefixes } from '../history/routes.ts';
import { DOC_FILE, docId, docRoute, isRosterDoc, ROSTER_FILE, ROSTER_ROUTE } from '../site/repo-links.ts';
import { CONTENT_DIR, type ContentFileRule } from './content-files.ts';
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

/** The history's routes under the charter content/site.yaml names; none while the file has problems (reported where it is loaded). */
function charterHistoryPrefixes(root: string): string[] {
  try {
    const { entry } = parseContentFile(SITE_CONFIG_PATH, readFileSync(join(root, SITE_CONFIG_PATH), 'utf8'), { format: 'yaml', schema: siteConfigSchema });
    return entry ? historyRoutePrefixes(governanceDocs(entry.data, DOCS_DIR).charter.route) : [];
  } catch {
    return [];
  }
}

/** No doc is served where the charter's history is (/governance/history/…, /governance/versions/… for a charter served at /governance/). */
export const docsAvoidHistoryRoutes: CollectionRule<DocFrontmatter> = (entries, root) => {
  const prefixes = charterHistoryPrefixes(root);
  return entries.flatMap((entry) => {
    const route = docRoute(entry.id);
    const taken = prefixes.find((prefix) => route.startsWith(prefix));
    return taken ? [{ file: entry.file, message: `is served at ${route}, where the charter's history is (${taken}); rename or move the file` }] : [];
  });
};

/** Where the docs are (the docs collection's folder, src/collections/registry.ts). */
const DOCS_DIR = `${CONTENT_DIR}/docs`;

/** The folder of the site's own pages (Astro's), relative to the project root. */
export const SITE_PAGES_DIR = 'src/pages';

/**
 * The site's own pages, read from their files, each as the routes it serves (a pattern:
 * `maintainers/index.astro` serves /maintainers/, `meetings/[id]/[date].astro` every
 * /meetings/x/y/) and its file, pages of fixed name first. The docs' own route file and the
 * home page (which shows the index doc) are left out.
 */
export function sitePageRoutes(root: string): { pattern: RegExp; file: string }[] {
  const pages: { pattern: RegExp; file: string; dynamic: boolean }[] = [];
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(join(root, rel)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = `${rel}/${name}`;
      if (statSync(join(root, path)).isDirectory()) {
        walk(path);
        continue;
      }
      const segments = path
        .slice(SITE_PAGES_DIR.length + 1)
        .replace(/\.(astro|ts|js|md|mdx)$/, '')
        .split('/');
      if (segments.at(-1) === 'index') segments.pop();
      if (segments.length === 0 || segments[0]!.startsWith('[...')) continue;
      // A rest parameter matches no segment too: groups/[...group].astro serves /groups/ as well.
      const pattern = segments.map((s) => (REST_SEGMENT.test(s) ? '(?:/.+)?' : `/${segmentPattern(s)}`)).join('');
      pages.push({ pattern: new RegExp(`^${pattern}/$`), file: path, dynamic: segments.some((s) => s.includes('[')) });
    }
  };
  walk(SITE_PAGES_DIR);
  return [...pages.filter((p) => !p.dynamic), ...pages.filter((p) => p.dynamic)].map(({ pattern, file }) => ({ pattern, file }));
}

const REST_SEGMENT = /^\[\.\.\.[^\]]+\]$/;

/** A route segment of a page file as a pattern (a rest parameter is the caller's): `[id]` one segment, the rest as written. */
function segmentPattern(segment: string): string {
  return segment
    .split(/(\[[^\]]+\])/)
    .map((part) => (part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
}

/** No doc, nor the page of a folder of docs, is served where one of the site's own pages is (/maintainers/, /search/, /404/, …). */
export const docsAvoidSitePages: ContentFileRule = (root, files) => {
  const docs = files.filter(
    (f) => !f.symbolicLink && f.path.startsWith(`${DOCS_DIR}/`) && DOC_FILE.test(f.path) && !isRosterDoc(f.path.slice(DOCS_DIR.length + 1)),
  );
  if (docs.length === 0) return [];
  const pages = sitePageRoutes(root);
  const history = charterHistoryPrefixes(root);
  const pageAt = (route: string) => pages.find((p) => p.pattern.test(route));
  return docs.flatMap((f) => {
    const id = docId(f.path.slice(DOCS_DIR.length + 1));
    const route = docRoute(id);
    // The charter's history has its own rule (docsAvoidHistoryRoutes), and its own message.
    if (history.some((prefix) => route.startsWith(prefix))) return [];
    const own = id === 'index' ? undefined : pageAt(route);
    if (own) return [{ file: f.path, message: `is served at ${route}, where the site's own page is (${own.file}); rename or move the file` }];
    const segments = id.split('/');
    for (let depth = 1; depth < segments.length; depth++) {
      const folderRoute = docRoute(segments.slice(0, depth).join('/'));
      const page = pageAt(folderRoute);
      if (page) {
        return [
          {
            file: f.path,
            message: `is in a folder whose page is served at ${folderRoute}, where the site's own page is (${page.file}); rename or move the folder`,
          },
        ];
      }
    }
    return [];
  });
};

/**
 * The notice for the roster's file copied in with the docs (content/docs/MAINTAINERS.md, as Kubeflow's
 * and Helm's): no page, the roster page stands for it, and the site reads the roster's data instead.
 */
export function rosterDocNotice(root: string): string | undefined {
  const file = `${DOCS_DIR}/${ROSTER_FILE}`;
  try {
    if (!lstatSync(join(root, file)).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return `notice: ${file} is not served as a page: the roster page at ${ROSTER_ROUTE} stands for it, and links to it lead there; the site reads the roster from ${CONTENT_DIR}/maintainers/, so delete ${file} once the roster there is complete`;
}

/** The charter, contributing guide and code of conduct content/site.yaml names are docs that exist, so a copied file keeps its own name. */
export const siteNamesExistingDocs: ContentFileRule = (root) => {
  try {
    return siteNamedDocProblems(root, DOCS_DIR);
  } catch {
    // No content/site.yaml to read: the site's config is reported where it is loaded.
    return [];
  }
};
