/**
 * Writes MAINTAINERS.md at the repository root from content/maintainers/.
 * Run it (`npm run generate`) after changing a maintainer's file, and commit both.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/lib/content-validation.ts';
import { expectedMaintainersFile } from '../src/lib/maintainers-file.ts';

const root = process.cwd();
const { path, text, problems } = expectedMaintainersFile(root);
if (text === undefined) {
  console.error(`The maintainer files have ${problems.length} problem${problems.length > 1 ? 's' : ''}; ${path} was not written:\n`);
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
writeFileSync(join(root, path), text);
console.log(`${path} written from the maintainer files.`);
