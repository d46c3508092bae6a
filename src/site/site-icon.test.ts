import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initialIcon, siteIcon } from './site-icon.ts';

const roots: string[] = [];
const projectWithIcon = (svg?: string) => {
  const root = mkdtempSync(join(tmpdir(), 'site-icon-'));
  roots.push(root);
  if (svg !== undefined) {
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/favicon.svg'), svg);
  }
  return root;
};
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('siteIcon', () => {
  it("serves the project's own content/favicon.svg as written", () => {
    const svg = '<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>\n';
    expect(siteIcon(projectWithIcon(svg), 'Lantern')).toBe(svg);
  });

  it('shows the first letter of the project when it has no icon', () => {
    const icon = siteIcon(projectWithIcon(), 'lantern');
    expect(icon).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(icon).toContain('>L</text>');
    expect(initialIcon('  3scale')).toContain('>3</text>');
    expect(initialIcon('Émile')).toContain('>É</text>');
    expect(initialIcon('<&>')).toContain('>?</text>');
  });

  it('refuses a file that is not SVG, naming it and the way out', () => {
    expect(() => siteIcon(projectWithIcon('\x89PNG...'), 'Lantern')).toThrow(
      'content/favicon.svg: not an SVG image; write an <svg> document there, or delete the file to show the first letter of "Lantern"',
    );
  });

  it('refuses an icon over 100 KB, so no build serves it, and serves one just under', () => {
    const svg = (bytes: number) => {
      const open = '<svg xmlns="http://www.w3.org/2000/svg">';
      return `${open}<!--${'x'.repeat(bytes - open.length - '<!---->'.length - '</svg>'.length)}--></svg>`;
    };
    expect(siteIcon(projectWithIcon(svg(100 * 1024)), 'Lantern')).toHaveLength(100 * 1024);
    expect(() => siteIcon(projectWithIcon(svg(100 * 1024 + 1)), 'Lantern')).toThrow(
      "content/favicon.svg: is 101 KB; the site's icon must stay under 100 KB. Simplify the drawing, or embed a smaller picture",
    );
  });

  it('refuses an icon that would run code or load from elsewhere where it is served, at its line, so no build serves it', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n<image href="https://attacker.example/x.png"/>\n</svg>\n';
    expect(() => siteIcon(projectWithIcon(svg), 'Lantern')).toThrow(
      [
        'content/favicon.svg:2: <script> runs code or embeds a page wherever the icon is opened on the site; remove it (an icon needs only shapes)',
        'content/favicon.svg:3: href="https://attacker.example/x.png" on <image> loads or leads somewhere else; refer only to this file (href="#id") or put the image itself in it (data:image/png;base64,…)',
      ].join('\n'),
    );
  });
});
