import { z } from 'zod';
import { strictObject } from './strict.ts';
import { oneLine, severalLines } from './text.ts';
import { timeZoneSchema } from './time-zone.ts';
import { normalUrl } from './url.ts';

/** A doc named by its path inside content/docs/, as the repository spells it (`GOVERNANCE.md`, `charter/TSC-Charter.md`). */
export const docPath = (field: string, example: string) =>
  oneLine(
    z
      .string({ error: `write the path of a .md or .mdx file inside content/docs/, e.g. ${field}: ${example}` })
      .regex(/\.mdx?$/i, `write the path of a .md or .mdx file inside content/docs/, e.g. ${field}: ${example}`)
      .refine((p) => !p.startsWith('/') && !p.split('/').includes('..') && !p.split('/').includes('.'), {
        error: `write the path of a file inside content/docs/, without "/", "./" or "../" in front (a file elsewhere is no page of the site: copy it into content/docs/), e.g. ${field}: ${example}`,
      }),
  );

/** An https:// address outside the site: a code of conduct the project follows from its foundation. */
const EXTERNAL_URL = /^https:\/\//;

/** `content/site.yaml`: the facts about the site itself, stated once. */
export const siteConfigSchema = strictObject({
  name: oneLine(z.string({ error: 'write the name shown at the top of every page, e.g. name: Example Project Governance' }).min(1)).meta({
    description: 'The name shown at the top of every page and in every page title.',
    example: 'Example Project Governance',
  }),
  project: oneLine(z.string({ error: 'write the project this site governs, e.g. project: Example Project' }).min(1)).meta({
    description: "The project this site governs, as the pages' sentences name it; without content/favicon.svg, its first letter is the icon.",
    example: 'Example Project',
  }),
  url: normalUrl(
    z
      .url({ protocol: /^https?$/, error: 'write the absolute URL the site is served at, e.g. https://example.org/governance/' })
      .refine((u) => u.endsWith('/'), { error: 'end the site URL with "/" (e.g. https://example.org/governance/)' }),
  ).meta({
    description: 'The absolute URL the site is served at, ending in "/". Its path is the base of every link.',
    example: 'https://example.org/governance/',
  }),
  repository: normalUrl(
    z
      .url({ protocol: /^https$/, error: 'write the https URL of the GitHub repository, e.g. https://github.com/org/repo' })
      .refine((u) => !u.endsWith('/'), { error: 'drop the trailing "/" from the repository URL' }),
  ).meta({
    description: 'The GitHub repository that holds this site (content/ included): "Edit this page" links, the agenda editor and the commit links lead there.',
    example: 'https://github.com/org/community',
  }),
  branch: oneLine(z.string({ error: 'write the branch the site is published from, e.g. branch: main' }).min(1)).meta({
    description: 'The branch the site is published from; edit links open files on it.',
    example: 'main',
  }),
  description: severalLines(z.string({ error: 'write one or two sentences about the site, for search engines and link previews' }).min(1)).meta({
    description: 'One or two sentences about the site, for the home page, search engines and link previews.',
    example: 'How Example Project is governed, with its charter, maintainers and meetings.',
  }),
  charter: docPath('charter', 'GOVERNANCE.md').meta({
    description:
      "The charter: its file in content/docs/, with its own name and folder. The roster page and the decisions read its vote rules and maintainer criteria, the home page leads to it, its git history is the charter's history pages (under its route, e.g. /governance/history/), and `npm run generate` copies it to GOVERNANCE.md at the repository root.",
    example: 'GOVERNANCE.md',
  }),
  contributing: docPath('contributing', 'CONTRIBUTING.md').optional().meta({
    description:
      'The contributing guide, when the project has one: its file in content/docs/. `npm run generate` copies it to CONTRIBUTING.md at the repository root, and the decisions page links to its "Record a vote" section when it has one.',
    example: 'CONTRIBUTING.md',
  }),
  codeOfConduct: oneLine(
    z
      .string()
      .refine((v) => EXTERNAL_URL.test(v) || /\.mdx?$/i.test(v), {
        error:
          'write the path of a .md or .mdx file inside content/docs/ (e.g. codeOfConduct: CODE_OF_CONDUCT.md), or the https:// address of the code of conduct the project follows (e.g. codeOfConduct: https://github.com/cncf/foundation/blob/main/code-of-conduct.md)',
      })
      .refine((v) => EXTERNAL_URL.test(v) || (!v.startsWith('/') && !v.split('/').includes('..') && !v.split('/').includes('.')), {
        error:
          'write the path of a file inside content/docs/, without "/", "./" or "../" in front (a file elsewhere is no page of the site: copy it into content/docs/), e.g. codeOfConduct: CODE_OF_CONDUCT.md',
      }),
  )
    .optional()
    .meta({
      description:
        "The code of conduct, when the project names one: its file in content/docs/, or the https:// address of the one it follows (its foundation's, often). The home page links to it.",
      example: 'CODE_OF_CONDUCT.md',
    }),
  localTimeZones: z
    .array(timeZoneSchema, { error: 'write a list of IANA time zone names, e.g. [America/New_York, Europe/Berlin, Asia/Tokyo]' })
    .default([])
    .meta({
      description: 'The time zones whose local times the meetings page and the charter show next to UTC for each date, for readers without JavaScript.',
      example: '[America/New_York, Europe/Berlin, Asia/Tokyo]',
    }),
  repositoryFileRoutes: z
    .record(oneLine(z.string()), oneLine(z.string().regex(/^\/.*\/$/, 'a site route starts and ends with "/", e.g. /maintainers/')))
    .default({})
    .meta({
      description:
        'Repository files that docs link to by their path, each with the page of this site that stands for it (a route starting and ending with "/"). Docs in content/docs/ need no entry, and a file with none is linked at its address on GitHub.',
      example: '{ MAINTAINERS.md: /maintainers/ }',
    }),
  imageHosts: z
    .array(
      oneLine(
        z
          .string()
          .toLowerCase()
          .regex(/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]([a-z0-9-]*[a-z0-9])?$/, {
            error: 'write a host name without https:// or a path, e.g. img.shields.io, or *.githubusercontent.com for all its subdomains',
          }),
      ),
      { error: 'write a list of host names, e.g. [img.shields.io, user-images.githubusercontent.com]' },
    )
    .default([])
    .meta({
      description:
        'The hosts whose images docs may show by their https:// address (status badges, images attached to issues); the Content-Security-Policy lets browsers load images from these and from this site only. `*.example.org` allows its subdomains.',
      example: '[img.shields.io, user-images.githubusercontent.com]',
    }),
  repositories: z
    .array(
      normalUrl(
        z
          .url({ protocol: /^https$/, error: 'write the https URL of each repository, e.g. - https://github.com/org/spec' })
          .refine((u) => !u.endsWith('/'), { error: 'drop the trailing "/" from the repository URL' }),
      ),
      { error: 'write a list of repository URLs, e.g.\n  repositories:\n    - https://github.com/org/spec' },
    )
    .default([])
    .meta({
      description:
        "The project's other repositories (the site's own is repository): a vote recorded in content/decisions/ must have been held in an issue or pull request of one of them, or of repository.",
      example: '[https://github.com/org/spec]',
    }),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
