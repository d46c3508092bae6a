import { contentCollections } from './collections.ts';
import { type ContentProblem, validateCollection } from '../content/validate.ts';

/** Every problem in every collection under `root`, in file order. */
export function validateAllContent(root: string): ContentProblem[] {
  return contentCollections.flatMap((spec) => validateCollection(root, spec).problems);
}
