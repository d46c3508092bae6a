import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks, lineMentioning, readBuiltPages, type LinkProblem } from './links.ts';
import { docId, listDocFiles, type UnplacedLink } from '../site/repo-links.ts';

interface LinkCheckOptions {
  root: string;
  base: string;
  docsDir: string;
  /** The docs' links the markdown plugin could not place (src/markdown/rewrite-repo-links.ts), reported here with the built pages'. */
  unplaced?: readonly UnplacedLink[];
}

/**
 * Fails the build when any doc links to nothing, or any built page links to a page, file or
 * #fragment that does not exist: every such link of every file at once, each at the file a
 * maintainer edits to fix it (a page template's link to a heading a doc lacks is a problem
 * of the content, named at the doc).
 */
export function linkCheck(opts: LinkCheckOptions): AstroIntegration {
  return {
    name: 'governance-site:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pages, files } = readBuiltPages(fileURLToPath(dir), opts.base);
        const unplaced = opts.unplaced ?? [];
        // A link the plugin could not place is still on its page as written: it is named once, at its line.
        const unplacedHrefs = new Set(unplaced.map((u) => u.href));
        const problems = checkLinks(pages, files, opts.base).filter((p) => !unplacedHrefs.has(p.href) && !unplacedHrefs.has(safeDecode(p.href)));
        if (problems.length === 0 && unplaced.length === 0) {
          logger.info(`checked the links of ${pages.length} pages: all lead somewhere`);
          return;
        }
        const docFiles = new Map(listDocFiles(opts.root, opts.docsDir).map((file) => [docId(file.slice(opts.docsDir.length + 1)), file]));
        const lines = [...unplacedLines(unplaced), ...problems.map((p) => describeProblem(opts, docFiles, p))];
        const count = lines.length;
        throw new Error(`Broken link${count > 1 ? 's' : ''} (${count}):\n${lines.join('\n')}`);
      },
    },
  };
}

/**
 * The links the Markdown plugin could not place, by file and line, each once: a .md doc is
 * compiled more than once in a build, and each compilation logs its links again (containerd's
 * README.md:32 was named twice by npm run build, once by npm run check).
 */
export function unplacedLines(unplaced: readonly UnplacedLink[]): string[] {
  const sorted = [...unplaced].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  return [...new Set(sorted.map((u) => `${u.file}:${u.line ?? 1}: ${u.message}`))];
}

function describeProblem(opts: LinkCheckOptions, docFiles: Map<string, string>, p: LinkProblem): string {
  const source = sourceOfPage(opts, docFiles, p.page);
  if (source?.startsWith('src/')) {
    const content = contentToBlame(opts, docFiles, p, `the page ${p.page} (${source})`);
    if (content) return content;
  }
  const line = source ? lineMentioning(readFileSync(join(opts.root, source), 'utf8'), p.href) : undefined;
  const where = source ? `${source}${line ? `:${line}` : ''}` : p.page;
  return `${where}: link "${p.href}" on page ${p.page} ${p.message}`;
}

/**
 * The doc a page template's broken link is about, when the fix is in content: the doc whose
 * page lacks the #fragment. A page template's link elsewhere (a route, an asset) stays the
 * template's problem (a doc the site names, the code of conduct, is checked as content).
 */
function contentToBlame(opts: LinkCheckOptions, docFiles: Map<string, string>, p: LinkProblem, linkingPage: string): string | undefined {
  let url: URL;
  try {
    url = new URL(p.href, `http://site.invalid${p.page}`);
  } catch {
    return undefined;
  }
  const path = safeDecode(url.pathname);
  if (!path.startsWith(opts.base)) return undefined;
  const slug = path.slice(opts.base.length).replace(/\/$/, '') || 'index';
  const doc = docFiles.get(slug);
  if (doc && url.hash) {
    const fragment = safeDecode(url.hash.slice(1));
    const advice = p.message.slice(p.message.indexOf(`id "${fragment}"`) + `id "${fragment}"`.length);
    return `${doc}: has no heading with the id "${fragment}", which ${linkingPage} links to${advice}`;
  }
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function templateFor(root: string, slug: string): string | undefined {
  return [`src/pages/${slug}.astro`, `src/pages/${slug}/index.astro`].find((c) => existsSync(join(root, c)));
}

/** The file a maintainer would edit to fix a link on the page at `path`: its doc (by id) or its page template. */
function sourceOfPage(opts: { root: string; base: string }, docFiles: Map<string, string>, path: string): string | undefined {
  const slug = path.slice(opts.base.length).replace(/(\/|\.html)$/, '') || 'index';
  const doc = docFiles.get(slug);
  if (doc) return doc;
  // A meeting's page (/meetings/<series>/<date>/) shows its record, content/meetings/<series>/<date>.md.
  const record = /^meetings\/([^/]+)\/(\d{4}-\d{2}-\d{2})$/.exec(slug);
  if (record && existsSync(join(opts.root, `content/meetings/${record[1]}/${record[2]}.md`))) return `content/meetings/${record[1]}/${record[2]}.md`;
  return templateFor(opts.root, slug);
}
