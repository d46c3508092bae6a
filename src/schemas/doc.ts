import { z } from 'zod';
import { strictObject } from './strict.ts';
import { oneLine, severalLines } from './text.ts';

/**
 * Frontmatter of a page in `content/docs/`. A file as it stands on GitHub may have none, or another
 * tool's fields: src/docs/doc-fields.ts takes the title and description from the text when they are
 * left out and drops fields the site does not know, before this schema reads them. A near miss of a
 * known field (`titel`) is still refused here, so a typo never passes silently.
 */
export const docSchema = strictObject({
  title: oneLine(
    z
      .string({
        error: 'write the page title in the frontmatter, e.g. title: Project Governance, or start the text with a level-one heading, e.g. # Project Governance',
      })
      .min(1),
  ).meta({
    description: "The page's title, its heading and its name in the navigation (unless navLabel is given).",
    example: 'Project Governance',
    whenAbsent: "the text of the page's first level-one heading (# Project Governance, or <h1> in HTML), else its file's name, as GitHub names it",
  }),
  description: severalLines(
    z
      .string({
        error:
          'write a one-sentence summary for search engines and link previews in the frontmatter, e.g. description: How the project is run, or start the text with a paragraph, which becomes the summary',
      })
      .min(1),
  ).meta({
    description: 'A one-sentence summary, for search engines and link previews.',
    example: 'How the project is run.',
    whenAbsent: "the page's first paragraph (else its list's), as plain text, cut at 160 characters; else the title",
  }),
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
