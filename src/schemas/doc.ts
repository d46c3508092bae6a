import { z } from 'zod';
import { strictObject } from './strict.ts';
import { oneLine, severalLines } from './text.ts';

/** Frontmatter of a page in `content/docs/`. Unknown keys are rejected so a typo never passes silently. */
export const docSchema = strictObject({
  title: oneLine(z.string({ error: 'write the page title, e.g. title: Project Governance' }).min(1)).meta({
    description: "The page's title, its heading and its name in the navigation (unless navLabel is given).",
    example: 'Project Governance',
  }),
  description: severalLines(
    z.string({ error: 'write a one-sentence summary for search engines and link previews, e.g. description: How the project is run.' }).min(1),
  ).meta({ description: 'A one-sentence summary, for search engines and link previews.', example: 'How the project is run.' }),
  order: z
    .number({
      error: 'write the position of this page in the navigation as a whole number, e.g. order: 10, or leave the field out to list the page by its title',
    })
    .int({ error: 'write a whole number, e.g. order: 10' })
    .optional()
    .meta({
      description: "The page's place in the navigation: pages with an order come first, lowest first; the others follow by title.",
      example: '10',
    }),
  navLabel: oneLine(
    z
      .string({ error: 'write the short name for the navigation, e.g. navLabel: Charter, or leave the field out to use the title' })
      .min(1, { error: 'write the short name for the navigation, e.g. navLabel: Charter, or leave the field out to use the title' }),
  )
    .optional()
    .meta({ description: 'A short name for the navigation, in place of the title.', example: 'Charter' }),
});

export type DocFrontmatter = z.infer<typeof docSchema>;
