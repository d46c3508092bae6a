import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { resolveRepoLink, type RepoLinkOptions } from './repo-links.ts';

/**
 * Remark plugin: rewrites repository-relative links in docs to site routes,
 * keeping the #fragment, and stops the build on a link it cannot place,
 * naming the file and line of every such link at once.
 */
export function remarkRepoLinks(opts: RepoLinkOptions) {
  return (tree: Root, file: VFile) => {
    const fromFile = relative(opts.root, file.path).split('\\').join('/');
    const errors: string[] = [];
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const result = resolveRepoLink(node.url, fromFile, opts);
      if (result.kind === 'rewritten') node.url = result.href;
      if (result.kind === 'error') errors.push(`${fromFile}:${node.position?.start.line ?? '?'}: ${result.message}`);
    });
    if (errors.length > 0) throw new Error(`Broken link${errors.length > 1 ? 's' : ''} in ${fromFile}:\n${errors.join('\n')}`);
  };
}
