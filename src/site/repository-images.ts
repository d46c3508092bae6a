import { copyFileSync, lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { imageReferences, imageTarget, isImageFile, SERVED_IMAGES_DIR } from '../markdown/image-paths.ts';
import { listContentFiles } from '../rules/content-files.ts';

/**
 * The repository images the Markdown and MDX files of content/ show by their path, each once,
 * sorted: the files the build copies into the site (src/markdown/repository-images.ts points the
 * pages at the copies). The content check has already held each to a tracked image file.
 */
export function repositoryImageFiles(root: string): string[] {
  const targets = new Set<string>();
  for (const f of listContentFiles(root)) {
    if (f.symbolicLink || !/\.mdx?$/.test(f.path)) continue;
    for (const { src } of imageReferences(readFileSync(join(root, f.path), 'utf8'), f.path.endsWith('.mdx'))) {
      const target = imageTarget(src, f.path);
      if (target !== undefined && isImageFile(target) && isFile(join(root, target))) targets.add(target);
    }
  }
  return [...targets].sort();
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** Copies the repository's images that content shows into the built site, under _repository/ at their repository paths. */
export function repositoryImages(opts: { root: string }): AstroIntegration {
  return {
    name: 'governance-site:repository-images',
    hooks: {
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
