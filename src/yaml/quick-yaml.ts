import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * The value of a YAML text by js-yaml, the parser Astro reads content files with, in YAML
 * 1.2's core schema as the yaml package reads it; undefined when js-yaml refuses the text
 * (a syntax error, a key given twice) or the text may hold an anchor or alias. The yaml
 * package builds a node with its position for every value, which content validation needs
 * only for the line of a problem, and which was most of the validation of 500 decision files
 * with 900 votes each; src/validation/validate.ts falls back to it for everything refused here.
 */
export function quickParse(text: string): { value: unknown } | undefined {
  // An alias makes js-yaml share one value in many places, which the schema would then walk each time (the yaml package caps them).
  if (/[&*]/.test(text)) return undefined;
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}
