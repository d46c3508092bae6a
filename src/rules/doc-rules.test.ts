import { describe, expect, it } from 'vitest';
import type { ContentEntry } from '../validation/validate.ts';
import type { DocFrontmatter } from '../schemas/doc.ts';
import { docsAvoidHistoryRoutes } from './doc-rules.ts';

const doc = (file: string, id: string): ContentEntry<DocFrontmatter> => ({ file, id, data: { title: id } as DocFrontmatter, lineOf: () => undefined });

describe('docsAvoidHistoryRoutes', () => {
  it("refuses a doc served where the charter's history is, and only that", () => {
    const problems = docsAvoidHistoryRoutes([
      doc('content/docs/governance.mdx', 'governance'),
      doc('content/docs/governance/history.md', 'governance/history'),
      doc('content/docs/governance/versions/old.md', 'governance/versions/old'),
      doc('content/docs/governance/historic.md', 'governance/historic'),
    ]);
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
