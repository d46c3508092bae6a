import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfigSchema, type SiteConfig } from '../schemas/site.ts';
import { formatProblem, parseContentFile } from '../validation/validate.ts';

export const SITE_CONFIG_PATH = 'content/site.yaml';

/** Loads and validates `content/site.yaml` under the project root; throws every problem with its line. */
export function loadSiteConfig(root: string): SiteConfig {
  const { entry, problems } = parseContentFile(SITE_CONFIG_PATH, readFileSync(join(root, SITE_CONFIG_PATH), 'utf8'), {
    format: 'yaml',
    schema: siteConfigSchema,
  });
  if (!entry) throw new Error(problems.map(formatProblem).join('\n'));
  return entry.data;
}

/** The path part of the site URL, always with a leading and trailing slash ("/community/"). */
export function basePath(site: Pick<SiteConfig, 'url'>): string {
  const path = new URL(site.url).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

/** Prefixes a site-absolute route ("/maintainers/") with the base path. */
export function withBase(base: string, route: string): string {
  if (!route.startsWith('/')) throw new Error(`withBase expects a route starting with "/", got "${route}"`);
  return `${base.replace(/\/$/, '')}${route}`;
}

/** A route of the site ("/maintainers/", with any #fragment) as the absolute URL to share or to link from outside the site. */
export function absoluteUrl(siteUrl: string, route: string): string {
  if (!route.startsWith('/')) throw new Error(`absoluteUrl expects a route starting with "/", got "${route}"`);
  return new URL(route.slice(1), siteUrl).href;
}

/** A folder of the repository on GitHub, e.g. content/maintainers, where its files are listed. */
export function folderUrl(site: Pick<SiteConfig, 'repository' | 'branch'>, repoPath: string): string {
  return `${site.repository}/tree/${site.branch}/${repoPath}`;
}

/** A file of the repository on GitHub, as it reads on the published branch. */
export function fileUrl(site: Pick<SiteConfig, 'repository' | 'branch'>, repoPath: string): string {
  return `${site.repository}/blob/${site.branch}/${repoPath}`;
}

/** Link to a file in the repository on GitHub, for the "Edit this page" action. */
export function editUrl(site: Pick<SiteConfig, 'repository' | 'branch'>, repoPath: string): string {
  return `${site.repository}/edit/${site.branch}/${repoPath}`;
}

/**
 * GitHub's web editor on a new file of the repository, filled with `value`: a contributor
 * without a clone proposes the file by pull request from there.
 */
export function newFileUrl(site: Pick<SiteConfig, 'repository' | 'branch'>, folder: string, fileName: string, value: string): string {
  return `${site.repository}/new/${site.branch}/${folder}?filename=${encodeURIComponent(fileName)}&value=${encodeURIComponent(value)}`;
}

/** Every repository of the project: the site's own first, then the others content/site.yaml names. */
export function projectRepositories(site: Pick<SiteConfig, 'repository' | 'repositories'>): string[] {
  return [site.repository, ...site.repositories.filter((r) => r !== site.repository)];
}
