import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { withBase } from './config.ts';
import { hasSchemeOrHost } from './hrefs.ts';

/**
 * The charter links to files by their repository path (`./MAINTAINERS.md`,
 * `./code-of-conduct.mdx`) so it reads right on GitHub. On the site each such
 * link must lead to the page that stands for the file instead.
 */
export interface RepoLinkOptions {
  /** Absolute path of the repository root on disk. */
  root: string;
  /** Repository-relative folder whose `*.mdx` files are the docs collection. */
  docsDir: string;
  /** Repository files that are not docs, each with the site route that stands for it. */
  fileRoutes: Record<string, string>;
  /** Base path of the site, "/" or "/community/". */
  base: string;
}

export type ResolvedLink =
  | { kind: 'unchanged' }
  | { kind: 'rewritten'; href: string }
  | { kind: 'error'; message: string };

/** Route of a doc file: `content/docs/code-of-conduct.mdx` → `/code-of-conduct/`. */
export function docRoute(docId: string): string {
  return docId === 'index' ? '/' : `/${docId}/`;
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
  const why = exists
    ? `"${target}" is not a page of this site`
    : `"${target}" does not exist`;
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

/** The id of the doc a repository file is (content/docs/charter.mdx → charter), when it is a doc that exists. */
export function docIdOfFile(target: string, opts: Pick<RepoLinkOptions, 'root' | 'docsDir'>): string | undefined {
  const docsPrefix = `${opts.docsDir.replace(/\/$/, '')}/`;
  const match = /^(.*)\.mdx?$/.exec(target);
  return match && target.startsWith(docsPrefix) && existsSync(posix.join(opts.root, target)) ? match[1]!.slice(docsPrefix.length) : undefined;
}

function routeForRepoFile(target: string, opts: RepoLinkOptions): string | undefined {
  const mapped = opts.fileRoutes[target];
  if (mapped) return mapped;
  const doc = docIdOfFile(target, opts);
  return doc === undefined ? undefined : docRoute(doc);
}

function knownTargets(opts: RepoLinkOptions): string[] {
  return [...Object.keys(opts.fileRoutes), `${opts.docsDir}/*.mdx`];
}

