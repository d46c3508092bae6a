import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../test-support/browser.ts';
import { htmlProblems } from '../test-support/html-validation.ts';
import { builtCopy } from '../test-support/project.ts';

/**
 * GitHub alerts and task lists in the pages maintainers write: a doc (compiled by Astro) and a
 * decision's body (rendered by src/markdown/render.ts), on the fixture site, built and then
 * loaded in a real browser, where axe-core finds nothing in either colour scheme.
 */
const DOC = `---
title: Release checklist
description: What a release needs.
---

> [!NOTE]
> Useful information that users should know.

> [!TIP]
> Helpful advice for doing things better.

> [!IMPORTANT]
> Key information users need to know.

> [!WARNING]
> Urgent info that needs immediate attention.

> [!CAUTION]
> Advises about risks or negative outcomes.

> A plain quote stays a quote.

## Steps

- [x] Tag the release
- [ ] Announce it
  - [ ] On the mailing list
`;

const site = builtCopy((copy) => {
  copy.withFixtureContent();
  copy.write('content/docs/release-checklist.md', DOC);
  copy.edit(
    'content/decisions/2026-11-logo.md',
    'Adopt the logo proposed in the pull request.',
    '> [!WARNING]\n> The old logo goes.\n\n- [ ] Replace the favicon\n\nAdopt the logo proposed in the pull request.',
  );
});
const served = siteInBrowser(() => site.dist);
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

describe('alerts and task lists on the built site', () => {
  it('a doc shows the five alerts as GitHub does, keeps a plain quote, and shows its task list with named checkboxes', () => {
    const html = main(site.read('release-checklist/'));
    for (const [type, title] of [
      ['note', 'Note'],
      ['tip', 'Tip'],
      ['important', 'Important'],
      ['warning', 'Warning'],
      ['caution', 'Caution'],
    ]) {
      expect(html).toMatch(
        new RegExp(
          `<div class="markdown-alert markdown-alert-${type}" dir="auto">\\s*<p class="markdown-alert-title" dir="auto"><svg [^>]*aria-hidden="true"[^>]*>.*?</svg>${title}</p>`,
        ),
      );
    }
    expect(html).not.toContain('[!');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('A plain quote stays a quote.');
    expect(html).toContain('<ul class="contains-task-list">');
    expect(html).toMatch(
      /<li class="task-list-item"><input type="checkbox" checked disabled class="task-list-item-checkbox" aria-label="Tag the release"\/?> Tag the release<\/li>/,
    );
    expect(html).toMatch(/<input type="checkbox" disabled class="task-list-item-checkbox" aria-label="On the mailing list"\/?>/);
  });

  it('a decision’s body shows them too', () => {
    const html = main(site.read('decisions/2026-11-logo/'));
    expect(html).toMatch(
      /<div class="markdown-alert markdown-alert-warning" dir="auto">\s*<p class="markdown-alert-title" dir="auto"><svg[^>]*>.*?<\/svg>Warning<\/p>\s*<p>The old logo goes.<\/p>/,
    );
    expect(html).toMatch(/<input type="checkbox" disabled class="task-list-item-checkbox" aria-label="Replace the favicon"\/?>/);
  });

  it('both pages are valid HTML', async () => {
    for (const route of ['release-checklist/', 'decisions/2026-11-logo/']) expect(await htmlProblems(site.read(route), route)).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`in a browser, in the ${colorScheme} color scheme: no bullet before a task, each alert in its own colour, and no axe-core violation`, async () => {
      // axe is injected as an inline script, which the page's own CSP rightly refuses: bypass it for this check only.
      const context = await served.browser.newContext({ bypassCSP: true });
      try {
        const tab = await context.newPage();
        await tab.emulateMedia({ colorScheme });
        for (const route of ['release-checklist/', 'decisions/2026-11-logo/']) {
          await tab.goto(`${served.site.url}${route}`);
          const look = await tab.evaluate(() => ({
            bullets: [...document.querySelectorAll('.task-list-item')].map((li) => getComputedStyle(li).listStyleType),
            names: [...document.querySelectorAll<HTMLInputElement>('.task-list-item-checkbox')].map((c) => c.ariaLabel),
            titleColours: [...document.querySelectorAll('.markdown-alert-title')].map((t) => getComputedStyle(t).color),
          }));
          expect(look.bullets.length).toBeGreaterThan(0);
          expect(new Set(look.bullets)).toEqual(new Set(['none']));
          expect(look.names.every((n) => n !== null && n !== '')).toBe(true);
          if (route === 'release-checklist/') expect(new Set(look.titleColours).size).toBe(5);
          await tab.addScriptTag({ path: axePath });
          const violations = await tab.evaluate(async () =>
            (
              await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe.run()
            ).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`),
          );
          expect(violations, route).toEqual([]);
        }
      } finally {
        await context.close();
      }
    });
  }
});
