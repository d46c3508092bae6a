import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { svgProblems } from './svg-safety.ts';

/** The site's icon, if the project has one: any SVG, served as /favicon.svg. */
export const SITE_ICON_PATH = 'content/favicon.svg';

/** The icon is fetched on every first visit, and an icon needs a few shapes: 100 KB is far more than one needs. */
export const MAX_SITE_ICON_BYTES = 100 * 1024;

/** What is wrong with an icon of `size` bytes (the check and the build say the same). */
export function siteIconTooLarge(size: number): string {
  return `is ${Math.ceil(size / 1024)} KB; the site's icon must stay under ${MAX_SITE_ICON_BYTES / 1024} KB. Simplify the drawing, or embed a smaller picture`;
}

/**
 * The icon of the project at `root`: its own `content/favicon.svg`, or else the
 * first letter of its name, white on blue, so a fork that has no icon yet never
 * shows another project's.
 */
export function siteIcon(root: string, project: string): string {
  const file = join(root, SITE_ICON_PATH);
  if (existsSync(file)) {
    const size = statSync(file).size;
    if (size > MAX_SITE_ICON_BYTES) throw new Error(`${SITE_ICON_PATH}: ${siteIconTooLarge(size)}`);
    const svg = readFileSync(file, 'utf8');
    if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(svg)) {
      throw new Error(`${SITE_ICON_PATH}: not an SVG image; write an <svg> document there, or delete the file to show the first letter of "${project}"`);
    }
    // Checked by npm run check first (src/rules/content-files.ts); refused here too, so no build serves it.
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
