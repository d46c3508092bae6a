import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { svgProblems } from './svg-safety.ts';

/** The site's icon, if the project has one: any SVG, served as /favicon.svg. */
export const SITE_ICON_PATH = 'content/favicon.svg';

/**
 * The icon of the project at `root`: its own `content/favicon.svg`, or else the
 * first letter of its name, white on blue, so a fork that has no icon yet never
 * shows another project's.
 */
export function siteIcon(root: string, project: string): string {
  const file = join(root, SITE_ICON_PATH);
  if (existsSync(file)) {
    const svg = readFileSync(file, 'utf8');
    if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(svg)) {
      throw new Error(`${SITE_ICON_PATH}: not an SVG image; write an <svg> document there, or delete the file to show the first letter of "${project}"`);
    }
    // Checked by npm run check first (src/checks/content-files.ts); refused here too, so no build serves it.
    const problems = svgProblems(svg);
    if (problems.length > 0) throw new Error(problems.map((p) => `${SITE_ICON_PATH}:${p.line}: ${p.message}`).join('\n'));
    return svg;
  }
  return initialIcon(project);
}

/** A square icon with the first letter (or digit) of `name`. */
export function initialIcon(name: string): string {
  const letter = (/[\p{L}\p{N}]/u.exec(name)?.[0] ?? '?').toUpperCase();
  const text = letter.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4ed8"/><text x="16" y="23" text-anchor="middle" font-family="system-ui, sans-serif" font-size="20" font-weight="700" fill="#fff">${text}</text></svg>\n`;
}
