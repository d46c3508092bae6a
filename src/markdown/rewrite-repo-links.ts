import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { hasSchemeOrHost } from '../site/hrefs.ts';
import { resolveRepoLink, type RepoLinkOptions, type UnplacedLink } from '../site/repo-links.ts';

/**
 * Mdast plugin: rewrites repository-relative links in docs (`../../MAINTAINERS.md`,
 * `./code-of-conduct.mdx#x`) to site routes, keeping the #fragment, and stops the
 * build on a link it cannot place, naming the file and line of every such link at once
 * (or hands them to the built site's link check, `opts.unplaced`, to be named with its own).
 */
/**
 * The build's list of unplaced links, shared by name with the page code (src/data/meetings.ts
 * renders meeting records in the bundle Astro builds, another module graph than the config's):
 * astro.config.mjs starts it, the link check reports it.
 */
const BUILD_LINK_LOG = Symbol.for('governance-site:unplaced-links');

export function startBuildLinkLog(): UnplacedLink[] {
  const log: UnplacedLink[] = [];
  (globalThis as Record<symbol, unknown>)[BUILD_LINK_LOG] = log;
  return log;
}

/** The list astro.config.mjs started in this process, if any (none in tests that render on their own: they stop on a broken link). */
export function buildLinkLog(): UnplacedLink[] | undefined {
  return (globalThis as Record<symbol, unknown>)[BUILD_LINK_LOG] as UnplacedLink[] | undefined;
}

export function repoLinks(opts: RepoLinkOptions): MdastPluginEntry {
  return ({ fileURL }) => {
    const fromFile = fileURL ? relative(opts.root, fileURLToPath(fileURL)).split('\\').join('/') : '(unknown file)';
    const errors: string[] = [];
    const place = (node: { url: string; position?: { start: { line: number } } | undefined }, setUrl: (href: string) => void) => {
      const result = resolveRepoLink(node.url, fromFile, opts);
      if (result.kind === 'rewritten') setUrl(result.href);
      if (result.kind !== 'error') return;
      const line = node.position?.start.line;
      if (opts.unplaced) opts.unplaced.push({ file: fromFile, line, href: node.url, message: result.message });
      else errors.push(`${fromFile}:${line ?? '?'}: ${result.message}`);
    };
    return {
      name: 'repo-links',
      // Line numbers for the error messages.
      options: { position: true },
      link(node, ctx) {
        place(node, (href) => ctx.setProperty(node, 'url', href));
      },
      definition(node, ctx) {
        place(node, (href) => ctx.setProperty(node, 'url', href));
      },
      after() {
        if (errors.length > 0) throw new Error(`Broken link${errors.length > 1 ? 's' : ''} in ${fromFile}:\n${errors.join('\n')}`);
      },
    };
  };
}

/**
 * Hast plugin, after the allow-list: an `<a href>` written as HTML in a .md file, which GitHub
 * reads relative to the file like a Markdown link (`<a href="CONTRIBUTING.md">`), placed the same
 * way. Only a relative href is one: every link the Markdown plugin placed is absolute by then.
 */
export function repoHtmlLinks(opts: RepoLinkOptions): HastPluginEntry {
  return ({ fileURL, sourceFormat, source }) => {
    if (sourceFormat !== 'markdown') return undefined;
    const fromFile = fileURL ? relative(opts.root, fileURLToPath(fileURL)).split('\\').join('/') : '(unknown file)';
    const errors: string[] = [];
    return {
      name: 'repo-html-links',
      element: {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties?.href;
          if (typeof href !== 'string' || href === '' || href.startsWith('/') || href.startsWith('#') || hasSchemeOrHost(href)) return;
          const result = resolveRepoLink(href, fromFile, opts);
          if (result.kind === 'rewritten') ctx.setProperty(node, 'href', result.href);
          if (result.kind !== 'error') return;
          // A Markdown link the plugin above could not place is still relative here: it is named once, by that plugin.
          if (opts.unplaced?.some((u) => u.file === fromFile && u.href === href)) return;
          // The tree of raw HTML has no positions left after the allow-list: the line of the href as written.
          const at = source.indexOf(href);
          const line = at < 0 ? undefined : source.slice(0, at).split('\n').length;
          if (opts.unplaced) opts.unplaced.push({ file: fromFile, line, href, message: result.message });
          else errors.push(`${fromFile}:${line ?? '?'}: ${result.message}`);
        },
      },
      after() {
        if (errors.length > 0) throw new Error(`Broken link${errors.length > 1 ? 's' : ''} in ${fromFile}:\n${errors.join('\n')}`);
      },
    };
  };
}
