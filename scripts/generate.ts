/**
 * Writes every file of the repository that is generated from content/
 * (see src/generated-files/files.ts), e.g. CONTRIBUTING.md from
 * content/docs/contributing.mdx. `npm run check` fails when one is stale.
 *
 * Usage: npm run generate
 */
import { generatedFiles, writeGeneratedFiles } from '../src/generated-files/files.ts';

const written = await writeGeneratedFiles(process.cwd(), generatedFiles);
console.log(written.length > 0 ? `Wrote ${written.join(', ')}.` : `All ${generatedFiles.length} generated files are up to date.`);
