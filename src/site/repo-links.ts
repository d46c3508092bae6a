import { existsSync, readdirSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { slug } from 'github-slugger';
import { withBase } from './config.ts';
import { hasSchemeOrHost } from './hrefs.ts';

/**
 * Docs link to files by their repository path, relative to the doc
 * (`../../MAINTAINERS.md`, `./code-of-conduct.mdx`, `../policies/security.md#reporting`),
 * so they read right on GitHub. On the site each such link must lead to the page
 * that stands for the file instead.
 */
export interface RepoLinkOptions {
  /** Absolute path of the repository root on disk. */
  root: string;
  /** Repository-relative folder whose `*.md` and `*.mdx` files, at any depth, are the docs collection. */
  docsDir: string;
  /** Repository files that are not docs, each with the site route that stands for it. */
  fileRoutes: Record<string, string>;
  /** Base path of the site, "/" or "/community/". */
  base: string;
}

export type ResolvedLink = { kind: 'unchanged' } | { kind: 'rewritten'; href: string } | { kind: 'error'; message: string };

/** The file names that are docs: Markdown and MDX, with the same frontmatter and links. */
export const DOC_FILE = /\.mdx?$/i;

/** The slugged file names that are their folder's own page. */
const FOLDER_PAGE_NAMES = ['index', 'readme'];

/**
 * The id of a doc from its path inside the docs folder, as Astro's glob loader is
 * told to give it (src/content.config.ts): the path without its extension, each
 * folder and name slugged as GitHub slugs a heading, and a folder's `index` or `README`
 * standing for the folder, as GitHub shows a folder's README.md below its files.
 * `working-groups/Runtime.md` → `working-groups/runtime`, `working-groups/index.md` and
 * `working-groups/README.md` → `working-groups`, `index.mdx` → `index`. A README.md at the
 * top of the docs stays the page `readme`: the site's home page is src/pages/index.astro.
 */
export function docId(pathInDocs: string): string {
  const segments = pathInDocs
    .replace(DOC_FILE, '')
    .split('/')
    .map((segment) => slug(segment));
  if (segments.length > 1 && FOLDER_PAGE_NAMES.includes(segments.at(-1)!)) segments.pop();
  return segments.join('/');
}

/** Route of a doc from its id: `code-of-conduct` → `/code-of-conduct/`, `working-groups/runtime` → `/working-groups/runtime/`. */
export function docRoute(docId: string): string {
  return docId === 'index' ? '/' : `/${docId}/`;
}

/** The file of the doc with this id (`governance` → content/docs/governance.mdx, or .md), or undefined. */
export function findDocFile(root: string, docsDir: string, id: string): string | undefined {
  const dir = docsDir.replace(/\/$/, '');
  return listDocFiles(root, dir).find((file) => docId(file.slice(dir.length + 1)) === id);
}

/** Every doc file under `docsDir` (repository-relative paths, in path order), at any depth. */
export function listDocFiles(root: string, docsDir: string): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(posix.join(root, rel)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = `${rel}/${name}`;
      if (statSync(posix.join(root, path)).isDirectory()) walk(path);
      else if (DOC_FILE.test(name)) files.push(path);
    }
  };
  walk(docsDir.replace(/\/$/, ''));
  return files;
}

export function resolveRepoLink(href: string, fromFile: string, opts: RepoLinkOptions): ResolvedLink {
  if (href === '' || href.startsWith('#') || href.startsWith('/') || hasSchemeOrHost(href)) {
    return { kind: 'unchanged' };
  }
  const { target, fragment } = repoTarget(href, fromFile);
  if (target.startsWith('..')) {
    return { kind: 'error', message: `link "${href}" points outside the repository; link to a file in the repository or to a full https:// URL` };
  }

  const route = routeForRepoFile(target, opts);
  if (route) return { kind: 'rewritten', href: withBase(opts.base, route) + fragment };

  const known = knownTargets(opts);
  const exists = existsSync(posix.join(opts.root, target));
  const why = exists ? `"${target}" is not a page of this site` : `"${target}" does not exist`;
  return {
    kind: 'error',
    message: `link "${href}" cannot be turned into a site link: ${why}; link to one of ${known.join(', ')}, or add "${target}" to repositoryFileRoutes in content/site.yaml`,
  };
}

/** The repository path a relative link written in `fromFile` leads to ('..' first when it leaves the repository), and its #fragment. */
export function repoTarget(href: string, fromFile: string): { target: string; fragment: string } {
  const hashAt = href.indexOf('#');
  const pathPart = hashAt === -1 ? href : href.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : href.slice(hashAt);
  return { target: posix.normalize(posix.join(posix.dirname(fromFile), decodeURIComponent(pathPart))), fragment };
}

/** The id of the doc a repository file is (content/docs/working-groups/runtime.md → working-groups/runtime), when it is a doc that exists. */
export function docIdOfFile(target: string, opts: Pick<RepoLinkOptions, 'root' | 'docsDir'>): string | undefined {
  const docsDir = opts.docsDir.replace(/\/$/, '');
  if (!target.startsWith(`${docsDir}/`)) return undefined;
  const inDocs = target.slice(docsDir.length + 1);
  const onDisk = posix.join(opts.root, target);
  return DOC_FILE.test(inDocs) && existsSync(onDisk) && statSync(onDisk).isFile() ? docId(inDocs) : undefined;
}

/**
 * The site route of a repository file: a mapped file, a doc at any depth, or a folder
 * of docs (`./working-groups/`, whose page lists its docs), or undefined.
 */
function routeForRepoFile(target: string, opts: Pick<RepoLinkOptions, 'root' | 'docsDir' | 'fileRoutes'>): string | undefined {
  const mapped = opts.fileRoutes[target];
  if (mapped) return mapped;
  const doc = docIdOfFile(target, opts);
  if (doc !== undefined) return docRoute(doc);
  const docsDir = opts.docsDir.replace(/\/$/, '');
  if (!target.startsWith(`${docsDir}/`)) return undefined;
  const inDocs = target.slice(docsDir.length + 1).replace(/\/$/, '');
  const onDisk = posix.join(opts.root, target);
  if (inDocs !== '' && existsSync(onDisk) && statSync(onDisk).isDirectory() && listDocFiles(opts.root, target.replace(/\/$/, '')).length > 0) {
    return docRoute(docId(`${inDocs}/index.md`));
  }
  return undefined;
}

function knownTargets(opts: RepoLinkOptions): string[] {
  return [...Object.keys(opts.fileRoutes), `${opts.docsDir.replace(/\/$/, '')}/**/*.md or .mdx`];
}
