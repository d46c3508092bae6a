import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ContentProblem, MAX_CONTENT_BYTES } from '../content/validate.ts';
import { exportedComponents, MDX_COMPONENTS_MODULE, mdxSafetyProblems } from '../markdown/mdx-safety.ts';
import { SITE_ICON_PATH } from '../site/site-icon.ts';
import { svgProblems } from '../site/svg-safety.ts';

/** Checks over the files of content/ as files (what they are, what they may run), listed in src/checks/index.ts. */

/** Every path under content/, sorted, without following symbolic links, each with whether it is one. */
export interface ContentFile {
  path: string;
  symbolicLink: boolean;
}

export type ContentFileRule = (root: string, files: readonly ContentFile[]) => ContentProblem[];

export const CONTENT_DIR = 'content';

export function listContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const path = `${rel}/${name}`;
      const stats = lstatSync(join(root, path));
      if (stats.isDirectory()) walk(path);
      else files.push({ path, symbolicLink: stats.isSymbolicLink() });
    }
  };
  if (!existsSync(join(root, CONTENT_DIR))) return files;
  // The folder itself a link would publish whatever it points to, as a whole.
  if (lstatSync(join(root, CONTENT_DIR)).isSymbolicLink()) return [{ path: CONTENT_DIR, symbolicLink: true }];
  walk(CONTENT_DIR);
  return files;
}

/** A link in content/ publishes whatever it points to, inside the repository or not. */
export const noSymbolicLinks: ContentFileRule = (_root, files) =>
  files
    .filter((f) => f.symbolicLink)
    .map((f) => ({ file: f.path, message: 'is a symbolic link, which the site does not follow; replace the link by the file itself' }));

/** An .mdx file imports only the site's components and runs no code (src/markdown/mdx-safety.ts). */
export const mdxRunsNoCode: ContentFileRule = (root, files) => {
  // A file over the size limit is refused before it is read (src/content/validate.ts).
  const mdx = files.filter((f) => !f.symbolicLink && f.path.endsWith('.mdx') && lstatSync(join(root, f.path)).size <= MAX_CONTENT_BYTES);
  if (mdx.length === 0) return [];
  const components = exportedComponents(readFileSync(join(root, MDX_COMPONENTS_MODULE), 'utf8'));
  return mdx.flatMap((f) =>
    mdxSafetyProblems(f.path, readFileSync(join(root, f.path), 'utf8'), { componentsModule: MDX_COMPONENTS_MODULE, components }).map((p) => ({
      file: f.path,
      ...p,
    })),
  );
};

/** content/favicon.svg, served as it is from the site's address, has no script, handler or outside reference. */
export const siteIconRunsNoCode: ContentFileRule = (root, files) =>
  files.some((f) => f.path === SITE_ICON_PATH && !f.symbolicLink)
    ? svgProblems(readFileSync(join(root, SITE_ICON_PATH), 'utf8')).map((p) => ({ file: SITE_ICON_PATH, ...p }))
    : [];
