import { z } from 'zod';
import { strictObject } from './strict.ts';
import { oneLine, severalLines } from './text.ts';
import { timeZoneSchema } from './time-zone.ts';
import { normalUrl } from './url.ts';

/** `content/site.yaml`: the facts about the site itself, stated once. */
export const siteConfigSchema = strictObject({
  name: oneLine(z.string({ error: 'write the name shown at the top of every page, e.g. name: Example Project Governance' }).min(1)),
  project: oneLine(z.string({ error: 'write the project this site governs, e.g. project: Example Project' }).min(1)),
  url: normalUrl(
    z
      .url({ protocol: /^https?$/, error: 'write the absolute URL the site is served at, e.g. https://example.org/governance/' })
      .refine((u) => u.endsWith('/'), { error: 'end the site URL with "/" (e.g. https://example.org/governance/)' }),
  ),
  repository: normalUrl(
    z
      .url({ protocol: /^https$/, error: 'write the https URL of the GitHub repository, e.g. https://github.com/org/repo' })
      .refine((u) => !u.endsWith('/'), { error: 'drop the trailing "/" from the repository URL' }),
  ),
  branch: oneLine(z.string({ error: 'write the branch the site is published from, e.g. branch: main' }).min(1)),
  description: severalLines(z.string({ error: 'write one or two sentences about the site, for search engines and link previews' }).min(1)),
  /** Zones whose local times the meetings page and the charter show for each date, for readers without JavaScript. */
  localTimeZones: z.array(timeZoneSchema, { error: 'write a list of IANA time zone names, e.g. [America/New_York, Europe/Berlin, Asia/Tokyo]' }).default([]),
  repositoryFileRoutes: z
    .record(oneLine(z.string()), oneLine(z.string().regex(/^\/.*\/$/, 'a site route starts and ends with "/", e.g. /maintainers/')))
    .default({}),
  /**
   * The project's other repositories (the site's own is `repository`): a vote recorded in
   * content/decisions/ must have been held in an issue or pull request of one of them.
   */
  repositories: z
    .array(
      normalUrl(
        z
          .url({ protocol: /^https$/, error: 'write the https URL of each repository, e.g. - https://github.com/org/spec' })
          .refine((u) => !u.endsWith('/'), { error: 'drop the trailing "/" from the repository URL' }),
      ),
      { error: 'write a list of repository URLs, e.g.\n  repositories:\n    - https://github.com/org/spec' },
    )
    .default([]),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
