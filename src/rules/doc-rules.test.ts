import { describe, expect, it } from 'vitest';
import type { ContentEntry } from '../validation/validate.ts';
import type { DocFrontmatter } from '../schemas/doc.ts';
import { docsAvoidHistoryRoutes, sitePageRoutes } from './doc-rules.ts';

const doc = (file: string, id: string): ContentEntry<DocFrontmatter> => ({ file, id, data: { title: id } as DocFrontmatter, lineOf: () => undefined });

describe('docsAvoidHistoryRoutes', () => {
  it("refuses a doc served where the charter's history is, and only that", () => {
    const problems = docsAvoidHistoryRoutes(
      [
        doc('content/docs/governance.mdx', 'governance'),
        doc('content/docs/governance/history.md', 'governance/history'),
        doc('content/docs/governance/versions/old.md', 'governance/versions/old'),
        doc('content/docs/governance/historic.md', 'governance/historic'),
      ],
      process.cwd(),
    );
    expect(problems).toEqual([
      {
        file: 'content/docs/governance/history.md',
        message: "is served at /governance/history/, where the charter's history is (/governance/history/); rename or move the file",
      },
      {
        file: 'content/docs/governance/versions/old.md',
        message: "is served at /governance/versions/old/, where the charter's history is (/governance/versions/); rename or move the file",
      },
    ]);
  });
});

describe('sitePageRoutes', () => {
  it("reads the routes of the site's own pages from src/pages/, leaving out the docs' own route, the home page and files served with an extension", () => {
    const pages = sitePageRoutes(process.cwd());
    const pageAt = (route: string) => pages.find((p) => p.pattern.test(route))?.file;
    expect(pageAt('/maintainers/')).toBe('src/pages/maintainers/index.astro');
    expect(pageAt('/maintainers/emeritus/')).toBe('src/pages/maintainers/[part].astro');
    expect(pageAt('/meetings/office-hours/2026-01-08/')).toBe('src/pages/meetings/[id]/[date].astro');
    expect(pageAt('/decisions/page/2/')).toBe('src/pages/decisions/page/[n].astro');
    expect(pageAt('/404/')).toBe('src/pages/404.astro');
    for (const free of ['/', '/governance/', '/code-of-conduct/', '/working-groups/runtime/', '/maintainersjson/', '/decisions/page/2/3/']) {
      expect(pageAt(free), free).toBeUndefined();
    }
  });
});
