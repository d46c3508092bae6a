// Every npm script runs this first (`node --import ./scripts/require-node.mjs scripts/x.ts`,
// or `node scripts/require-node.mjs && astro …`). It is plain JavaScript so that an old
// Node can run it: on Node < 22.12 the .ts scripts and Astro die with
// ERR_UNKNOWN_FILE_EXTENSION or a stack trace, and this says instead which Node ran and what to do.
import { readFileSync } from 'node:fs';

/** The Node the site needs: package.json's "engines", where it is stated once. */
export function requiredNode() {
  const engines = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines ?? {};
  const match = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(String(engines.node ?? '').trim());
  if (!match) throw new Error(`package.json: "engines": { "node" } must read ">=X.Y.Z", not ${JSON.stringify(engines.node)}`);
  return match.slice(1).map(Number);
}

/**
 * One line when `version` (e.g. "20.20.2") is older than the Node the site needs, else undefined.
 * @param {string} version
 * @param {string} execPath
 * @returns {string | undefined}
 */
export function nodeVersionProblem(version, execPath) {
  const needed = requiredNode();
  const found = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    if ((found[i] ?? 0) > needed[i]) return undefined;
    if ((found[i] ?? 0) < needed[i]) {
      return (
        `This is Node ${version.replace(/^v/, '')} (${execPath}); the site needs Node >= ${needed.join('.')}. ` +
        'Run `npm rebuild node` to put the pinned Node back into node_modules/.bin ' +
        '(an `npm install --ignore-scripts` leaves it out), or `nvm use` to switch to the Node of .nvmrc, then run the command again.'
      );
    }
  }
  return undefined;
}

const problem = nodeVersionProblem(process.versions.node, process.execPath);
if (problem) {
  console.error(problem);
  process.exit(1);
}
