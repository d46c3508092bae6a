import { existsSync, readdirSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { slug } from 'github-slugger';
import { trackedFiles } from '../git/tracked-files.ts';
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
  /** The site's own repository (content/site.yaml), whose files a link that is no page leads to on GitHub. */
  repository: string;
  /** Its branch, in those addresses. */
  branch: string;
  /**
   * Where the build's markdown plugin puts each link it cannot place, for the built site's
   * link check to report with its own, so one build names every broken link of every file;
   * without it (meeting records rendered on their own) the plugin stops the compile.
   */
  unplaced?: UnplacedLink[];
}

/** A link of a doc that leads to nothing: the file and line it is written at, and why. */
export interface UnplacedLink {
  file: string;
  line: number | undefined;
  href: string;
  message: string;
}

export type ResolvedLink = { kind: 'unchanged' } | { kind: 'rewritten'; href: string } | { kind: 'error'; message: string };

/**
 * The roster's file, as the site writes it at the repository root from content/maintainers/
 * (src/roster/roster.ts), and the roster page that stands for it. A doc of that name at the top of
 * the docs (Kubeflow and Helm copy theirs in) is no page either: the roster page stands for it, and
 * links to it lead there.
 */
export const ROSTER_FILE = 'MAINTAINERS.md';
export const ROSTER_ROUTE = '/maintainers/';

/** Whether a path inside the docs folder is the roster's file, which the roster page stands for. */
export function isRosterDoc(pathInDocs: string): boolean {
  return pathInDocs === ROSTER_FILE;
}

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

/** Every doc file under `docsDir` (repository-relative paths, in path order), at any depth; not the roster's file (isRosterDoc). */
export function listDocFiles(root: string, docsDir: string): string[] {
  const files: string[] = [];
  const top = docsDir.replace(/\/$/, '');
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
      else if (DOC_FILE.test(name) && path !== `${top}/${ROSTER_FILE}`) files.push(path);
    }
  };
  walk(top);
  return files;
}

/**
 * Where a link written in a doc leads on the site, read as GitHub reads it:
 * relative to the doc (`./CONTRIBUTING.md`, `../../MAINTAINERS.md`), from the repository
 * root (`/proposals/001-onboarding.md`), or as a full URL of a file of this site's own
 * repository and branch (`https://github.com/<org>/<repo>/blob/main/x.md`).
 * A doc (or a folder of docs, or a file of repositoryFileRoutes) becomes its page; any other
 * file of the repository becomes its address on GitHub; a link to nothing is an error naming
 * the nearest file that exists, written as the link would have to be.
 * A link from the root (`/x.md`) is looked up at the repository root, then, when nothing is
 * there, in the docs folder: docs copied with their folders from another repository's root
 * keep their root links. A relative link is looked up beside its doc only, as GitHub does:
 * a doc copied into content/docs/ that links a file left at the repository root is refused
 * with the path that reaches it, rather than quietly pointing where GitHub shows a dead link.
 */
export function resolveRepoLink(href: string, fromFile: string, opts: RepoLinkOptions): ResolvedLink {
  if (href === '') return { kind: 'unchanged' };
  if (href.startsWith('#')) return href === pageFragment(href) ? { kind: 'unchanged' } : { kind: 'rewritten', href: pageFragment(href) };
  if (hasSchemeOrHost(href)) {
    const inRepository = ownRepositoryPath(href, opts);
    if (inRepository === undefined) return { kind: 'unchanged' };
    const { target, fragment } = splitFragment(inRepository);
    // A file the site has a page for leads there; any other stays on GitHub, where it was written to lead.
    const route = routeForRepoFile(target, opts);
    return route ? { kind: 'rewritten', href: withBase(opts.base, route) + pageFragment(fragment) } : { kind: 'unchanged' };
  }
  if (href.startsWith('/')) {
    const { target, fragment } = splitFragment(href.slice(1));
    const path = posix.normalize(decodeURIComponent(target) || '.');
    if (isRepositoryPath(path, opts)) return placeRepoFile(href, path, fragment, fromFile, opts);
    // Docs copied with their folders from another repository's root: that root is now the docs folder.
    const inDocs = posix.join(opts.docsDir.replace(/\/$/, ''), path);
    if (isRepositoryPath(inDocs, opts)) return placeRepoFile(href, inDocs, fragment, fromFile, opts);
    // A site link (`/community/meetings/`) names no repository file: the built site's link check judges it.
    // (With the base "/", a link naming a file, `/people.yml`, is still a repository path.)
    if (href.startsWith(opts.base) && (opts.base !== '/' || !/\.[A-Za-z0-9]+$/.test(path))) return { kind: 'unchanged' };
    return placeRepoFile(href, path, fragment, fromFile, opts);
  }
  const { target, fragment } = repoTarget(href, fromFile);
  if (target.startsWith('..')) {
    return { kind: 'error', message: `link "${href}" points outside the repository; link to a file in the repository or to a full https:// URL` };
  }
  return placeRepoFile(href, target, fragment, fromFile, opts);
}

/** A repository path's page, else its address on GitHub, else the error naming what is nearest. */
function placeRepoFile(href: string, target: string, fragment: string, fromFile: string, opts: RepoLinkOptions): ResolvedLink {
  const route = routeForRepoFile(target, opts);
  if (route) return { kind: 'rewritten', href: withBase(opts.base, route) + pageFragment(fragment) };
  const path = target.replace(/\/$/, '');
  const files = trackedFiles(opts.root);
  if (files.has(path)) return { kind: 'rewritten', href: gitHubAddress(opts, 'blob', path) + fragment };
  if (isTrackedFolder(path, files)) return { kind: 'rewritten', href: gitHubAddress(opts, 'tree', path) + fragment };
  const nearest = nearestFile(path, files);
  const fix =
    nearest === undefined
      ? '; no file of the repository has a name near it: link to a file that exists, or remove the link'
      : `; the nearest file is "${nearest}": write "${linkTo(nearest, fromFile, href)}"`;
  return { kind: 'error', message: `link "${href}" leads to "${path}", which is not a file of the repository${fix}` };
}

/** The #fragment as the page's ids have it: GitHub's heading ids are lowercase, and GitHub finds `#Heading-Name` case-insensitively. */
function pageFragment(fragment: string): string {
  return fragment.toLowerCase();
}

function splitFragment(href: string): { target: string; fragment: string } {
  const hashAt = href.indexOf('#');
  return hashAt === -1 ? { target: href, fragment: '' } : { target: href.slice(0, hashAt), fragment: href.slice(hashAt) };
}

/** `https://github.com/<org>/<repo>/blob|tree/<branch>/<path>[#x]` of the site's repository and branch → `<path>[#x]`. */
function ownRepositoryPath(href: string, opts: RepoLinkOptions): string | undefined {
  if (!opts.repository || !opts.branch) return undefined;
  const prefix = opts.repository.replace(/\/$/, '').toLowerCase();
  for (const kind of ['blob', 'tree']) {
    const start = `${prefix}/${kind}/${opts.branch.toLowerCase()}/`;
    if (href.toLowerCase().startsWith(start)) {
      const { target, fragment } = splitFragment(href.slice(start.length).replace(/\?[^#]*/, ''));
      return posix.normalize(decodeURIComponent(target)) + fragment;
    }
  }
  return undefined;
}

function gitHubAddress(opts: RepoLinkOptions, kind: 'blob' | 'tree', path: string): string {
  return `${opts.repository.replace(/\/$/, '')}/${kind}/${opts.branch}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

function isRepositoryPath(path: string, opts: RepoLinkOptions): boolean {
  const files = trackedFiles(opts.root);
  const bare = path.replace(/\/$/, '');
  return files.has(bare) || isTrackedFolder(bare, files) || opts.fileRoutes[bare] !== undefined;
}

function isTrackedFolder(path: string, files: ReadonlySet<string>): boolean {
  if (path === '.' || path === '') return false;
  for (const file of files) if (file.startsWith(`${path}/`)) return true;
  return false;
}

/**
 * The tracked file nearest `path` (a Markdown file for a Markdown link), when one is near enough to be what was meant: fewest
 * edits to its name first (a file is most often mistyped or left in another folder), then
 * to its whole path.
 */
export function nearestFile(path: string, files: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestScore: [number, number, number] = [1, Infinity, Infinity];
  const lower = path.toLowerCase();
  const name = posix.basename(lower);
  const stem = (file: string) => posix.parse(file).name;
  // A link to a Markdown file means a Markdown file: not the source file of the same name.
  const sameKind = DOC_FILE.test(path) ? (file: string) => DOC_FILE.test(file) : () => true;
  for (const file of files) {
    if (!sameKind(file)) continue;
    const fileName = posix.basename(file.toLowerCase());
    // The same name but for its extension first (`./MAINTAINERS` for MAINTAINERS.md), then the fewest edits.
    const score: [number, number, number] = [stem(fileName) === stem(name) ? 0 : 1, distance(name, fileName), distance(lower, file.toLowerCase())];
    if (
      best === undefined ||
      score[0] < bestScore[0] ||
      (score[0] === bestScore[0] &&
        (score[1] < bestScore[1] || (score[1] === bestScore[1] && (score[2] < bestScore[2] || (score[2] === bestScore[2] && file < best)))))
    ) {
      best = file;
      bestScore = score;
    }
  }
  return bestScore[0] === 0 || bestScore[1] <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}

/** `file` written as the link was: from the repository root when it started with "/", else relative to the doc. */
function linkTo(file: string, fromFile: string, href: string): string {
  if (href.startsWith('/')) return `/${file}`;
  const rel = posix.relative(posix.dirname(fromFile), file);
  return rel.startsWith('.') ? rel : `./${rel}`;
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
  // A file under a folder or name starting with "." is never built (.github's issue templates): a file of the repository, no page.
  if (inDocs.split('/').some((segment) => segment.startsWith('.')) || isRosterDoc(inDocs)) return undefined;
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
  if (target === `${docsDir}/${ROSTER_FILE}` && existsSync(posix.join(opts.root, target))) return ROSTER_ROUTE;
  if (!target.startsWith(`${docsDir}/`)) return undefined;
  const inDocs = target.slice(docsDir.length + 1).replace(/\/$/, '');
  const onDisk = posix.join(opts.root, target);
  if (inDocs !== '' && existsSync(onDisk) && statSync(onDisk).isDirectory() && listDocFiles(opts.root, target.replace(/\/$/, '')).length > 0) {
    return docRoute(docId(`${inDocs}/index.md`));
  }
  return undefined;
}
