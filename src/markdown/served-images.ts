import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { imageReferences, imageTarget, isImageFile, SERVED_IMAGES_DIR } from './image-paths.ts';

/**
 * The repository images the Markdown and MDX files of content/ show by their path, each once,
 * sorted: the files the build copies into the site (src/markdown/repository-images.ts points the
 * pages at the copies). The content check has already held each to a tracked image file.
 */
export function repositoryImageFiles(root: string): string[] {
  const targets = new Set<string>();
  for (const file of markdownFiles(root, 'content')) {
    for (const { src } of imageReferences(readFileSync(join(root, file), 'utf8'), file.endsWith('.mdx'))) {
      const target = imageTarget(src, file);
      if (target !== undefined && isImageFile(target) && isFile(join(root, target))) targets.add(target);
    }
  }
  return [...targets].sort();
}

/** The .md and .mdx files under `dir` (repository-relative), not through a symbolic link (which the content check refuses). */
function markdownFiles(root: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return markdownFiles(root, path);
    return entry.isFile() && /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};

/**
 * Copies the repository's images that content shows into the built site, under _repository/ at
 * their repository paths; `astro dev` serves the same files from there, and no other.
 */
export function repositoryImages(opts: { root: string; base: string }): AstroIntegration {
  const prefix = `${opts.base}${SERVED_IMAGES_DIR}/`;
  return {
    name: 'governance-site:repository-images',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          // Vite may have taken the base off the address already.
          const path = new URL(req.url ?? '/', 'http://dev').pathname;
          const at = [prefix, `/${SERVED_IMAGES_DIR}/`].find((p) => path.startsWith(p));
          if (at === undefined) return next();
          let target: string;
          try {
            target = decodeURIComponent(path.slice(at.length));
          } catch {
            return next();
          }
          if (!repositoryImageFiles(opts.root).includes(target)) return next();
          res.setHeader('content-type', TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream');
          res.end(readFileSync(join(opts.root, target)));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = repositoryImageFiles(opts.root);
        for (const target of files) {
          const to = join(out, SERVED_IMAGES_DIR, target);
          mkdirSync(dirname(to), { recursive: true });
          copyFileSync(join(opts.root, target), to);
        }
        if (files.length > 0) logger.info(`copied the ${files.length} images the pages show from the repository`);
      },
    },
  };
}
