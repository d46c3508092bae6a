import { z } from 'zod';
import { strictObject } from './strict.ts';
import { oneLine, severalLines } from './text.ts';

/** Frontmatter of a page in `content/docs/`. Unknown keys are rejected so a typo never passes silently. */
export const docSchema = strictObject({
  title: oneLine(z.string({ error: 'write the page title, e.g. title: Project Governance' }).min(1)),
  description: severalLines(
    z.string({ error: 'write a one-sentence summary for search engines and link previews, e.g. description: How the project is run.' }).min(1),
  ),
  // Optional: pages with an order come first, by it; the others follow by title.
  order: z
    .number({
      error: 'write the position of this page in the navigation as a whole number, e.g. order: 10, or leave the field out to list the page by its title',
    })
    .int({ error: 'write a whole number, e.g. order: 10' })
    .optional(),
  navLabel: oneLine(
    z
      .string({ error: 'write the short name for the navigation, e.g. navLabel: Charter, or leave the field out to use the title' })
      .min(1, { error: 'write the short name for the navigation, e.g. navLabel: Charter, or leave the field out to use the title' }),
  ).optional(),
});

export type DocFrontmatter = z.infer<typeof docSchema>;
