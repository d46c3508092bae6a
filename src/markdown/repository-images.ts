import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry, MdastPluginEntry, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { withBase } from '../site/config.ts';
import { imageReferences, imageTarget, isImageFile, servedImageRoute } from './image-paths.ts';

/**
 * A doc's images given by a path in the repository (`![](img/a.png)`, `<img src="../../static/x.png">`)
 * point, on the site, to the copy the build serves of each (src/markdown/served-images.ts), so
 * that one written for GitHub shows on the page, wherever in the repository it is. The content
 * check has refused first every such path that names no tracked image (src/rules/content-files.ts).
 */
export interface ImageRouteOptions {
  root: string;
  base: string;
}

/** The repository file a plugin is running on, relative to the root. */
function fileOf(root: string, fileURL: URL | undefined): string | undefined {
  return fileURL ? relative(root, fileURLToPath(fileURL)).split('\\').join('/') : undefined;
}

/** The served address of an image path written in `file`, or undefined to leave it as written. */
function servedSrc(src: string, file: string | undefined, base: string): string | undefined {
  const target = file === undefined ? undefined : imageTarget(src.trim(), file);
  return target === undefined ? undefined : withBase(base, servedImageRoute(target));
}

/** A srcset with each relative candidate replaced by its served address, or undefined when none changes. */
function servedSrcset(srcset: string, file: string | undefined, base: string): string | undefined {
  let changed = false;
  const candidates = srcset.split(',').map((candidate) => {
    const [src = '', ...descriptors] = candidate.trim().split(/\s+/);
    const served = servedSrc(src, file, base);
    if (served === undefined) return candidate.trim();
    changed = true;
    return [served, ...descriptors].join(' ');
  });
  return changed ? candidates.join(', ') : undefined;
}

/**
 * Mdast plugin for Markdown images. It runs before Astro's own image collection, which would
 * otherwise import each relative image into the bundle, and fails on one outside content/.
 */
export function repositoryImagePaths(opts: ImageRouteOptions): MdastPluginEntry {
  return ({ fileURL, source, sourceFormat }) => {
    const file = fileOf(opts.root, fileURL);
    // The paths the file shows as images, read once it has a definition of one: a definition only links use
    // (`[the diagram][d]`) is a link to a file, which the next plugin places (not served: no page shows it).
    let shown: Set<string> | undefined;
    const isShown = (url: string) => (shown ??= new Set(imageReferences(source, sourceFormat === 'mdx').map((image) => image.src))).has(url);
    return {
      name: 'repository-image-paths',
      image(node, ctx) {
        const served = servedSrc(node.url, file, opts.base);
        if (served !== undefined) ctx.setProperty(node, 'url', served);
      },
      // `[logo]: img/logo.png`, shown by `![Logo][logo]`: an image, not a page (before the repository-link plugin, which wants a page).
      definition(node, ctx) {
        const target = file === undefined ? undefined : imageTarget(node.url.trim(), file);
        if (target !== undefined && isImageFile(target) && isShown(node.url)) ctx.setProperty(node, 'url', withBase(opts.base, servedImageRoute(target)));
      },
    };
  };
}

/** Hast plugin for images written as HTML (a .md file) or JSX (an .mdx file): src of <img>, srcset of <img> and <source>. */
export function repositoryImageElements(opts: ImageRouteOptions): HastPluginEntry {
  return ({ fileURL }) => {
    const file = fileOf(opts.root, fileURL);
    const rewrite = (tagName: string, name: string, value: string): string | undefined => {
      if (tagName === 'img' && name === 'src') return servedSrc(value, file, opts.base);
      if ((tagName === 'img' || tagName === 'source') && name === 'srcSet') return servedSrcset(value, file, opts.base);
      return undefined;
    };
    const jsx = {
      filter: ['img', 'source'],
      visit(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>) {
        let changed = false;
        const attributes = node.attributes.map((a) => {
          if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string' || !node.name) return a;
          const served = rewrite(node.name, a.name === 'srcset' ? 'srcSet' : a.name, a.value);
          if (served === undefined) return a;
          changed = true;
          return { ...a, value: served };
        });
        return changed ? { ...node, attributes } : undefined;
      },
    };
    return {
      name: 'repository-image-elements',
      element: {
        filter: ['img', 'source'],
        visit(node, ctx) {
          for (const name of ['src', 'srcSet']) {
            const value = node.properties?.[name];
            const served = typeof value === 'string' ? rewrite(node.tagName, name, value) : undefined;
            if (served !== undefined) ctx.setProperty(node, name, served);
          }
        },
      },
      mdxJsxFlowElement: jsx,
      mdxJsxTextElement: jsx,
    };
  };
}
