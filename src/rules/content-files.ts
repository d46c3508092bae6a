import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { type ContentProblem, MAX_CONTENT_BYTES } from '../validation/validate.ts';
import { externalImageProblem, imagePathProblem, imageReferences, imageTarget, imageTooLarge, isImageFile, MAX_IMAGE_BYTES } from '../markdown/image-paths.ts';
import { loadSiteConfig } from '../site/config.ts';
import { ROSTER_FILE } from '../site/repo-links.ts';
import { exportedComponents, MDX_COMPONENTS_MODULE, mdxSafetyProblems } from '../markdown/mdx-safety.ts';
import { MAX_SITE_ICON_BYTES, SITE_ICON_PATH, siteIconTooLarge } from '../site/site-icon.ts';
import { svgProblems } from '../site/svg-safety.ts';

/** Checks over the files of content/ as files (what they are, what they may run), listed in src/rules/index.ts. */

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
  // A file over the size limit is refused before it is read (src/validation/validate.ts).
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
  files.some((f) => f.path === SITE_ICON_PATH && !f.symbolicLink) && lstatSync(join(root, SITE_ICON_PATH)).size <= MAX_SITE_ICON_BYTES
    ? svgProblems(readFileSync(join(root, SITE_ICON_PATH), 'utf8')).map((p) => ({ file: SITE_ICON_PATH, ...p }))
    : [];

/** content/favicon.svg, sent with every first visit, stays small. */
export const siteIconIsSmall: ContentFileRule = (root, files) => {
  if (!files.some((f) => f.path === SITE_ICON_PATH && !f.symbolicLink)) return [];
  const size = lstatSync(join(root, SITE_ICON_PATH)).size;
  return size > MAX_SITE_ICON_BYTES ? [{ file: SITE_ICON_PATH, message: siteIconTooLarge(size) }] : [];
};

/**
 * Every image of a Markdown or MDX file of content/ (docs, meeting records, decisions) is a
 * file the repository tracks, reached without a symbolic link: Astro copies an image given by
 * a relative path into the site, wherever that path leads.
 */
export const imagesAreRepositoryFiles: ContentFileRule = (root, files) => {
  let tracked: Set<string> | undefined | null = null;
  const fileAt = (path: string) => {
    let at = root;
    for (const segment of path.split('/')) {
      at = join(at, segment);
      if (!existsSync(at) && !isLink(at)) return 'missing';
      if (isLink(at)) return 'symbolic link';
    }
    if (tracked === null) tracked = trackedFiles(root);
    if (tracked === undefined) return lstatSync(at).isFile() ? 'tracked' : 'untracked';
    return tracked.has(path) ? 'tracked' : 'untracked';
  };
  return imagesOf(root, files).flatMap(({ file, line, src }) => {
    const message = imagePathProblem(src, file, fileAt);
    if (message) return [{ file, line, message }];
    const target = imageTarget(src, file);
    // Served from the site's own address, an SVG's script would run as the site's (read whole up to the size the site serves: imagesAreSmall refuses more).
    if (target === undefined || !target.toLowerCase().endsWith('.svg') || lstatSync(join(root, target)).size > MAX_IMAGE_BYTES) return [];
    // Each problem once: a diagram holds the same element on one line many times.
    const messages = new Set(
      svgProblems(readFileSync(join(root, target), 'utf8'), { diagram: true }).map((p) => `image "${src}" (${target}, line ${p.line}): ${p.message}`),
    );
    return [...messages].map((message) => ({ file, line, message }));
  });
};

/** Every repository image a page shows is at most MAX_IMAGE_BYTES: the site serves it to every reader of the page. */
export const imagesAreSmall: ContentFileRule = (root, files) =>
  imagesOf(root, files).flatMap(({ file, line, src }) => {
    const target = imageTarget(src, file);
    if (target === undefined || !isImageFile(target)) return [];
    let size: number;
    try {
      const stat = lstatSync(join(root, target));
      if (!stat.isFile()) return [];
      size = stat.size;
    } catch {
      // A missing image is imagesAreRepositoryFiles' to name.
      return [];
    }
    return size > MAX_IMAGE_BYTES ? [{ file, line, message: imageTooLarge(src, target, size) }] : [];
  });

/** Every image given by its address is served by a host content/site.yaml lists under imageHosts, which the Content-Security-Policy allows. */
export const externalImagesFromAllowedHosts: ContentFileRule = (root, files) => {
  let imageHosts: readonly string[] = [];
  try {
    imageHosts = loadSiteConfig(root).imageHosts;
  } catch {
    // content/site.yaml's own problems are reported by its check; until it loads, no host is allowed.
  }
  return imagesOf(root, files).flatMap(({ file, line, src }) => {
    const message = externalImageProblem(src, imageHosts);
    return message ? [{ file, line, message }] : [];
  });
};

/** The images of the readable Markdown and MDX files of content/, each with its file and line. */
function imagesOf(root: string, files: readonly ContentFile[]): { file: string; line: number; src: string }[] {
  // Read once for the rules of one check that ask (each file parsed once, not once per rule).
  const known = imagesRead.get(files);
  if (known?.root === root) return known.images;
  // The roster's file copied in with the docs is no page (rosterDocNotice): nobody sees its images.
  const readable = files.filter(
    (f) =>
      !f.symbolicLink && /\.mdx?$/.test(f.path) && f.path !== `${CONTENT_DIR}/docs/${ROSTER_FILE}` && lstatSync(join(root, f.path)).size <= MAX_CONTENT_BYTES,
  );
  const images = readable.flatMap((f) =>
    imageReferences(readFileSync(join(root, f.path), 'utf8'), f.path.endsWith('.mdx')).map((i) => ({ file: f.path, ...i })),
  );
  imagesRead.set(files, { root, images });
  return images;
}
const imagesRead = new WeakMap<readonly ContentFile[], { root: string; images: { file: string; line: number; src: string }[] }>();

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The files git tracks at `root`, when `root` is the top of a repository (else undefined: outside one, every file there counts). */
function trackedFiles(root: string): Set<string> | undefined {
  const git = (args: string[]) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 }).toString();
  try {
    if (realpathSync(git(['rev-parse', '--show-toplevel']).trim()) !== realpathSync(root)) return undefined;
    return new Set(git(['ls-files', '-z']).split('\0').filter(Boolean));
  } catch {
    return undefined;
  }
}
