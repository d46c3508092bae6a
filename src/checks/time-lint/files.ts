import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_CONTENT_BYTES } from '../../validation/validate.ts';
import type { ProseFile } from './lint.ts';

const PROSE_FILE = /\.(?:mdx?|ya?ml)$/i;

/** Every Markdown, MDX and YAML file under `dir` (repository-relative), with its text, in path order. */
export function readProseFiles(root: string, dir = 'content'): ProseFile[] {
  const files: ProseFile[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      if (name.startsWith('.')) continue;
      const path = `${rel}/${name}`;
      const stat = statSync(join(root, path));
      if (stat.isDirectory()) walk(path);
      // Oversized files are refused by content validation; reading them here would only be slow.
      else if (PROSE_FILE.test(name) && stat.size <= MAX_CONTENT_BYTES) files.push({ path, text: readFileSync(join(root, path), 'utf8') });
    }
  };
  walk(dir);
  return files;
}
