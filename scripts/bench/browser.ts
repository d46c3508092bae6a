/** The browser of the page weights and Lighthouse: the one test-support/browser-choice.ts chooses for the tests, with its flags. */
import { chooseBrowser, thisMachine } from '../../test-support/browser-choice.ts';

const browserChoice = await chooseBrowser(thisMachine());
if ('missing' in browserChoice) {
  console.error(browserChoice.missing);
  process.exit(1);
}
export const browser = browserChoice;
