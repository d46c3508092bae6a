import { isMap, isScalar, isSeq } from 'yaml';

/**
 * Whether a parsed YAML tree has a map with the same key twice, as the yaml package's
 * `uniqueKeys: true` decides it: two scalar keys are the same when their values are
 * (`a` and `"a"`, `1` and `1.0`, `~` and `null`); any other key (a list, a map, an alias)
 * is never the same as another. The package compares every key of a map with every
 * earlier one, which on a 900-voter `votes:` map is most of the parse; a set per map
 * answers in one pass. Only the answer is given: a file that has a duplicate is parsed
 * again with the package's check, for its message and position (src/validation/validate.ts).
 */
export function hasDuplicateKey(node: unknown): boolean {
  if (isMap(node)) {
    const keys = new Set<unknown>();
    for (const pair of node.items) {
      // NaN is the one value a set holds once that === never equals: yaml never calls two .nan keys the same.
      if (isScalar(pair.key) && !Number.isNaN(pair.key.value)) {
        if (keys.has(pair.key.value)) return true;
        keys.add(pair.key.value);
      }
      if (hasDuplicateKey(pair.key) || hasDuplicateKey(pair.value)) return true;
    }
    return false;
  }
  if (isSeq(node)) return node.items.some(hasDuplicateKey);
  return false;
}
