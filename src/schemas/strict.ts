import { z } from 'zod';
import { didYouMean } from './did-you-mean.ts';

/**
 * A zod object that rejects unknown keys and says which known key was probably meant
 * ("affilation" → "did you mean affiliation?"). Every content schema uses it, so the
 * message is the same in Astro's build error and in `npm run check`.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, allowed) : undefined),
  });
}

export function unknownKeysMessage(keys: readonly string[], allowed: readonly string[]): string {
  return keys
    .map((key) => {
      const hint = didYouMean(key, allowed);
      return `unknown field "${key}"${hint ? `; did you mean ${hint}?` : ''} (allowed fields: ${allowed.join(', ')})`;
    })
    .join('; ');
}

/**
 * The keys of `keys` a tolerant reader may skip: neither allowed nor a near miss of an allowed
 * one. Another tool's field (an issue template's `name`, `about`, `labels`) is skipped; `titel`
 * is not, so a typo still fails with "did you mean title?".
 */
export function foreignKeys(keys: readonly string[], allowed: readonly string[]): string[] {
  return keys.filter((key) => !allowed.includes(key) && didYouMean(key, allowed) === undefined);
}
