import type { TestProject } from 'vitest/node';
import { chooseBrowser, thisMachine, type BrowserChoice, type NoBrowser } from './browser-choice.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser chosen once for the whole run (see browser-choice.ts). */
    browser: BrowserChoice | NoBrowser;
  }
}

/**
 * Vitest's global setup: the browser is chosen (and @sparticuz/chromium unpacked) once
 * per run, before the test files start, and the run says in one line which one it is.
 */
export default async function chooseBrowserForRun(project: TestProject): Promise<void> {
  const choice = await chooseBrowser(thisMachine());
  if ('missing' in choice) console.error(choice.missing);
  else console.log(choice.line);
  project.provide('browser', choice);
}
