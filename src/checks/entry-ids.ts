import { slug } from 'github-slugger';
import type { ContentProblem } from '../content/validate.ts';
import type { CollectionRule } from './rule.ts';

/**
 * The id Astro's glob loader gives a file when it is not told how (astro/dist/content/utils.js,
 * getContentEntryIdAndSlug): the path without its extension, each folder and name slugged
 * with github-slugger, a trailing /index dropped. `Office-Hours.yaml` and `office-hours~.yaml`
 * both give `office-hours`.
 */
export function globLoaderId(pathInDir: string): string {
  return pathInDir
    .replace(/\.[^./]*$/, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/** Two files of one collection never give one id: the loader keeps one and the other silently replaces it. */
export const oneFilePerEntryId: CollectionRule<unknown> = (entries) => {
  const problems: ContentProblem[] = [];
  const firstById = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) {
    const first = firstById.get(entry.id);
    if (!first) firstById.set(entry.id, entry);
    else
      problems.push({
        file: entry.file,
        message: `gives the same id, "${entry.id}", as ${first.file}, so one would silently replace the other on every page; rename or remove one of the two files`,
      });
  }
  return problems;
};
