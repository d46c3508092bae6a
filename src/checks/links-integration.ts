import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks, lineMentioning, readBuiltPages } from './links.ts';
import { docId, listDocFiles } from '../site/repo-links.ts';

/** Fails the build when any built page links to a page, file or #fragment that does not exist. */
export function linkCheck(opts: { root: string; base: string; docsDir: string }): AstroIntegration {
  return {
    name: 'governance-site:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pages, files } = readBuiltPages(fileURLToPath(dir), opts.base);
        const problems = checkLinks(pages, files, opts.base);
        if (problems.length === 0) {
          logger.info(`checked the links of ${pages.length} pages: all lead somewhere`);
          return;
        }
        const docFiles = new Map(listDocFiles(opts.root, opts.docsDir).map((file) => [docId(file.slice(opts.docsDir.length + 1)), file]));
        const lines = problems.map((p) => {
          const source = sourceOfPage(opts, docFiles, p.page);
          const line = source ? lineMentioning(readFileSync(join(opts.root, source), 'utf8'), p.href) : undefined;
          const where = source ? `${source}${line ? `:${line}` : ''}` : p.page;
          return `${where}: link "${p.href}" on page ${p.page} ${p.message}`;
        });
        throw new Error(`Broken internal link${problems.length > 1 ? 's' : ''} (${problems.length}):\n${lines.join('\n')}`);
      },
    },
  };
}

/** The file a maintainer would edit to fix a link on the page at `path`: its doc (by id) or its page template. */
function sourceOfPage(opts: { root: string; base: string }, docFiles: Map<string, string>, path: string): string | undefined {
  const slug = path.slice(opts.base.length).replace(/(\/|\.html)$/, '') || 'index';
  const doc = docFiles.get(slug);
  if (doc) return doc;
  // A meeting's page (/meetings/<series>/<date>/) shows its record, content/meetings/<series>/<date>.md.
  const record = /^meetings\/([^/]+)\/(\d{4}-\d{2}-\d{2})$/.exec(slug);
  if (record && existsSync(join(opts.root, `content/meetings/${record[1]}/${record[2]}.md`))) return `content/meetings/${record[1]}/${record[2]}.md`;
  const candidates = [`src/pages/${slug}.astro`, `src/pages/${slug}/index.astro`];
  return candidates.find((c) => existsSync(join(opts.root, c)));
}
