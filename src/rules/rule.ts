import type { z } from 'zod';
import type { ContentEntry, ContentProblem } from '../validation/validate.ts';

/** A problem found by a check across the fields of one file, at the field it names. */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** A check across the fields of one content file (listed in src/rules/index.ts). */
export type EntryRule<T> = (data: T) => FieldProblem[];

/** Every problem the rules find in `data`, in the order the rules are listed. */
export function entryProblems<T>(rules: readonly EntryRule<T>[], data: T): FieldProblem[] {
  return rules.flatMap((rule) => rule(data));
}

/**
 * The schema with its rules run as one refinement, so Astro's loader, `npm run check`
 * and the edit commands all report them at the field's line, in the same words.
 */
export function withRules<S extends z.ZodType>(schema: S, rules: readonly EntryRule<z.output<S>>[]) {
  return schema.superRefine((data, ctx) => {
    for (const problem of entryProblems(rules, data)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message, input: data });
  });
}

/** A check across the files of one collection, on the entries that passed their schema. */
/** `root` is the project's, for a rule that reads content/site.yaml too. */
export type CollectionRule<T> = (entries: ContentEntry<T>[], root: string) => ContentProblem[];

/** Every problem the collection rules find, entry by entry, in the order the rules are listed. */
export function collectionProblems<T>(rules: readonly CollectionRule<T>[], entries: ContentEntry<T>[], root: string): ContentProblem[] {
  const found = rules.flatMap((rule) => rule(entries, root));
  // One entry's problems together, in file order: the order a maintainer fixes them in.
  return entries.flatMap((entry) => found.filter((p) => p.file === entry.file));
}
