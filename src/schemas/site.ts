import { z } from 'zod';
import { strictObject } from './strict.ts';
import { calendarDate } from './calendar-date.ts';
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
  securityPolicy: docPath('securityPolicy', 'SECURITY.md').optional().meta({
    description:
      "The security policy, when the project has one: its file in content/docs/. With `clomonitor: true` under repositoryFiles, `npm run generate` copies it to SECURITY.md at the repository root, where GitHub and CNCF's CLOMonitor look for it.",
    example: 'SECURITY.md',
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
  repositoryFiles: strictObject({
    codeowners: strictObject({
      approvedBy: oneLine(
        z.string({ error: 'write the id of the vote rule whose voters approve changes to the governance, e.g. approvedBy: amend-charter' }).min(1),
      ).meta({
        description: 'The vote rule whose voters approve changes to the governance: its active voters own content/ and every generated file.',
        example: 'amend-charter',
      }),
    })
      .optional()
      .meta({
        description:
          'Write .github/CODEOWNERS, so GitHub asks the active voters of one rule to review every change to content/ and to the generated files (emeritus members own nothing). Leave it out to keep a CODEOWNERS of your own.',
        example: '{ approvedBy: amend-charter }',
      }),
    gitvote: strictObject({
      duration: oneLine(
        z
          .string({ error: 'write how long a vote stays open, as GitVote reads it, e.g. duration: 7d' })
          .regex(/^[1-9][0-9]*(m|h|d|w)$/, 'write how long a vote stays open as a whole number and m, h, d or w, e.g. duration: 7d'),
      ).meta({ description: 'How long a GitVote vote stays open (minutes m, hours h, days d, weeks w).', example: '7d' }),
    })
      .optional()
      .meta({
        description:
          "Write .gitvote.yml for GitVote: one profile per vote rule it can count exactly, with the rule's voters by handle and the threshold that passes at exactly the charter's count. Leave it out to keep a .gitvote.yml of your own.",
        example: '{ duration: 7d }',
      }),
    cncfProject: strictObject({
      slug: oneLine(
        z
          .string({ error: "write the project's CNCF slug, e.g. slug: example-project" })
          .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'write the slug in lowercase letters, digits and hyphens, e.g. slug: example-project'),
      ).meta({ description: "The project's identifier in the CNCF's .project files.", example: 'example-project' }),
      maturityLog: z
        .array(
          strictObject({
            phase: z
              .enum(['sandbox', 'incubating', 'graduated', 'archived'], { error: 'write phase: sandbox, incubating, graduated or archived' })
              .meta({ description: 'The maturity phase the project entered.', example: 'sandbox' }),
            date: calendarDate.meta({ description: 'The day it entered it.', example: '2025-01-15' }),
            issue: normalUrl(z.url({ protocol: /^https$/, error: 'write the https URL of the TOC issue, e.g. https://github.com/cncf/toc/issues/123' })).meta({
              description: 'The TOC issue that decided it.',
              example: 'https://github.com/cncf/toc/issues/123',
            }),
          }),
          { error: 'write each phase the project entered: - { phase: sandbox, date: 2025-01-15, issue: https://github.com/cncf/toc/issues/123 }' },
        )
        .min(
          1,
          'write at least the phase the project entered first, e.g. - { phase: sandbox, date: 2025-01-15, issue: https://github.com/cncf/toc/issues/123 }',
        )
        .meta({
          description: 'Each maturity phase the project entered, in order: its date and the TOC issue.',
          example: '[{ phase: sandbox, date: 2025-01-15, issue: https://github.com/cncf/toc/issues/123 }]',
        }),
    })
      .optional()
      .meta({
        description:
          "Write the CNCF's .project files into .project/: maintainers.yaml (the active maintainers as the managed team, the emeritus members unmanaged) and project.yaml (its governance references lead to this site's pages).",
        example: '{ slug: example-project, maturityLog: [{ phase: sandbox, date: 2025-01-15, issue: https://github.com/cncf/toc/issues/123 }] }',
      }),
    clomonitor: z.boolean({ error: 'write clomonitor: true or clomonitor: false' }).default(false).meta({
      description:
        "Write the code of conduct to CODE_OF_CONDUCT.md and the security policy to SECURITY.md at the repository root, where CNCF's CLOMonitor looks, and let `npm run check` name, as notices, what CLOMonitor will not find.",
      example: 'true',
    }),
  })
    .default({ clomonitor: false })
    .meta({
      description:
        'Files of the repository that `npm run generate` writes from content/ for other tools, and `npm run check` keeps up to date; each is written only when named here, so a file kept by hand is never overwritten.',
      example: '{ codeowners: { approvedBy: amend-charter }, gitvote: { duration: 7d }, clomonitor: true }',
    }),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
