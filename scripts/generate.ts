/**
 * Writes every file of the repository that is generated from content/
 * (see src/generated-files/files.ts), e.g. CONTRIBUTING.md from the contributing
 * guide content/site.yaml names. `npm run check` fails when one is stale. When one
 * cannot be made, none is written, and the message says why.
 *
 * Usage: npm run generate
 */
import { GenerateError, generatedFiles, writeGeneratedFiles } from '../src/generated-files/files.ts';

try {
  const written = await writeGeneratedFiles(process.cwd(), generatedFiles);
  console.log(written.length > 0 ? `Wrote ${written.join(', ')}.` : 'Every generated file is up to date.');
} catch (error) {
  if (!(error instanceof GenerateError)) throw error;
  console.error(`npm run generate: ${error.message}`);
  process.exitCode = 1;
}
