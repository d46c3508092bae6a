import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, parseContentFile, validateCollection } from '../src/validation/validate.ts';
import { resolveRepoLink } from '../src/site/repo-links.ts';
import { lintTimes, type LintOccurrence } from '../src/checks/time-lint/lint.ts';
import { contentCollections } from '../src/collections/registry.ts';
import { validateAllContent } from '../src/checks/content.ts';
import { siteConfigSchema } from '../src/schemas/site.ts';
import { governanceSchema } from '../src/schemas/governance.ts';
import { GOVERNANCE_PATH, parseGovernance } from '../src/site/governance-file.ts';
import { FIXTURE_CONTENT, projectRoot, withCharterOnly } from '../test-support/project.ts';
import { siteNamesExistingDocs } from '../src/rules/doc-rules.ts';
import { listContentFiles } from '../src/rules/content-files.ts';

/**
 * The bad-input corpus: broken content a maintainer might write, each with the
 * exact message it must give (file, line, what is wrong and what to write).
 * Fixtures live in tests/fixtures/broken/<kind>/; a row names one and lists
 * every problem expected from it, so a message that gets vaguer, moves line or
 * multiplies fails here. To add a case, add a fixture and a row.
 * Links that only the build can judge, and the whole `npm run check`, are
 * covered by a few full runs in tests/check.test.ts.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures/broken');
/** The fixture project (tests/fixtures/site), whose content/ stands for the real one: a pull request changing content/ breaks no row. */
const FIXTURE_ROOT = join(projectRoot, FIXTURE_CONTENT, '..');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** Validates one fixture as the only file of a collection's folder, as the check does. */
function validateAsCollection(collection: string, fixture: string): string[] {
  const spec = contentCollections.find((c) => c.name === collection);
  if (!spec) throw new Error(`no collection "${collection}" in src/collections/registry.ts`);
  const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
  temps.push(root);
  mkdirSync(join(root, spec.dir), { recursive: true });
  copyFileSync(join(FIXTURES, fixture), join(root, spec.dir, basename(fixture)));
  return validateCollection(root, spec).problems.map(formatProblem);
}

const FIELDS = 'title, description (optional: order, navLabel)';
const TITLE_FIXES =
  'write the page title in the frontmatter, e.g. title: Project Governance, or start the text with a level-one heading, e.g. # Project Governance';
const ONE_LINE = 'and this field is one line of text; write it on one line';
const NORMAL_URL = 'write that address, as a browser reads it';
const ALIASES_HINT = 'no content file needs that many; write the values out instead of repeating them with & anchors and * aliases';
const YAML_KEYS_HINT =
  'start each field at the beginning of its line (check the indentation), and put a value that contains ": " in quotes, e.g. description: "Step one: read"';

/** Collection rows: [collection, fixture, every problem it gives]. Meetings rows join here (roster rows are below). */
const collectionRows: [string, string, string[]][] = [
  // No title in the frontmatter and no level-one heading in the text: named by its file, as GitHub names it (content/docs/missing-title.mdx).
  ['docs', 'docs/missing-title.mdx', []],
  // No description: the first paragraph ("A page.") is the description.
  ['docs', 'docs/missing-description.mdx', []],
  // A file as it stands on GitHub, with neither a heading nor a paragraph: its file names it and its list sums it up.
  ['docs', 'docs/no-text-at-all.md', []],
  ['docs', 'docs/no-title-anywhere.md', []],
  // An issue template: its name, about, labels and assignees are another tool's, read past (npm run check's notice lists them).
  ['docs', 'docs/issue-template.md', []],
  // A near miss of a known field stays an error, though the heading gives the title.
  [
    'docs',
    'docs/titel-typo.md',
    ['content/docs/titel-typo.md:2: unknown field "titel"; did you mean title? (allowed fields: title, description, order, navLabel)'],
  ],
  // order is optional: a page without it is listed by its title, after the ordered ones.
  ['docs', 'docs/missing-order.mdx', []],
  [
    'docs',
    'docs/order-not-a-number.mdx',
    [
      'content/docs/order-not-a-number.mdx:4: order: write the position of this page in the navigation as a whole number, e.g. order: 10, or leave the field out to list the page by its title',
    ],
  ],
  ['docs', 'docs/order-fraction.mdx', ['content/docs/order-fraction.mdx:4: order: write a whole number, e.g. order: 10']],
  ['docs', 'docs/title-empty.mdx', [`content/docs/title-empty.mdx:2: title: ${TITLE_FIXES}`]],
  ['docs', 'docs/title-list.mdx', [`content/docs/title-list.mdx:2: title: ${TITLE_FIXES}`]],
  // The misspelt description is refused; the first paragraph stands in for the description meanwhile.
  [
    'docs',
    'docs/field-typo.mdx',
    ['content/docs/field-typo.mdx:3: unknown field "descripton"; did you mean description? (allowed fields: title, description, order, navLabel)'],
  ],
  // "author" is no near miss of a known field: another tool's, read past.
  ['docs', 'docs/unknown-field.mdx', []],
  [
    'docs',
    'docs/nav-label-empty.mdx',
    ['content/docs/nav-label-empty.mdx:5: navLabel: write the short name for the navigation, e.g. navLabel: Charter, or leave the field out to use the title'],
  ],
  [
    'docs',
    'docs/no-frontmatter.mdx',
    // No frontmatter is fine; the text has no level-one heading, so its file names it.
    [],
  ],
  [
    'docs',
    'docs/frontmatter-not-closed.mdx',
    ['content/docs/frontmatter-not-closed.mdx:1: the frontmatter is not closed: add a line with just "---" after its last field'],
  ],
  ['docs', 'docs/empty.mdx', [`content/docs/empty.mdx:1: the file is empty; fill in the fields ${FIELDS}, as in the other files of this folder`]],
  // An empty frontmatter: the file names the page and its paragraph sums it up.
  ['docs', 'docs/frontmatter-empty.mdx', []],
  [
    'docs',
    'docs/frontmatter-is-a-list.mdx',
    [`content/docs/frontmatter-is-a-list.mdx:2: write the fields as "name: value" lines, one per line, not a list: ${FIELDS}`],
  ],
  [
    'docs',
    'docs/yaml-bad-indentation.mdx',
    [`content/docs/yaml-bad-indentation.mdx:2:8: YAML syntax error (Nested mappings are not allowed in compact mappings): ${YAML_KEYS_HINT}`],
  ],
  [
    'docs',
    'docs/yaml-colon-in-value.mdx',
    [`content/docs/yaml-colon-in-value.mdx:3:14: YAML syntax error (Nested mappings are not allowed in compact mappings): ${YAML_KEYS_HINT}`],
  ],
  [
    'docs',
    'docs/yaml-unclosed-quote.mdx',
    [
      'content/docs/yaml-unclosed-quote.mdx:2:8: YAML syntax error (Missing closing "quote): a quoted value must end with the same quote mark it starts with, on the same line',
    ],
  ],
  [
    'docs',
    'docs/yaml-duplicate-field.mdx',
    ['content/docs/yaml-duplicate-field.mdx:5:1: YAML syntax error (Map keys must be unique): this field is already given above; keep only one of the two'],
  ],
  // A "billion laughs" text: stopped, with its line, before anything expands it.
  [
    'docs',
    'docs/alias-bomb.mdx',
    [`content/docs/alias-bomb.mdx:5:37: YAML aliases repeat more than 10000 values in this file (*n here repeats 1111): ${ALIASES_HINT}`],
  ],
  // Any other file beside the docs is a file of the repository, as on GitHub (people.yml, MAINTAINERS): no page, a link to it leads to GitHub.
  ['docs', 'docs/notes.txt', []],
  // But one GitHub shows as Markdown would be a page gone missing.
  [
    'docs',
    'docs/governance.markdown',
    ['content/docs/governance.markdown: GitHub shows a .markdown file as Markdown, but the site reads only .md, .mdx files: rename it to governance.md'],
  ],
];

/**
 * Roster rows: [fixture, every problem it gives] for a maintainer file added to
 * a roster of eleven (tests/fixtures/roster/), as a pull request adds one (so a handle can
 * clash with one already there). The fixture's file name is the one it gets.
 */
function validateInRoster(fixture: string): string[] {
  const spec = contentCollections.find((c) => c.name === 'maintainers')!;
  const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
  temps.push(root);
  cpSync(join(import.meta.dirname, 'fixtures/roster'), join(root, spec.dir), { recursive: true });
  // The roles a file may list: the fixture site's (maintainer only).
  copyFileSync(join(FIXTURE_ROOT, 'content/governance.yaml'), join(root, 'content/governance.yaml'));
  copyFileSync(join(FIXTURES, fixture), join(root, spec.dir, basename(fixture)));
  return validateCollection(root, spec).problems.map(formatProblem);
}

const HANDLE_RULE = 'a GitHub handle has 1 to 39 letters, digits and single hyphens, with no hyphen at the start or end';
const rosterRows: [string, string[]][] = [
  [
    'roster/Gorkem.yaml',
    [
      'content/maintainers/gorkem.yaml:1: handle: "gorkem" is the same GitHub account as "Gorkem" in content/maintainers/Gorkem.yaml (handles ignore case); keep one file per maintainer and delete the other',
    ],
  ],
  [
    'roster/gor_kem.yaml',
    [`content/maintainers/gor_kem.yaml:1: handle: "gor_kem" contains "_", which GitHub does not allow; ${HANDLE_RULE} (e.g. gorkem, if that is the account)`],
  ],
  [
    'roster/ada.yaml',
    [
      'content/maintainers/ada.yaml:1: handle: "ada-lovelace" differs from the file name "ada"; name the file after the handle (content/maintainers/ada-lovelace.yaml), or write handle: ada if that is the account',
    ],
  ],
  // Real emeritus lists carry no dates: the roster says "date not recorded", and no vote of theirs is counted.
  ['roster/emeritus-without-date.yaml', []],
  [
    'roster/role-unknown.yaml',
    [
      'content/maintainers/role-unknown.yaml:3: roles.0.role: "maintainers" is no role of content/governance.yaml; did you mean maintainer? write one of maintainer',
    ],
  ],
  [
    'roster/roles-and-shorthand.yaml',
    [
      'content/maintainers/roles-and-shorthand.yaml:2: status: this file lists roles, so write status under the role it belongs to (roles: - role: …, status: …), or remove roles and keep the shorthand for the default role',
      'content/maintainers/roles-and-shorthand.yaml:3: since: this file lists roles, so write since under the role it belongs to (roles: - role: …, since: …), or remove roles and keep the shorthand for the default role',
    ],
  ],
  [
    'roster/emeritus-before-since.yaml',
    [
      'content/maintainers/emeritus-before-since.yaml:4: emeritusSince: 2025-01-15 is before since (2025-06-01); write a day on or after 2025-06-01, or correct since',
    ],
  ],
  ['roster/impossible-date.yaml', ['content/maintainers/impossible-date.yaml:3: since: 2025-02-30 is not a date: February 2025 has 28 days; write YYYY-MM-DD']],
  [
    'roster/affiliation-typo.yaml',
    [
      'content/maintainers/affiliation-typo.yaml:3: unknown field "affilation"; did you mean affiliation? (allowed fields: handle, name, affiliation, status, since, emeritusSince, roles, areas)',
    ],
  ],
  ['roster/status-retired.yaml', ['content/maintainers/status-retired.yaml:2: status: write status: active or status: emeritus']],
  // Text reaches MAINTAINERS.md, the feeds and the pages: no line break, no control character.
  ['roster/name-with-heading.yaml', [`content/maintainers/name-with-heading.yaml:3: name: has a line break (U+000A), ${ONE_LINE}`]],
  ['roster/affiliation-with-tab.yaml', ['content/maintainers/affiliation-with-tab.yaml:4: affiliation: contains a tab (U+0009); write a space instead']],
  [
    'roster/area-with-bell.yaml',
    ['content/maintainers/area-with-bell.yaml:5: areas.0: contains the control character U+0007, which no page, feed or calendar can show; remove it'],
  ],
  [
    'roster/alias-bomb.yaml',
    [`content/maintainers/alias-bomb.yaml:8:8: YAML aliases repeat more than 10000 values in this file (*d here repeats 7381): ${ALIASES_HINT}`],
  ],
];

/**
 * Meeting rows: [fixture, every problem it gives]. Each fixture is a series every
 * other Thursday at 14:00 UTC from 2026-01-08 (a Thursday) with one mistake.
 */
const M = 'content/meetings';
const START_HINT = 'is not a time of day; write the start as "HH:MM" on a 24-hour clock, from "00:00" to "23:59", e.g. start: "14:00"';
const meetingRows: [string, string[]][] = [
  [
    'meetings/unknown-time-zone.yaml',
    [
      `${M}/unknown-time-zone.yaml:9: rule.timeZone: unknown time zone "Europe/Berln"; did you mean Europe/Berlin? Write an IANA time zone name such as UTC, Europe/Berlin or America/New_York`,
    ],
  ],
  [
    'meetings/first-occurrence-wrong-weekday.yaml',
    [
      `${M}/first-occurrence-wrong-weekday.yaml:10: firstOccurrence: 2026-01-07 is a Wednesday, but rule.weekday is thursday; write the date of the first Thursday meeting, e.g. 2026-01-01 or 2026-01-08`,
    ],
  ],
  [
    'meetings/cancelled-not-a-meeting.yaml',
    [
      `${M}/cancelled-not-a-meeting.yaml:14: cancelled.0.date: 2026-03-12 is not a date of this series (every other Thursday from 2026-01-08); the nearest are 2026-03-05 and 2026-03-19`,
    ],
  ],
  [
    'meetings/cancelled-date-not-a-date.yaml',
    [`${M}/cancelled-date-not-a-date.yaml:14: cancelled.0.date: "24.12.2026" is not a date; write it as YYYY-MM-DD, e.g. 2025-12-25`],
  ],
  [
    'meetings/moved-not-a-meeting.yaml',
    [
      `${M}/moved-not-a-meeting.yaml:14: moved.0.date: 2026-03-12 is not a date of this series (every other Thursday from 2026-01-08); the nearest are 2026-03-05 and 2026-03-19`,
    ],
  ],
  ['meetings/start-24-00.yaml', [`${M}/start-24-00.yaml:6: rule.start: "24:00" ${START_HINT}`]],
  ['meetings/moved-start-25-61.yaml', [`${M}/moved-start-25-61.yaml:16: moved.0.start: "25:61" ${START_HINT}`]],
  [
    'meetings/duration-zero.yaml',
    [`${M}/duration-zero.yaml:7: rule.durationMinutes: a meeting cannot last 0 minutes; write a length of more than 0 minutes, e.g. durationMinutes: 60`],
  ],
  [
    'meetings/moved-duration-negative.yaml',
    [
      `${M}/moved-duration-negative.yaml:16: moved.0.durationMinutes: a meeting cannot last -30 minutes; write a length of more than 0 minutes, e.g. durationMinutes: 60`,
    ],
  ],
  [
    'meetings/join-url-http.yaml',
    [
      `${M}/join-url-http.yaml:12: join.url: write the https:// address (an http:// link sends the passcode unencrypted and browsers warn about it), e.g. https://zoom.us/j/12345678901`,
    ],
  ],
  [
    'meetings/yaml-colon-in-reason.yaml',
    [`${M}/yaml-colon-in-reason.yaml:16:13: YAML syntax error (Nested mappings are not allowed in compact mappings): ${YAML_KEYS_HINT}`],
  ],
  [
    'meetings/join-url-second-link.yaml',
    [
      `${M}/join-url-second-link.yaml:12: join.url: https://zoom.us/j/1)[Backup link](https://evil.example/)( leads to https://zoom.us/j/1)[Backup%20link](https://evil.example/)(; ${NORMAL_URL}`,
    ],
  ],
  [
    'meetings/join-url-dot-segments.yaml',
    [`${M}/join-url-dot-segments.yaml:12: join.url: https://zoom.us/j/123/../../../evil.example/ leads to https://zoom.us/evil.example/; ${NORMAL_URL}`],
  ],
  [
    'meetings/description-carriage-return.yaml',
    [
      `${M}/description-carriage-return.yaml:3: description: contains the line break U+000D; end each line with a plain line feed, as a YAML block ("|" or ">") writes it`,
    ],
  ],
  ['meetings/reason-line-separator.yaml', [`${M}/reason-line-separator.yaml:15: cancelled.0.reason: has a line break (U+2028), ${ONE_LINE}`]],
  ['meetings/platform-with-link.yaml', [`${M}/platform-with-link.yaml:12: join.platform: has a line break (U+000A), ${ONE_LINE}`]],
  // A start a clock change skips or repeats: refused, since calendar clients place it differently.
  [
    'meetings/start-in-spring-gap.yaml',
    [
      `${M}/start-in-spring-gap.yaml:6: rule.start: "02:30" does not exist in New York (America/New_York) on 2026-03-08: the clocks jump from 02:00 to 03:00 that night, and calendar apps disagree on when such a meeting is; choose a start outside 02:00-03:00, or keep the series on UTC`,
    ],
  ],
  [
    'meetings/start-in-repeated-hour.yaml',
    [
      `${M}/start-in-repeated-hour.yaml:6: rule.start: "01:30" happens twice in New York (America/New_York) on 2026-11-01: the clocks go back from 02:00 to 01:00 that night, and calendar apps disagree on which one the meeting is at; choose a start outside 01:00-02:00, or keep the series on UTC`,
    ],
  ],
  [
    'meetings/extra-start-in-gap.yaml',
    [
      `${M}/extra-start-in-gap.yaml:15: extra.0.start: "02:15" does not exist in Berlin (Europe/Berlin) on 2026-03-29: the clocks jump from 02:00 to 03:00 that night, and calendar apps disagree on when such a meeting is; choose a start outside 02:00-03:00`,
    ],
  ],
  [
    'meetings/moved-onto-cancelled.yaml',
    [
      `${M}/moved-onto-cancelled.yaml:18: moved.0.to: 2026-03-19 is the date of a cancelled meeting of this series (cancelled[0]); move the meeting of 2026-03-05 to a day the series does not meet on, or, to meet on 2026-03-19 after all, remove it from cancelled and cancel 2026-03-05 instead`,
    ],
  ],
  [
    'meetings/moved-onto-another-meeting.yaml',
    [
      `${M}/moved-onto-another-meeting.yaml:15: moved.0.to: 2026-03-19 already has a meeting of this series: the series meets that day as usual; move the meeting of 2026-03-05 to a day without one, or cancel it`,
      `${M}/moved-onto-another-meeting.yaml:19: moved.1.to: 2026-04-09 already has a meeting of this series: an extra session is held that day; move the meeting of 2026-04-02 to a day without one, or cancel it`,
      `${M}/moved-onto-another-meeting.yaml:25: moved.3.to: 2026-05-06 already has a meeting of this series: the meeting of 2026-04-30 is moved to that day too (moved[2]); move the meeting of 2026-05-14 to a day without one, or cancel it`,
    ],
  ],
  // Monthly rules and series without a public link: the fixtures meet on the 1st and 3rd Wednesday at 10:00 Los Angeles time.
  [
    'meetings/monthly-fifth.yaml',
    [
      `${M}/monthly-fifth.yaml:6: rule.monthly.1: "5th": not every month has a 5th; write last for the last one of each month (the 5th when there is one), e.g. monthly: [last]`,
    ],
  ],
  [
    'meetings/monthly-in-words.yaml',
    [
      `${M}/monthly-in-words.yaml:6: rule.monthly.0: "first" is not a position in the month; write 1st, 2nd, 3rd, 4th or last, e.g. monthly: [1st, 3rd]`,
      `${M}/monthly-in-words.yaml:6: rule.monthly.1: "third" is not a position in the month; write 1st, 2nd, 3rd, 4th or last, e.g. monthly: [1st, 3rd]`,
    ],
  ],
  [
    'meetings/monthly-empty.yaml',
    [`${M}/monthly-empty.yaml:6: rule.monthly: write the positions in the month as a list of 1st, 2nd, 3rd, 4th, last, e.g. monthly: [1st, 3rd]`],
  ],
  ['meetings/monthly-listed-twice.yaml', [`${M}/monthly-listed-twice.yaml:6: rule.monthly.2: 1st is listed twice; list each position once`]],
  [
    'meetings/monthly-fourth-and-last.yaml',
    [`${M}/monthly-fourth-and-last.yaml:6: rule.monthly: 4th and last are the same day in a month with four Wednesdays; list one of them`],
  ],
  [
    'meetings/monthly-and-interval.yaml',
    [
      `${M}/monthly-and-interval.yaml:6: rule.monthly: write either intervalWeeks (every N weeks) or monthly (days of the month by position), not both; remove one of them`,
    ],
  ],
  [
    'meetings/no-cycle.yaml',
    [
      `${M}/no-cycle.yaml:4: rule.intervalWeeks: missing; write how often the series meets: intervalWeeks: 2 for every other week, or monthly: [1st, 3rd] for the 1st and 3rd Wednesday of each month`,
    ],
  ],
  [
    'meetings/monthly-first-occurrence-off.yaml',
    [
      `${M}/monthly-first-occurrence-off.yaml:10: firstOccurrence: 2026-01-14 is not the 1st or 3rd Wednesday of its month (rule.monthly); write the date of the first meeting, e.g. 2026-01-07 or 2026-01-21`,
    ],
  ],
  [
    'meetings/monthly-cancelled-not-a-meeting.yaml',
    [
      `${M}/monthly-cancelled-not-a-meeting.yaml:14: cancelled.0.date: 2026-03-11 is not a date of this series (on the 1st and 3rd Wednesday of each month from 2026-01-07); the nearest are 2026-03-04 and 2026-03-18`,
    ],
  ],
  [
    'meetings/join-without-link.yaml',
    [
      `${M}/join-without-link.yaml:11: join.url: missing; write the https:// address that joins the call, e.g. url: https://zoom.us/j/12345678901, or, when the link is not public, how to get it, e.g. instructions: Join the mailing list for the invite.`,
    ],
  ],
  [
    'meetings/join-link-and-instructions.yaml',
    [
      `${M}/join-link-and-instructions.yaml:13: join.instructions: write either url (a public link) or instructions (how to get a link that is not public), not both; remove one of them`,
    ],
  ],
  [
    'meetings/alias-unresolved.yaml',
    [`${M}/alias-unresolved.yaml:16:13: the alias *holidays names no anchor above it; write the value itself, or mark it &holidays where it is first written`],
  ],
];

/** content/site.yaml rows: [fixture, every problem it gives]. */
const siteRows: [string, string[]][] = [
  ['site/url-without-slash.yaml', ['content/site.yaml:6: url: end the site URL with "/" (e.g. https://example.org/governance/)']],
  ['site/repository-with-slash.yaml', ['content/site.yaml:8: repository: drop the trailing "/" from the repository URL']],
  ['site/route-without-slashes.yaml', ['content/site.yaml:17: repositoryFileRoutes.MAINTAINERS.md: a site route starts and ends with "/", e.g. /maintainers/']],
  [
    'site/field-typo.yaml',
    [
      'content/site.yaml:1: branch: missing; write the branch the site is published from, e.g. branch: main',
      'content/site.yaml:9: unknown field "branh"; did you mean branch? (allowed fields: name, project, url, repository, branch, description, charter, contributing, codeOfConduct, securityPolicy, localTimeZones, repositoryFileRoutes, imageHosts, repositories, repositoryFiles)',
    ],
  ],
  // A line break in the project name would start a line of its own in every calendar feed (a forged VEVENT) and in MAINTAINERS.md.
  ['site/project-forges-an-event.yaml', [`content/site.yaml:3: project: has a line break (U+000D), ${ONE_LINE}`]],
  ['site/project-markdown-link.yaml', [`content/site.yaml:3: project: has a line break (U+000A), ${ONE_LINE}`]],
  [
    'site/project-control-character.yaml',
    ['content/site.yaml:3: project: contains the control character U+001B, which no page, feed or calendar can show; remove it'],
  ],
  [
    'site/url-dot-segments.yaml',
    [`content/site.yaml:4: url: https://modelpack.github.io/community/../elsewhere/ leads to https://modelpack.github.io/elsewhere/; ${NORMAL_URL}`],
  ],
  [
    'site/repository-upper-case-host.yaml',
    [`content/site.yaml:5: repository: https://GitHub.com/modelpack/community leads to https://github.com/modelpack/community; ${NORMAL_URL}`],
  ],
  // zod's URL check drops the line break silently; the text is checked as written.
  ['site/url-with-line-break.yaml', [`content/site.yaml:4: url: has a line break (U+000D), ${ONE_LINE}`]], // The charter, the guide and the code of conduct are named by their path inside content/docs/.
  [
    'site/charter-without-extension.yaml',
    [
      'content/site.yaml:24: charter: write the path of a .md or .mdx file inside content/docs/, e.g. charter: GOVERNANCE.md',
      'content/site.yaml:25: codeOfConduct: write the path of a .md or .mdx file inside content/docs/ (e.g. codeOfConduct: CODE_OF_CONDUCT.md), or the https:// address of the code of conduct the project follows (e.g. codeOfConduct: https://github.com/cncf/foundation/blob/main/code-of-conduct.md)',
    ],
  ],
  [
    'site/charter-outside-docs.yaml',
    [
      'content/site.yaml:24: charter: write the path of a file inside content/docs/, without "/", "./" or "../" in front (a file elsewhere is no page of the site: copy it into content/docs/), e.g. charter: GOVERNANCE.md',
    ],
  ],
  [
    'site/charter-missing.yaml',
    ['content/site.yaml:1: charter: missing; write the path of a .md or .mdx file inside content/docs/, e.g. charter: GOVERNANCE.md'],
  ],
  // The files for other tools: a GitVote duration as GitVote reads it, a CNCF slug and a maturity log, a near miss of a file's name.
  [
    'site/gitvote-duration-in-words.yaml',
    ['content/site.yaml:17: repositoryFiles.gitvote.duration: write how long a vote stays open as a whole number and m, h, d or w, e.g. duration: 7d'],
  ],
  [
    'site/cncf-project-slug-and-empty-log.yaml',
    [
      'content/site.yaml:17: repositoryFiles.cncfProject.slug: write the slug in lowercase letters, digits and hyphens, e.g. slug: example-project',
      'content/site.yaml:18: repositoryFiles.cncfProject.maturityLog: write at least the phase the project entered first, e.g. - { phase: sandbox, date: 2025-01-15, issue: https://github.com/cncf/toc/issues/123 }',
    ],
  ],
  [
    'site/repository-files-typo.yaml',
    [
      'content/site.yaml:16: repositoryFiles: unknown field "codeowner"; did you mean codeowners? (allowed fields: codeowners, gitvote, cncfProject, clomonitor)',
    ],
  ],
  [
    'site/image-host-with-scheme.yaml',
    [
      'content/site.yaml:19: imageHosts.1: write a host name without https:// or a path, e.g. img.shields.io, or *.githubusercontent.com for all its subdomains',
    ],
  ],
];

/**
 * content/site.yaml rows whose docs must exist: [fixture, every problem it gives] in a project
 * whose content/docs/ holds governance.md and code-of-conduct.md, as the check runs it.
 */
const siteDocRows: [string, string[]][] = [
  // GitHub's name, but the file was copied in under another case: the name as it is.
  [
    'site-docs/charter-in-other-case.yaml',
    ['content/site.yaml:24: charter: content/docs/GOVERNANCE.md does not exist; write charter: governance.md, as the file is named'],
  ],
  // A charter and a guide never copied in; the code of conduct given by its address needs no file.
  [
    'site-docs/charter-not-copied.yaml',
    [
      'content/site.yaml:24: charter: content/docs/TSC-Charter.md does not exist; name one of the docs there (code-of-conduct.md, governance.md), or add the file',
      'content/site.yaml:25: contributing: content/docs/CONTRIBUTING.md does not exist; name one of the docs there (code-of-conduct.md, governance.md), or add the file',
    ],
  ],
];

/**
 * Decision rows: [fixture, every problem it gives] for a decision file added to a roster
 * of eleven undated active maintainers (tests/fixtures/roster/) and one, former-fixture,
 * emeritus since 2026-01-15 (and, for the undated rows, undated-former, emeritus since a date not recorded), with the fixture site's repositories and rules (tests/fixtures/site/content/site.yaml) and a charter of one line. Counted on
 * 2026-12-01 when the vote is open. The whole check runs, so the cross-file rules do too.
 */
function validateInDecisions(fixture: string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
  temps.push(root);
  for (const dir of ['content/docs', 'content/meetings', 'content/decisions']) mkdirSync(join(root, dir), { recursive: true });
  cpSync(join(import.meta.dirname, 'fixtures/roster'), join(root, 'content/maintainers'), { recursive: true });
  writeFileSync(join(root, 'content/maintainers/former-fixture.yaml'), 'handle: former-fixture\nstatus: emeritus\nemeritusSince: 2026-01-15\n');
  if (fixture.includes('undated')) writeFileSync(join(root, 'content/maintainers/undated-former.yaml'), 'handle: undated-former\nstatus: emeritus\n');
  copyFileSync(join(FIXTURE_ROOT, 'content/site.yaml'), join(root, 'content/site.yaml'));
  withCharterOnly(root);
  copyFileSync(join(FIXTURES, fixture), join(root, 'content/decisions', basename(fixture)));
  return validateAllContent(root, '2026-12-01').map(formatProblem);
}

const DEC = 'content/decisions';
const decisionRows: [string, string[]][] = [
  [
    'decisions/approved-too-few.md',
    [
      `${DEC}/approved-too-few.md:15: outcome: recorded as approved, but 5 votes for were cast and 8 were needed (8 of 11 maintainers active on 2026-03-10); write outcome: rejected, or record the votes that are missing`,
    ],
  ],
  [
    'decisions/approved-without-maintainer-file.md',
    [
      `${DEC}/approved-without-maintainer-file.md:3: subject: the vote approved newcomer-fixture on 2026-03-10, but content/maintainers/ has no file for them; add it: npm run new:maintainer -- newcomer-fixture --since 2026-03-10`,
    ],
  ],
  [
    'decisions/closed-in-the-future.md',
    [
      `${DEC}/closed-in-the-future.md:5: closed: 2027-01-05 is after today (2026-12-01), and a vote is recorded once it has closed; while it is open, remove closed and outcome, or correct the date`,
    ],
  ],
  [
    'decisions/closed-before-opened.md',
    [`${DEC}/closed-before-opened.md:5: closed: 2026-03-02 is before opened (2026-03-10); write a day on or after 2026-03-10, or correct opened`],
  ],
  [
    'decisions/emeritus-voter.md',
    [
      `${DEC}/emeritus-voter.md:16: votes.former-fixture: former-fixture is emeritus since 2026-01-15 (content/maintainers/former-fixture.yaml), so was not active on 2026-03-10, when the vote closed: an emeritus maintainer does not vote; remove this vote`,
    ],
  ],
  [
    'decisions/unknown-rule.md',
    [
      `${DEC}/unknown-rule.md:2: rule: "change-charta" is no rule of content/governance.yaml; did you mean change-charter? write one of approve-new-maintainer, remove-maintainer, change-charter`,
    ],
  ],
  [
    // undated-former is emeritus since a date not recorded: their vote is never counted, and they stay in the base (12 members, 8 needed).
    'decisions/undated-emeritus-voter.md',
    [
      `${DEC}/undated-emeritus-voter.md:16: votes.undated-former: undated-former is emeritus since a date not recorded (content/maintainers/undated-former.yaml), so may have left the maintainers before the vote closed: their vote cannot be counted; write emeritusSince there if they were still a maintainer on 2026-03-10, when the vote closed, or remove this vote`,
    ],
  ],
  [
    'decisions/held-elsewhere.md',
    [
      `${DEC}/held-elsewhere.md:5: heldAt: https://github.com/someone-else/community/pull/40 is not an issue, pull request or discussion of the project's repositories; link to one in https://github.com/example-org/community or https://github.com/example-org/spec (e.g. https://github.com/example-org/community/issues/12), or add its repository to repositories in content/site.yaml`,
    ],
  ],
  [
    'decisions/held-at-dot-segments.md',
    [
      `${DEC}/held-at-dot-segments.md:5: heldAt: https://github.com/example-org/community/issues/1/../../../../other-org/repo/issues/666 leads to https://github.com/other-org/repo/issues/666; ${NORMAL_URL}`,
    ],
  ],
  [
    'decisions/held-at-encoded-dot-segments.md',
    [
      `${DEC}/held-at-encoded-dot-segments.md:5: heldAt: https://github.com/example-org/community/issues/1/%2e%2e/%2E%2E/%2e%2e/%2e%2e/other-org/repo/issues/666 leads to https://github.com/other-org/repo/issues/666; ${NORMAL_URL}`,
    ],
  ],
  ['decisions/subject-with-line-break.md', [`${DEC}/subject-with-line-break.md:3: subject: has a line break (U+000A), ${ONE_LINE}`]],
  ['decisions/impossible-date.md', [`${DEC}/impossible-date.md:4: opened: 2026-02-30 is not a date: February 2026 has 28 days; write YYYY-MM-DD`]],
  [
    'decisions/open-with-outcome.md',
    [
      `${DEC}/open-with-outcome.md:2: closed: missing; outcome is approved, so write the day the vote closed, e.g. closed: 2026-03-02, or remove outcome while the vote is open`,
    ],
  ],
  [
    'decisions/removal-subject-votes.md',
    [
      `${DEC}/removal-subject-votes.md:14: votes.wy65701436: wy65701436 is the maintainer leaving and does not vote (the rule is a 2/3 vote of the remaining maintainers); remove this vote`,
    ],
  ],
  [
    'decisions/unknown-field.md',
    [`${DEC}/unknown-field.md:6: unknown field "outcom"; did you mean outcome? (allowed fields: rule, subject, opened, closed, heldAt, votes, outcome)`],
  ],
  [
    'decisions/unknown-voter.md',
    [
      `${DEC}/unknown-voter.md:16: votes.gorkme: gorkme has no file in content/maintainers/, and only maintainers vote; remove this vote, or correct the handle (did you mean gorkem?)`,
    ],
  ],
  ['decisions/vote-maybe.md', [`${DEC}/vote-maybe.md:7: votes.gorkem: write the vote as for, against or abstain, e.g. gorkem: for`]],
  [
    'decisions/voted-twice.md',
    [`${DEC}/voted-twice.md:16: votes.Gorkem: Gorkem is the same GitHub account as gorkem above (handles ignore case), so this is a second vote; keep one`],
  ],
  [
    'decisions/yaml-error.md',
    [
      `${DEC}/yaml-error.md:7:11: YAML syntax error (Nested mappings are not allowed in compact mappings): start each field at the beginning of its line (check the indentation), and put a value that contains ": " in quotes, e.g. description: "Step one: read"`,
    ],
  ],
];

/** content/governance.yaml rows: [fixture, every problem it gives], one for each field of a role and a rule. */
const governanceRows: [string, string[]][] = [
  [
    'governance/inactivity-in-words.yaml',
    ['content/governance.yaml:6: inactivityMonths: write the period in whole months, e.g. inactivityMonths: 12 for a year'],
  ],
  ['governance/inactivity-zero.yaml', ['content/governance.yaml:5: inactivityMonths: write a period of 1 month or more, e.g. inactivityMonths: 12 for a year']],
  [
    'governance/abstentions-typo.yaml',
    [
      'content/governance.yaml:11: rules.0.abstentions: "abstain" is not a value of abstentions; write one of present, against, absent, e.g. abstentions: present',
    ],
  ],
  [
    'governance/amends-charter-yes.yaml',
    ['content/governance.yaml:11: rules.0.amendsCharter: write amendsCharter: true for the rule that changes the charter, or leave the field out'],
  ],
  [
    'governance/base-missing.yaml',
    ['content/governance.yaml:6: rules.0.base: missing; write one of members, remaining-members, votes-cast, e.g. base: members'],
  ],
  [
    'governance/base-typo.yaml',
    [
      'content/governance.yaml:10: rules.0.base: "member" is not a value of base; did you mean members? write one of members, remaining-members, votes-cast, e.g. base: members',
    ],
  ],
  [
    'governance/body-not-a-role.yaml',
    [
      'content/governance.yaml:8: rules.0.body: "committers" is no role of roles; did you mean committer? write one of committer, or add the role under roles (for a group of content/groups/, write group: committers instead of body)',
    ],
  ],
  [
    'governance/rule-body-and-group.yaml',
    ['content/governance.yaml:9: rules.0.group: a rule has one body that votes: write body (a role of roles) or group (a group of content/groups/), not both'],
  ],
  [
    'governance/rule-without-body.yaml',
    [
      'content/governance.yaml:6: rules.0: missing who votes; write body: maintainer (a role of roles: maintainer), or group: <id> (a group of content/groups/, by its file name without .yaml)',
    ],
  ],
  [
    'governance/rule-group-capitals.yaml',
    ['content/governance.yaml:8: rules.0.group: write the id of the group whose members vote, its file name in content/groups/ without .yaml, e.g. group: tsc'],
  ],
  [
    'governance/subject-role-not-a-role.yaml',
    [
      'content/governance.yaml:15: rules.0.subjectRole: "reviewers" is no role of roles; did you mean reviewer? write one of committer, reviewer, or add the role under roles',
    ],
  ],
  [
    'governance/subject-role-of-text.yaml',
    [
      'content/governance.yaml:14: rules.0.subjectRole: subjectRole is the role a person joins or leaves; write subject: joining or subject: leaving, or remove subjectRole',
    ],
  ],
  [
    'governance/subject-role-remaining.yaml',
    [
      'content/governance.yaml:13: rules.0.base: remaining-members sets aside a member of the body leaving it, and the subject leaves reviewer, not committer; write base: members, or subjectRole: committer',
    ],
  ],
  [
    'governance/no-roles.yaml',
    [
      'content/governance.yaml:1: roles: list at least one role: the roster is made of people holding them, e.g. - { id: maintainer, singular: Maintainer, plural: Maintainers }',
    ],
  ],
  [
    'governance/proposal-not-joining.yaml',
    ['content/governance.yaml:11: rules.0.proposal: a proposal names someone who joins; write subject: joining, or remove proposal'],
  ],
  [
    'governance/quorum-not-a-fraction.yaml',
    [
      'content/governance.yaml:11: rules.0.quorum: "half" is not a fraction; write a fraction, which is reached at least (2/3: two thirds or more), or "more than 1/2", "at least 3/5", "majority" (more than half) or "unanimous" (all)',
    ],
  ],
  [
    'governance/remaining-without-leaving.yaml',
    [
      'content/governance.yaml:10: rules.0.base: remaining-members sets the subject aside, and only a member who is leaving is set aside; write subject: leaving, or base: members',
    ],
  ],
  [
    'governance/role-id-capitals.yaml',
    [
      "content/governance.yaml:2: roles.0.id: write the role's id in lowercase letters, digits and single hyphens, e.g. id: maintainer",
      'content/governance.yaml:5: roles.0.bodyName: write the name the charter gives all the holders together, e.g. bodyName: Steering Committee (or leave the field out)',
    ],
  ],
  [
    'governance/role-section-typo.yaml',
    [
      'content/governance.yaml:5: roles.0.section: write the heading id without "#" or spaces, as the page links it, e.g. section: maintainers',
      'content/governance.yaml:6: roles.0: unknown field "singluar"; did you mean singular? (allowed fields: id, singular, plural, bodyName, section)',
    ],
  ],
  [
    'governance/rule-field-typo.yaml',
    [
      'content/governance.yaml:6: rules.0.threshold: missing; write threshold as text, e.g. threshold: 2/3; write a fraction, which is reached at least (2/3: two thirds or more), or "more than 1/2", "at least 3/5", "majority" (more than half) or "unanimous" (all)',
      'content/governance.yaml:9: rules.0: unknown field "treshold"; did you mean threshold? (allowed fields: id, name, body, group, threshold, base, quorum, abstentions, subject, subjectRole, section, amendsCharter, proposal)',
    ],
  ],
  ['governance/rule-twice.yaml', ['content/governance.yaml:11: rules.1.id: "add-committer" is the id of rule 1 too; give each rule its own id']],
  [
    'governance/section-with-hash.yaml',
    ['content/governance.yaml:11: rules.0.section: write the heading id without "#" or spaces, as the page links it, e.g. section: voting'],
  ],
  [
    'governance/subject-typo.yaml',
    ['content/governance.yaml:11: rules.0.subject: "joins" is not a value of subject; write one of text, joining, leaving, e.g. subject: joining'],
  ],
  [
    'governance/threshold-above-one.yaml',
    ['content/governance.yaml:9: rules.0.threshold: "3/2" is not a fraction between 0 and 1; write a numerator from 1 to the denominator, e.g. 2/3'],
  ],
  [
    'governance/threshold-typo.yaml',
    [
      'content/governance.yaml:9: rules.0.threshold: "majoritty" is not a fraction; did you mean majority? write a fraction, which is reached at least (2/3: two thirds or more), or "more than 1/2", "at least 3/5", "majority" (more than half) or "unanimous" (all)',
    ],
  ],
];

/** content/governance.yaml rows checked against the groups there are (src/rules/governance-rules.ts): [fixture, every problem of content/governance.yaml]. */
const governanceGroupRows: [string, string[]][] = [
  [
    'governance-groups/group-typo.yaml',
    [
      'content/governance.yaml:8: rules.0.group: there is no group "tcs" (no file content/groups/tcs.yaml); did you mean group: tsc? write one of runtime, tsc, or add the group\'s file',
    ],
  ],
  [
    'governance-groups/group-is-a-role.yaml',
    [
      'content/governance.yaml:8: rules.0.group: there is no group "maintainer" (no file content/groups/maintainer.yaml); maintainer is a role of roles: write body: maintainer instead of group',
    ],
  ],
  [
    'governance-groups/body-is-a-group.yaml',
    [
      'content/governance.yaml:8: rules.0.body: "tsc" is no role of roles; write one of maintainer, or add the role under roles (for a group of content/groups/, write group: tsc instead of body)',
    ],
  ],
];

/** Links by repository path, as the build's markdown plugin (src/markdown/rewrite-repo-links.ts) judges them: [link, from file, message]. */
const linkRows: [string, string, string][] = [
  [
    '../../../outside.md',
    'content/docs/governance.mdx',
    'link "../../../outside.md" points outside the repository; link to a file in the repository or to a full https:// URL',
  ],
  [
    './MAINTAINERS.md',
    'content/docs/governance.mdx',
    'link "./MAINTAINERS.md" leads to "content/docs/MAINTAINERS.md", which is not a file of the repository; the nearest file is "MAINTAINERS.md": write "../../MAINTAINERS.md"',
  ],
  [
    './code-of-conduct.md#reporting',
    'content/docs/governance.mdx',
    'link "./code-of-conduct.md#reporting" leads to "content/docs/code-of-conduct.md", which is not a file of the repository; the nearest file is "content/docs/code-of-conduct.mdx": write "./code-of-conduct.mdx"',
  ],
  [
    '/content/docs/governence.mdx',
    'content/docs/code-of-conduct.mdx',
    'link "/content/docs/governence.mdx" leads to "content/docs/governence.mdx", which is not a file of the repository; the nearest file is "content/docs/governance.mdx": write "/content/docs/governance.mdx"',
  ],
];

/**
 * Time drift rows: [fixture, path it stands for, every problem it gives], against
 * hand-built office hours every second Thursday at 14:00 UTC for twelve months from 5 November 2026.
 */
const officeHours: LintOccurrence[] = Array.from({ length: 26 }, (_, k) => {
  const start = DateTime.fromISO('2026-11-05T14:00:00Z').plus({ weeks: 2 * k });
  return { seriesId: 'office-hours', start: start.toJSDate(), end: start.plus({ hours: 1 }).toJSDate() };
});
const USE = 'write <MeetingWhen id="office-hours" /> instead of typing the time';
const USE_NEW_YORK = 'write <MeetingWhen id="office-hours" alsoIn="America/New_York" /> instead of typing the time';
const DROP =
  "remove the time: the meetings page, the charter and the feeds show it from rule.start and rule.timeZone of content/meetings/office-hours.yaml, in every reader's zone";
const WRONG = 'is wrong for ModelSpec Public Office Hours (office-hours) on Thursday 5 November 2026, when the data says';
const timeRows: [string, string, string[]][] = [
  [
    'time/seed-sentence.mdx',
    'content/docs/governance.mdx',
    [
      // US summer time 2027 starts on 14 March: until then 14:00 UTC is 09:00 in New York.
      `content/docs/governance.mdx:9: "Thursday at 10:00ET" ${WRONG} Thursday 09:00 in New York, and on 9 more of its 26 meetings ahead; ${USE_NEW_YORK}`,
    ],
  ],
  [
    'time/fixed-zone-wrong-all-year.mdx',
    'content/docs/meetings.mdx',
    [`content/docs/meetings.mdx:7: "14:00 CET" ${WRONG} 15:00 CET (UTC+1), and on each of its other 25 meetings ahead; ${USE}`],
  ],
  [
    'time/wrong-weekday.mdx',
    'content/docs/meetings.mdx',
    [`content/docs/meetings.mdx:7: "Wednesday at 14:00 UTC" ${WRONG} Thursday 14:00 UTC, and on each of its other 25 meetings ahead; ${USE}`],
  ],
  [
    'time/range-end.mdx',
    'content/docs/meetings.mdx',
    [`content/docs/meetings.mdx:7: "14:00-14:30 UTC" ${WRONG} 14:00-15:00 UTC, and on each of its other 25 meetings ahead; ${USE}`],
  ],
  [
    'time/meeting-description.yaml',
    'content/meetings/office-hours.yaml',
    [`content/meetings/office-hours.yaml:4: "Thursday at 10am Eastern" ${WRONG} Thursday 09:00 in New York, and on 9 more of its 26 meetings ahead; ${DROP}`],
  ],
  // Times that name no series, in their sentence, section or page, are the author's own.
  ['time/authors-own-time.mdx', 'content/docs/community.mdx', []],
];

describe('bad input: content files', () => {
  it.each(collectionRows)('%s collection: %s', (collection, fixture, expected) => {
    expect(validateAsCollection(collection, fixture)).toEqual(expected);
  });

  it.each(rosterRows)('maintainers collection, added to a roster of eleven: %s', (fixture, expected) => {
    expect(validateInRoster(fixture)).toEqual(expected);
  });

  it.each(meetingRows)('meetings collection: %s', (fixture, expected) => {
    expect(validateAsCollection('meetings', fixture)).toEqual(expected);
  });

  it.each(siteRows)('content/site.yaml: %s', (fixture, expected) => {
    const text = readFileSync(join(FIXTURES, fixture), 'utf8');
    expect(parseContentFile('content/site.yaml', text, { format: 'yaml', schema: siteConfigSchema }).problems.map(formatProblem)).toEqual(expected);
  });

  it.each(governanceRows)('content/governance.yaml: %s', (fixture, expected) => {
    const text = readFileSync(join(FIXTURES, fixture), 'utf8');
    expect(parseContentFile(GOVERNANCE_PATH, text, { format: 'yaml', schema: governanceSchema }).problems.map(formatProblem)).toEqual(expected);
  });

  it.each(governanceGroupRows)('content/governance.yaml against content/groups/ (tsc.yaml, and runtime.yaml with problems): %s', (fixture, expected) => {
    const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
    temps.push(root);
    for (const dir of ['content/docs', 'content/meetings', 'content/groups']) mkdirSync(join(root, dir), { recursive: true });
    cpSync(join(import.meta.dirname, 'fixtures/roster'), join(root, 'content/maintainers'), { recursive: true });
    copyFileSync(join(FIXTURE_ROOT, 'content/site.yaml'), join(root, 'content/site.yaml'));
    withCharterOnly(root);
    copyFileSync(join(FIXTURES, fixture), join(root, 'content/governance.yaml'));
    writeFileSync(join(root, 'content/groups/tsc.yaml'), 'name: Technical Steering Committee\ndescription: Decides.\nleads:\n  - handle: ana-fixture\n');
    writeFileSync(join(root, 'content/groups/runtime.yaml'), 'name: Runtime\n');
    const problems = validateAllContent(root, '2026-12-01').filter((p) => p.file === GOVERNANCE_PATH);
    expect(problems.map(formatProblem)).toEqual(expected);
  });

  it('content/governance.yaml missing: says what to write', () => {
    const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
    temps.push(root);
    expect(parseGovernance(root).problems.map(formatProblem)).toEqual([
      "content/governance.yaml:1: missing; write the roster's roles (and the charter's vote rules, if it has any), e.g.\n  roles:\n    - id: maintainer\n      singular: Maintainer\n      plural: Maintainers\n  rules: []",
    ]);
  });

  it.each(siteDocRows)('content/site.yaml, with the docs it names: %s', (fixture, expected) => {
    const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
    temps.push(root);
    mkdirSync(join(root, 'content/docs'), { recursive: true });
    writeFileSync(join(root, 'content/docs/governance.md'), '# Charter\n\nHow the project is run.\n');
    writeFileSync(join(root, 'content/docs/code-of-conduct.md'), '# Code of conduct\n\nBe kind.\n');
    copyFileSync(join(FIXTURES, fixture), join(root, 'content/site.yaml'));
    expect(siteNamesExistingDocs(root, listContentFiles(root)).map(formatProblem)).toEqual(expected);
  });

  it('a series listing 501 extra sessions (generated here) is refused at the list, with the limit and the way out', () => {
    const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
    temps.push(root);
    mkdirSync(join(root, 'content/meetings'), { recursive: true });
    const sessions = Array.from(
      { length: 501 },
      (_, i) =>
        `  - date: ${isoDay(Date.parse('2026-01-09T00:00:00Z') + Math.floor(i / 6) * 7 * 86_400_000 + (i % 6) * 86_400_000)}\n    reason: Session ${i + 1}`,
    );
    const series = readFileSync(join(FIXTURES, 'meetings/start-24-00.yaml'), 'utf8').replace('start: "24:00"', 'start: "14:00"');
    writeFileSync(join(root, 'content/meetings/many-sessions.yaml'), `${series.trimEnd()}\nextra:\n${sessions.join('\n')}\n`);
    expect(
      validateCollection(
        root,
        contentCollections.find((c) => c.name === 'meetings')!,
      ).problems.map(formatProblem),
    ).toEqual([
      'content/meetings/many-sessions.yaml:13: extra: a series lists at most 500 extra sessions (this one lists 501); if the meetings changed for good, end this series with until and start a new one (a new file with its own firstOccurrence)',
    ]);
  });

  it('a 5 MB file (generated here, never committed) is refused before it is parsed', () => {
    const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
    temps.push(root);
    mkdirSync(join(root, 'content/docs'), { recursive: true });
    const line = 'A line of text that someone pasted in by mistake, over and over again.\n';
    writeFileSync(
      join(root, 'content/docs/pasted.mdx'),
      `---\ntitle: T\ndescription: D\norder: 1\n---\n\n${line.repeat(Math.ceil((5 * 1024 * 1024) / line.length))}`,
    );
    expect(
      validateCollection(
        root,
        contentCollections.find((c) => c.name === 'docs')!,
      ).problems.map(formatProblem),
    ).toEqual(['content/docs/pasted.mdx: file is 5.0 MB; content files must stay under 1 MB. Was something pasted in by mistake?']);
  });
});

describe('bad input: decisions, against the roster of their day', () => {
  it.each(decisionRows)('%s', (fixture, expected) => {
    expect(validateInDecisions(fixture)).toEqual(expected);
  });

  it.each(readdirSync(join(FIXTURES, 'decisions')).map((name) => [name]))('decisions/%s has its row', (name) => {
    expect(decisionRows.map(([fixture]) => fixture)).toContain(`decisions/${name}`);
  });
});

describe('bad input: links by repository path', () => {
  // A repository of the fixture content, the project's MAINTAINERS.md, and its package.json: a file that exists and is no page.
  const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
  temps.push(root);
  cpSync(join(FIXTURE_ROOT, 'content'), join(root, 'content'), { recursive: true });
  for (const file of ['MAINTAINERS.md', 'package.json']) copyFileSync(join(projectRoot, file), join(root, file));

  it.each(linkRows)('%s from %s', (href, from, message) => {
    expect(
      resolveRepoLink(href, from, {
        root,
        docsDir: 'content/docs',
        fileRoutes: { 'MAINTAINERS.md': '/maintainers/' },
        base: '/community/',
        repository: 'https://github.com/example-org/community',
        branch: 'main',
      }),
    ).toEqual({ kind: 'error', message });
  });
});

describe('bad input: a meeting time typed into prose that drifts from the data', () => {
  it.each(timeRows)('%s', (fixture, path, expected) => {
    const text = readFileSync(join(FIXTURES, fixture), 'utf8');
    const series = [{ id: 'office-hours', names: ['ModelSpec Public Office Hours'] }];
    expect(lintTimes([{ path, text }], officeHours, { series }).map(formatProblem)).toEqual(expected);
  });
});

/**
 * Content that would harm the site, its readers or the machine that builds it (issue 22):
 * the whole content check runs on a project with only these files (and the site's
 * components module, which MDX may import), as `npm run check` and `npm run build` run it
 * before anything is evaluated. Each placed file: [where it goes, a fixture or its text];
 * `fromFixtureSite` names files of the fixture site (tests/fixtures/site) to copy in too.
 */
function validateContent(placed: [string, { fixture: string } | { text: string }][], fromFixtureSite: string[] = []): string[] {
  const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
  temps.push(root);
  for (const dir of ['content/docs', 'content/maintainers', 'content/meetings', 'src/mdx']) mkdirSync(join(root, dir), { recursive: true });
  copyFileSync(join(projectRoot, 'src/mdx/index.ts'), join(root, 'src/mdx/index.ts'));
  for (const file of fromFixtureSite) copyFileSync(join(FIXTURE_ROOT, file), join(root, file));
  for (const [to, from] of placed) {
    mkdirSync(dirname(join(root, to)), { recursive: true });
    if ('fixture' in from) copyFileSync(join(FIXTURES, from.fixture), join(root, to));
    else writeFileSync(join(root, to), from.text);
  }
  return validateAllContent(root, '2026-12-01').map(formatProblem);
}

const D = 'content/docs';
/** An image by its address from a host content/site.yaml does not list: the problem names both fixes. */
const notAllowed = (src: string, host: string) =>
  `image "${src}" is served by ${host}, which the site's Content-Security-Policy does not allow, so browsers would not show it; add ${host} to imageHosts in content/site.yaml, or put the image in the repository and write its path relative to this file`;
const GH = 'GitHub does not show this attribute either, and a doc may not use it; remove it';
const IMPORT =
  "import { ContentReferenceLink, MeetingDetails, MeetingWhen, RepositoryLink, VoteThreshold } from '../../src/mdx/index.ts' (keep the ones it uses)";
const COMPONENTS = 'ContentReferenceLink, MeetingDetails, MeetingWhen, RepositoryLink, VoteThreshold';
const CODE = 'is code, which a doc may not run; write the text itself (a comment is written {/* … */})';
/** MDX rows: [fixture, placed as, every problem it gives]. */
const mdxRows: [string, string, string[]][] = [
  [
    'mdx/runs-a-command.mdx',
    `${D}/runs-a-command.mdx`,
    [
      `${D}/runs-a-command.mdx:6: imports "node:child_process"; a doc may import only the site's components: ${IMPORT}`,
      `${D}/runs-a-command.mdx:8: {execSync('id').toString()} ${CODE}`,
    ],
  ],
  [
    'mdx/reads-the-environment.mdx',
    `${D}/reads-the-environment.mdx`,
    [`${D}/reads-the-environment.mdx:6: {process.env.GITHUB_TOKEN} ${CODE}`, `${D}/reads-the-environment.mdx:6: {JSON.stringify(process.env)} ${CODE}`],
  ],
  [
    'mdx/imports-a-file.mdx',
    `${D}/imports-a-file.mdx`,
    [
      `${D}/imports-a-file.mdx:6: imports "/etc/passwd?raw"; a doc may import only the site's components: ${IMPORT}`,
      `${D}/imports-a-file.mdx:7: imports "../../.git/config?raw"; a doc may import only the site's components: ${IMPORT}`,
      `${D}/imports-a-file.mdx:9: {passwd} ${CODE}`,
    ],
  ],
  [
    'mdx/reads-a-file.mdx',
    `${D}/reads-a-file.mdx`,
    [
      `${D}/reads-a-file.mdx:6: imports "node:fs"; a doc may import only the site's components: ${IMPORT}`,
      `${D}/reads-a-file.mdx:7: import the components by name: ${IMPORT}`,
      `${D}/reads-a-file.mdx:8: import MeetingWhen under its own name, not as When`,
      `${D}/reads-a-file.mdx:8: "Secret" is not one of the site's components (${COMPONENTS}); import only those`,
      `${D}/reads-a-file.mdx:10: {readFileSync('.git/config', 'utf8')} ${CODE}`,
    ],
  ],
  [
    'mdx/exports-code.mdx',
    `${D}/exports-code.mdx`,
    [`${D}/exports-code.mdx:7: "export" is code, which a doc may not contain; a doc may only import the site's components: ${IMPORT}`],
  ],
  [
    'mdx/code-in-attributes.mdx',
    `${D}/code-in-attributes.mdx`,
    [
      `${D}/code-in-attributes.mdx:8: id={globalThis.process.env.HOME} on <MeetingWhen> is code, which a doc may not run; write a plain value, e.g. id="…"`,
      `${D}/code-in-attributes.mdx:10: {...process.env} on <VoteThreshold> is code, which a doc may not run; write each attribute as name="value"`,
    ],
  ],
  [
    'mdx/components.mdx',
    `${D}/components.mdx`,
    [
      `${D}/components.mdx:8: <MeetingDetails> is used but not imported; add MeetingDetails to the import at the top: import { MeetingDetails } from '../../src/mdx/index.ts'`,
      `${D}/components.mdx:10: <Script> is not one of the site's components (${COMPONENTS}); use one of those, or write Markdown`,
    ],
  ],
  [
    'mdx/html.mdx',
    `${D}/html.mdx`,
    [
      `${D}/html.mdx:6: <meta> is HTML that GitHub does not show either, and a doc may not contain; write Markdown instead`,
      `${D}/html.mdx:8: <a href="javascript:alert(document.cookie)">: GitHub does not show this attribute either, and a doc may not use it; remove it`,
      `${D}/html.mdx:10: <img onError="alert(1)">: GitHub does not show this attribute either, and a doc may not use it; remove it`,
      `${D}/html.mdx:12: <iframe> is HTML that GitHub does not show either, and a doc may not contain; write Markdown instead`,
      // Its image is a file of the repository too, which this one is not (imageRows below).
      `${D}/html.mdx:10: image "logo.png": ${D}/logo.png does not exist; write the path of an image the repository holds, relative to this file, or its full https:// address`,
    ],
  ],
  // A link that opens a window, and values written as {"…"}, are held to GitHub's list like any other.
  [
    'mdx/links.mdx',
    `${D}/links.mdx`,
    [
      `${D}/links.mdx:6: <a target="_blank">: ${GH}`,
      `${D}/links.mdx:8: <a href="javascript:alert(1)">: ${GH}`,
      `${D}/links.mdx:10: <img onError="alert(1)">: ${GH}`,
      `${D}/links.mdx:12: <a href="vbscript:msgbox(1)">: ${GH}`,
      `${D}/links.mdx:12: <a href="data:text/html,<script>alert(1)</script>">: ${GH}`,
      `${D}/links.mdx:10: ${notAllowed('https://example.org/x.png', 'example.org')}`,
    ],
  ],
  // In a folder, the import path climbs one more level.
  [
    'mdx/components.mdx',
    `${D}/groups/components.mdx`,
    [
      `${D}/groups/components.mdx:6: imports "../../src/mdx/index.ts"; a doc may import only the site's components: import { ${COMPONENTS} } from '../../../src/mdx/index.ts' (keep the ones it uses)`,
      `${D}/groups/components.mdx:8: <MeetingDetails> is used but not imported; add MeetingDetails to the import at the top: import { MeetingDetails } from '../../../src/mdx/index.ts'`,
      `${D}/groups/components.mdx:10: <Script> is not one of the site's components (${COMPONENTS}); use one of those, or write Markdown`,
      `${D}/groups/components.mdx:12: <MeetingWhen> is used but not imported; add MeetingWhen to the import at the top: import { MeetingWhen } from '../../../src/mdx/index.ts'`,
    ],
  ],
  [
    'mdx/syntax-error.mdx',
    `${D}/syntax-error.mdx`,
    [
      `${D}/syntax-error.mdx:6:15: MDX syntax error: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`). In MDX, "<" starts a component and "{" an expression: write \\< or \\{ for the character itself, and close every tag you open`,
    ],
  ],
  // An .mdx file anywhere in content/ is checked, not only the docs'.
  [
    'mdx/runs-a-command.mdx',
    'content/meetings/notes.mdx',
    [
      `content/meetings/notes.mdx:6: imports "node:child_process"; a doc may import only the site's components: import { ContentReferenceLink, MeetingDetails, MeetingWhen, RepositoryLink, VoteThreshold } from '../../src/mdx/index.ts' (keep the ones it uses)`,
      `content/meetings/notes.mdx:8: {execSync('id').toString()} ${CODE}`,
      'content/meetings/notes.mdx: not part of the meetings collection: only .yaml files are read here; rename it or move it out of content/meetings/',
    ],
  ],
  [
    'mdx/.hidden.md',
    `${D}/.hidden.md`,
    [`${D}/.hidden.md: a file whose name starts with "." is never built; rename it without the leading ".", e.g. hidden.md`],
  ],
  ['mdx/..md', `${D}/..md`, [`${D}/..md: a file whose name starts with "." is never built; rename it without the leading ".", e.g. my-page.md`]],
  [
    'mdx/.hidden.md',
    `${D}/.drafts/page.md`,
    [`${D}/.drafts/page.md: the folder ".drafts" starts with "." and is never built; rename it without the leading ".", e.g. drafts`],
  ],
];

const IMAGE_INSTEAD = 'write the path of an image the repository holds, relative to this file, or its full https:// address';
const RECORD = 'content/meetings/office-hours/2025-06-26.md';
/**
 * Images of Markdown and MDX files, which Astro copies into the site from wherever a relative
 * path leads: [fixture, placed as, every problem it gives] (with the real office-hours series).
 */
const imageRows: [string, string, string[]][] = [
  [
    'images/outside.md',
    `${D}/outside.md`,
    [
      `${D}/outside.md:6: image "../../../etc/x.png" points outside the repository; ${IMAGE_INSTEAD}`,
      `${D}/outside.md:8: image "/etc/hostname.png" is an absolute path, which names a file of the machine that builds the site; ${IMAGE_INSTEAD}`,
      `${D}/outside.md:10: image "../../../../etc/y.png" points outside the repository; ${IMAGE_INSTEAD}`,
      `${D}/outside.md:12: image "../../../z.png" points outside the repository; ${IMAGE_INSTEAD}`,
      `${D}/outside.md:12: image "../../README.md": README.md does not exist; ${IMAGE_INSTEAD}`,
      `${D}/outside.md:8: ${notAllowed('https://example.org/logo.png', 'example.org')}`,
      `${D}/outside.md:12: ${notAllowed('https://example.org/z.png', 'example.org')}`,
    ],
  ],
  // Images by their address, with no imageHosts in content/site.yaml: each one a browser would refuse, at its line, with both fixes.
  [
    'images/hosts.md',
    `${D}/hosts.md`,
    [
      `${D}/hosts.md:5: ${notAllowed('https://img.shields.io/github/actions/workflow/status/example-org/spec/ci.yml', 'img.shields.io')}`,
      `${D}/hosts.md:7: ${notAllowed('https://user-images.githubusercontent.com/1234/5678.png', 'user-images.githubusercontent.com')}`,
      `${D}/hosts.md:9: ${notAllowed('//tracker.example.net/pixel.gif', 'tracker.example.net')}`,
      `${D}/hosts.md:11: image "http://img.shields.io/badge/plain-http-red.svg" is served over plain http://, which browsers will not show on this site; write its https:// address, or put the image in the repository and write its path relative to this file`,
      `${D}/hosts.md:13: image "data:image/png;base64,iVBORw0KGgo=" is not an https:// address, which browsers will not show on this site; put the image in the repository and write its path relative to this file`,
      `${D}/hosts.md:17: ${notAllowed('https://codecov.example.io/gh/example-org/spec/badge.svg', 'codecov.example.io')}`,
    ],
  ],
  [
    'images/outside.mdx',
    `${D}/outside.mdx`,
    [
      `${D}/outside.mdx:6: image "../../../etc/x.png" points outside the repository; ${IMAGE_INSTEAD}`,
      `${D}/outside.mdx:8: image "/etc/y.png" is an absolute path, which names a file of the machine that builds the site; ${IMAGE_INSTEAD}`,
      `${D}/outside.mdx:10: image "../../../etc/z.png" points outside the repository; ${IMAGE_INSTEAD}`,
      `${D}/outside.mdx:12: image "./diagram.png": content/docs/diagram.png does not exist; ${IMAGE_INSTEAD}`,
    ],
  ],
  // A meeting record and a decision are Markdown too, rendered by the site.
  ['images/record.md', RECORD, [`${RECORD}:6: image "../../../../../home/runner/.ssh/id_rsa.png" points outside the repository; ${IMAGE_INSTEAD}`]],
  [
    'images/decision.md',
    'content/decisions/2026-03-picture.md',
    [`content/decisions/2026-03-picture.md:9: image "%2e%2e/%2e%2e/%2e%2e/etc/diff.png" points outside the repository; ${IMAGE_INSTEAD}`],
  ],
];

const ICON = 'content/favicon.svg';
const ELSEWHERE = 'loads or leads somewhere else; refer only to this file (href="#id") or put the image itself in it (data:image/png;base64,…)';
/** content/favicon.svg rows: [fixture, every problem it gives]. */
const svgRows: [string, string[]][] = [
  [
    'svg/onload.svg',
    [
      `${ICON}:1: onload="…" on <svg> runs code wherever the icon is opened on the site; remove it`,
      `${ICON}:2: onmouseover="…" on <rect> runs code wherever the icon is opened on the site; remove it`,
    ],
  ],
  [
    'svg/script.svg',
    [
      `${ICON}:4: <script> runs code or embeds a page wherever the icon is opened on the site; remove it (an icon needs only shapes)`,
      `${ICON}:5: <script> runs code or embeds a page wherever the icon is opened on the site; remove it (an icon needs only shapes)`,
      `${ICON}:5: href="https://attacker.example/x.js" on <script> ${ELSEWHERE}`,
    ],
  ],
  [
    'svg/external.svg',
    [
      `${ICON}:3: href="https://attacker.example/sprite.svg#logo" on <use> ${ELSEWHERE}`,
      `${ICON}:5: xlink:href="http://attacker.example/pixel.png" on <image> ${ELSEWHERE}`,
      `${ICON}:7: <foreignObject> runs code or embeds a page wherever the icon is opened on the site; remove it (an icon needs only shapes)`,
      `${ICON}:8: @import in <style> loads a style sheet from elsewhere; write the styles into the file`,
      `${ICON}:8: url(https://attacker.example/x.css) in <style> loads something from elsewhere; refer only to this file (url(#id)) or put the image itself in it`,
      `${ICON}:8: url(https://attacker.example/p.svg#x) in <style> loads something from elsewhere; refer only to this file (url(#id)) or put the image itself in it`,
      `${ICON}:9: url(http://attacker.example/y.svg#z) in the style of <rect> loads something from elsewhere; refer only to this file (url(#id)) or put the image itself in it`,
    ],
  ],
  [
    'svg/javascript-link.svg',
    [
      `${ICON}:2: href="javascript:…" on <a> runs code; remove it`,
      `${ICON}:3: href="javascript:…" on <a> runs code; remove it`,
      `${ICON}:4: <set attributeName="href"> changes a link as the icon is shown; remove it`,
      `${ICON}:4: to="javascript:…" on <set> runs code; remove it`,
    ],
  ],
];

const SAME_ID = 'so one would silently replace the other on every page; rename or remove one of the two files';
/** Two files that give one id: [placed files, every problem they give]. */
const idRows: [string, [string, { fixture: string }][], string[]][] = [
  [
    'office-hours~.yaml beside office-hours.yaml',
    [['content/meetings/office-hours~.yaml', { fixture: 'ids/office-hours~.yaml' }]],
    [`content/meetings/office-hours~.yaml: gives the same id, "office-hours", as content/meetings/office-hours.yaml, ${SAME_ID}`],
  ],
  [
    'Office-Hours.yaml beside office-hours.yaml',
    [['content/meetings/Office-Hours.yaml', { fixture: 'ids/Office-Hours.yaml' }]],
    [`content/meetings/office-hours.yaml: gives the same id, "office-hours", as content/meetings/Office-Hours.yaml, ${SAME_ID}`],
  ],
  [
    'gorkem.yml beside gorkem.yaml',
    [
      ['content/maintainers/gorkem.yaml', { fixture: '../roster/gorkem.yaml' }],
      ['content/maintainers/gorkem.yml', { fixture: 'ids/gorkem.yml' }],
      ['content/governance.yaml', { fixture: '../site/content/governance.yaml' }],
    ],
    [
      `content/maintainers/gorkem.yml: gives the same id, "gorkem", as content/maintainers/gorkem.yaml, ${SAME_ID}`,
      'content/maintainers/gorkem.yml:1: handle: "gorkem" is the same GitHub account as "gorkem" in content/maintainers/gorkem.yaml (handles ignore case); keep one file per maintainer and delete the other',
    ],
  ],
];

describe('bad input: content that would run code, redirect readers or replace an entry (issue 22)', () => {
  it.each(mdxRows)('%s as %s', (fixture, to, expected) => {
    expect(validateContent([[to, { fixture }]])).toEqual(expected);
  });

  it.each(readdirSync(join(FIXTURES, 'mdx')).map((name) => [name]))('mdx/%s has its row', (name) => {
    expect(mdxRows.map(([fixture]) => fixture)).toContain(`mdx/${name}`);
  });

  it.each(imageRows)('%s as %s', (fixture, to, expected) => {
    expect(validateContent([[to, { fixture }]], ['content/meetings/office-hours.yaml'])).toEqual(expected);
  });

  it.each(readdirSync(join(FIXTURES, 'images')).map((name) => [name]))('images/%s has its row', (name) => {
    expect(imageRows.map(([fixture]) => fixture)).toContain(`images/${name}`);
  });

  it('shows an image by its address from a host content/site.yaml lists under imageHosts (a subdomain by *.), and still refuses the others', () => {
    const site = readFileSync(join(process.cwd(), FIXTURE_CONTENT, 'site.yaml'), 'utf8');
    const docs = ['governance.mdx', 'contributing.mdx', 'code-of-conduct.mdx'].map((name): [string, { text: string }] => [
      `${D}/${name}`,
      { text: readFileSync(join(process.cwd(), FIXTURE_CONTENT, 'docs', name), 'utf8') },
    ]);
    const problems = validateContent([
      ...docs,
      ['content/site.yaml', { text: `${site}imageHosts: [img.shields.io, '*.githubusercontent.com']\n` }],
      [`${D}/hosts.md`, { fixture: 'images/hosts.md' }],
    ]);
    expect(problems).toEqual([
      `${D}/hosts.md:9: ${notAllowed('//tracker.example.net/pixel.gif', 'tracker.example.net')}`,
      `${D}/hosts.md:11: image "http://img.shields.io/badge/plain-http-red.svg" is served over plain http://, which browsers will not show on this site; write its https:// address, or put the image in the repository and write its path relative to this file`,
      `${D}/hosts.md:13: image "data:image/png;base64,iVBORw0KGgo=" is not an https:// address, which browsers will not show on this site; put the image in the repository and write its path relative to this file`,
      `${D}/hosts.md:17: ${notAllowed('https://codecov.example.io/gh/example-org/spec/badge.svg', 'codecov.example.io')}`,
    ]);
  });

  it('takes GitHub\'s own folder copied beside the docs (its issue templates are Markdown) as files of the repository, and still refuses another folder whose name starts with "."', () => {
    const template = '---\nname: Proposal\nabout: Propose a change\n---\n\n## Summary\n';
    expect(
      validateContent([
        [`${D}/.github/ISSUE_TEMPLATE/proposal.md`, { text: template }],
        [`${D}/.github/workflows/ci.yml`, { text: 'on: push\n' }],
        [`${D}/.drafts/page.md`, { text: '# Draft\n\nNot yet.\n' }],
      ]).filter((p) => p.includes('/.')),
    ).toEqual([`${D}/.drafts/page.md: the folder ".drafts" starts with "." and is never built; rename it without the leading ".", e.g. drafts`]);
  });

  it('shows a draw.io diagram: labels in <foreignObject> and fonts written into it; refuses what embeds or loads inside one, each once', () => {
    const label = '<foreignObject width="80" height="20"><div xmlns="http://www.w3.org/1999/xhtml"><span>Trainer</span></div></foreignObject>';
    const font = '<style>@font-face { font-family: Helvetica; src: url(data:font/woff2;base64,d09GMgABAAAAA) format("woff2"); }</style>';
    const icon = `<image width="20" height="20" xlink:href="data:image/svg+xml;base64,${'PHN2Zz48L3N2Zz4'.repeat(8)}"/>`;
    const diagram = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 40">${font}${label}${label}${icon}</svg>\n`;
    const page = `<use href="data:image/svg+xml;base64,${'PHN2Zz48L3N2Zz4'.repeat(8)}"/>`;
    const hostile = `<svg xmlns="http://www.w3.org/2000/svg">${page}${label.replace('<span>', '<iframe src="https://attacker.example/"></iframe><span>')}${label.replace('<span>', '<iframe src="https://attacker.example/"></iframe><span>')}</svg>\n`;
    const problems = validateContent([
      [`${D}/img/flow.drawio.svg`, { text: diagram }],
      [`${D}/img/hostile.drawio.svg`, { text: hostile }],
      [`${D}/diagrams.md`, { text: '# Diagrams\n\nThe flow.\n\n![Flow](img/flow.drawio.svg)\n\n![Hostile](img/hostile.drawio.svg)\n' }],
    ]);
    expect(problems.filter((p) => p.startsWith(`${D}/diagrams.md`))).toEqual([
      `${D}/diagrams.md:7: image "img/hostile.drawio.svg" (${D}/img/hostile.drawio.svg, line 1): href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4PHN2Zz48L3N2Zz4PHN2…" on <use> loads or leads somewhere else; refer only to this file (href="#id") or put the image itself in it (data:image/png;base64,…)`,
      `${D}/diagrams.md:7: image "img/hostile.drawio.svg" (${D}/img/hostile.drawio.svg, line 1): <iframe> runs code or embeds a page wherever the image is opened on the site; remove it`,
      `${D}/diagrams.md:7: image "img/hostile.drawio.svg" (${D}/img/hostile.drawio.svg, line 1): src="https://attacker.example/" on <iframe> loads or leads somewhere else; refer only to this file (href="#id") or put the image itself in it (data:image/png;base64,…)`,
    ]);
  });

  it('refuses a repository image over 10 MB at each line that shows it, naming its size; 10 MB is served', () => {
    const problems = validateContent([
      [`${D}/img/photo.jpg`, { text: 'x'.repeat(10 * 1024 * 1024 + 200 * 1024) }],
      [`${D}/img/diagram.png`, { text: 'x'.repeat(10 * 1024 * 1024) }],
      [
        `${D}/photos.md`,
        { text: '# Photos\n\nThe team.\n\n![The team](img/photo.jpg)\n\n<img src="./img/photo.jpg" alt="Again">\n\n![Diagram](img/diagram.png)\n' },
      ],
    ]);
    const large =
      'is 10.2 MB; the site serves images of up to 10.0 MB, which every reader of the page downloads: save it smaller (a PNG or JPEG the width of the page, about 1,000 pixels, is well under 1 MB), or link to it instead of showing it';
    expect(problems.filter((p) => p.startsWith(`${D}/photos.md`))).toEqual([
      `${D}/photos.md:5: image "img/photo.jpg" (${D}/img/photo.jpg) ${large}`,
      `${D}/photos.md:7: image "./img/photo.jpg" (${D}/img/photo.jpg) ${large}`,
    ]);
  });

  it('takes images beside the docs and anywhere in the repository, refuses a path to a file that is no image, and an SVG that runs code', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="2" height="2"/></svg>\n';
    const problems = validateContent([
      [`${D}/img/diagram.png`, { text: 'PNG' }],
      [`${D}/static/Logo.SVG`, { text: svg }],
      ['assets/overview.jpg', { text: 'JPG' }],
      ['assets/script.svg', { text: '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>\n' }],
      ['scripts/page.html', { text: '<script>alert(1)</script>' }],
      [
        `${D}/pictures.md`,
        {
          text: '# Pictures\n\nThe pictures of the project.\n\n![Diagram](img/diagram.png)\n\n<img src="static/Logo.SVG" alt="Logo">\n\n![Overview](../../assets/overview.jpg)\n\n![Script](../../assets/script.svg)\n\n![Page](../../scripts/page.html)\n',
        },
      ],
    ]);
    expect(problems).toEqual([
      `${D}/pictures.md:11: image "../../assets/script.svg" (assets/script.svg, line 2): <script> runs code or embeds a page wherever the image is opened on the site; remove it`,
      `${D}/pictures.md:13: image "../../scripts/page.html" names scripts/page.html, which is not an image the site serves (.png, .jpg, .jpeg, .gif, .webp, .avif, .svg); convert it to one of those, or link to it instead`,
    ]);
  });

  it("passes the fixture site's docs, which use the components, and a doc with a comment and code blocks", () => {
    const notes = [
      '---',
      'title: Notes',
      'description: A doc with a comment and code blocks.',
      '---',
      '',
      '{/* A comment, which the page does not show. */}',
      '',
      "Write `{execSync('id')}` as text, and this as a block:",
      '',
      '```yaml',
      'cancelled:',
      '  - date: 2026-12-24',
      '    reason: <script>alert(1)</script> {execSync("id")}',
      '```',
      '',
    ].join('\n');
    expect(
      validateContent(
        [['content/docs/notes.mdx', { text: notes }]],
        ['content/docs/governance.mdx', 'content/docs/contributing.mdx', 'content/docs/code-of-conduct.mdx'],
      ),
    ).toEqual([]);
  });

  it.each(svgRows)('content/favicon.svg: %s', (fixture, expected) => {
    expect(validateContent([[ICON, { fixture }]])).toEqual(expected);
  });

  it('refuses an icon over 100 KB (generated here), before reading it as an SVG', () => {
    const shapes = '<rect x="1" y="1" width="30" height="30" fill="#1d4ed8"/>\n'.repeat(2600);
    expect(validateContent([[ICON, { text: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\n${shapes}</svg>\n` }]])).toEqual([
      `${ICON}: is 148 KB; the site's icon must stay under 100 KB. Simplify the drawing, or embed a smaller picture`,
    ]);
  });

  it.each(idRows)('%s', (_name, placed, expected) => {
    expect(validateContent(placed, ['content/meetings/office-hours.yaml'])).toEqual(expected);
  });

  it('refuses a symbolic link, wherever it points (generated here: git would keep the link)', () => {
    const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
    temps.push(root);
    for (const dir of ['content/docs/shared', 'content/maintainers', 'content/meetings', 'src/mdx']) mkdirSync(join(root, dir), { recursive: true });
    copyFileSync(join(projectRoot, 'src/mdx/index.ts'), join(root, 'src/mdx/index.ts'));
    symlinkSync('/etc/passwd', join(root, 'content/docs/passwd.md'));
    symlinkSync('../../../.git/config', join(root, 'content/docs/shared/config.mdx'));
    symlinkSync('/', join(root, 'content/docs/everything'));
    expect(validateAllContent(root, '2026-12-01').map(formatProblem)).toEqual([
      'content/docs/everything: is a symbolic link, which the site does not follow; replace the link by the file itself',
      'content/docs/passwd.md: is a symbolic link, which the site does not follow; replace the link by the file itself',
      'content/docs/shared/config.mdx: is a symbolic link, which the site does not follow; replace the link by the file itself',
    ]);
  });

  it('shows an image git tracks, and refuses one it does not track or that a symbolic link leads to (in a repository made here)', () => {
    const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
    temps.push(root);
    for (const dir of ['content/docs', 'content/maintainers', 'content/meetings', 'src/mdx', 'images', 'outside'])
      mkdirSync(join(root, dir), { recursive: true });
    copyFileSync(join(process.cwd(), 'src/mdx/index.ts'), join(root, 'src/mdx/index.ts'));
    for (const name of ['images/tracked.png', 'images/untracked.png', 'outside/secret.png']) writeFileSync(join(root, name), 'PNG');
    symlinkSync('../outside/secret.png', join(root, 'images/linked.png'));
    symlinkSync('../outside', join(root, 'images/folder'));
    writeFileSync(
      join(root, `${D}/pictures.md`),
      '---\ntitle: Pictures\ndescription: Images of the repository.\n---\n\n![ok](../../images/tracked.png)\n\n![new](../../images/untracked.png)\n\n![link](../../images/linked.png) ![in a linked folder](../../images/folder/secret.png)\n',
    );
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', 'content', 'src', 'images/tracked.png', 'images/linked.png', 'images/folder'], { cwd: root });
    const instead = 'write the path of an image the repository holds, relative to this file, or its full https:// address';
    expect(validateAllContent(root, '2026-12-01').map(formatProblem)).toEqual([
      `${D}/pictures.md:8: image "../../images/untracked.png" names images/untracked.png, which git does not track, so it is not part of the repository; add the image to the pull request, or ${instead}`,
      `${D}/pictures.md:10: image "../../images/linked.png" leads through a symbolic link (images/linked.png), which the site does not follow; put the image itself in the repository and point to it`,
      `${D}/pictures.md:10: image "../../images/folder/secret.png" leads through a symbolic link (images/folder/secret.png), which the site does not follow; put the image itself in the repository and point to it`,
    ]);
  });

  it('refuses content/ itself as a symbolic link, before reading anything through it', () => {
    const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
    temps.push(root);
    mkdirSync(join(root, 'src/mdx'), { recursive: true });
    copyFileSync(join(projectRoot, 'src/mdx/index.ts'), join(root, 'src/mdx/index.ts'));
    symlinkSync(join(FIXTURE_ROOT, 'content'), join(root, 'content'));
    expect(validateAllContent(root, '2026-12-01').map(formatProblem)[0]).toBe(
      'content: is a symbolic link, which the site does not follow; replace the link by the file itself',
    );
  });

  it("refuses a doc, or a folder of docs, served where one of the site's own pages is (with the site's src/pages)", () => {
    const doc = '---\ntitle: Page\ndescription: A doc named like a page of the site.\n---\n\nText.\n';
    const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
    temps.push(root);
    cpSync(join(process.cwd(), 'src/pages'), join(root, 'src/pages'), { recursive: true });
    const names = [
      'maintainers.md',
      'Search.mdx',
      '404.md',
      'meetings/notes.md',
      'decisions/page/2.md',
      'search/tips.md',
      'index.md',
      'meetings-ics.md',
      'roster.md',
      'groups.md',
    ];
    const placed: [string, { text: string }][] = names.map((name) => [`${D}/${name}`, { text: doc }]);
    const own = (route: string, file: string) => `is served at ${route}, where the site's own page is (src/pages/${file}); rename or move the file`;
    for (const [to, from] of placed) {
      mkdirSync(dirname(join(root, to)), { recursive: true });
      writeFileSync(join(root, to), from.text);
    }
    for (const dir of ['content/maintainers', 'content/meetings', 'src/mdx']) mkdirSync(join(root, dir), { recursive: true });
    copyFileSync(join(process.cwd(), 'src/mdx/index.ts'), join(root, 'src/mdx/index.ts'));
    expect(validateAllContent(root, '2026-12-01').map(formatProblem)).toEqual([
      `${D}/404.md: ${own('/404/', '404.astro')}`,
      `${D}/Search.mdx: ${own('/search/', 'search/index.astro')}`,
      `${D}/decisions/page/2.md: ${own('/decisions/page/2/', 'decisions/page/[n].astro')}`,
      // A rest route serves its folder's own address too: /groups/ is the list of groups.
      `${D}/groups.md: ${own('/groups/', 'groups/[...group].astro')}`,
      `${D}/maintainers.md: ${own('/maintainers/', 'maintainers/index.astro')}`,
      `${D}/meetings/notes.md: ${own('/meetings/notes/', 'meetings/[id]/index.astro')}`,
      `${D}/search/tips.md: is in a folder whose page is served at /search/, where the site's own page is (src/pages/search/index.astro); rename or move the folder`,
    ]);
  });

  it('refuses a doc name too long to be built (generated here)', () => {
    const name = `${'a'.repeat(247)}.md`;
    const folder = 'b'.repeat(101);
    const doc = '---\ntitle: Long\ndescription: A doc with a long name.\n---\n\nText.\n';
    expect(
      validateContent([
        [`${D}/${name}`, { text: doc }],
        [`${D}/${folder}/short.md`, { text: doc }],
      ]),
    ).toEqual([
      `${D}/${name}: the file name is 250 characters long; shorten it to 100 characters or fewer (it becomes the page's address)`,
      `${D}/${folder}/short.md: the folder name is 101 characters long; shorten it to 100 characters or fewer (it becomes the page's address)`,
    ]);
  });
});

/**
 * Group rows: [fixture, every problem it gives] for a group file (tests/fixtures/broken/groups/)
 * added to the fixture site's content, with the docs and series of tests/fixtures/groups/
 * (the doc working-groups/runtime.md, the series spec-call and runtime-sync), and, where a row
 * says so, that fixture's group specification.yaml, which lists spec-call.
 */
function validateInGroups(fixture: string, withSpecification = false): string[] {
  const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
  temps.push(root);
  const groups = join(import.meta.dirname, 'fixtures/groups/content');
  cpSync(join(FIXTURE_ROOT, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(groups, 'docs'), join(root, 'content/docs'), { recursive: true });
  for (const series of ['spec-call.yaml', 'runtime-sync.yaml']) copyFileSync(join(groups, 'meetings', series), join(root, 'content/meetings', series));
  mkdirSync(join(root, 'content/groups'));
  if (withSpecification) copyFileSync(join(groups, 'groups/specification.yaml'), join(root, 'content/groups/specification.yaml'));
  copyFileSync(join(FIXTURES, fixture), join(root, 'content/groups', basename(fixture)));
  return validateCollection(
    root,
    contentCollections.find((c) => c.name === 'groups')!,
  ).problems.map(formatProblem);
}

const GR = 'content/groups';
const groupRows: [string, string[]][] = [
  ['groups/name-missing.yaml', [`${GR}/name-missing.yaml:1: name: missing; write the name of the group, e.g. name: Runtime Working Group`]],
  [
    'groups/description-missing.yaml',
    [
      `${GR}/description-missing.yaml:1: description: missing; write one or two sentences on what the group does, e.g. description: Owns the runtime specification.`,
    ],
  ],
  [
    'groups/lead-name-empty-role-two-lines.yaml',
    [
      `${GR}/lead-name-empty-role-two-lines.yaml:5: leads.0.name: write the name, or leave the field out`,
      `${GR}/lead-name-empty-role-two-lines.yaml:6: leads.0.role: has a line break (U+000A), ${ONE_LINE}`,
    ],
  ],
  [
    'groups/charter-missing-doc.yaml',
    [
      `${GR}/charter-missing-doc.yaml:3: charter: content/docs/working-groups/runtme.md does not exist; did you mean charter: working-groups/runtime.md? Write the path of a doc inside content/docs/, or add the file`,
    ],
  ],
  [
    'groups/charter-outside-docs.yaml',
    [
      `${GR}/charter-outside-docs.yaml:3: charter: write the path of a file inside content/docs/, without "/", "./" or "../" in front (a file elsewhere is no page of the site: copy it into content/docs/), e.g. charter: working-groups/runtime.md`,
    ],
  ],
  [
    'groups/lead-handle-with-at.yaml',
    [
      `${GR}/lead-handle-with-at.yaml:4: leads.0.handle: "@ana-fixture" contains "@", which GitHub does not allow; a GitHub handle has 1 to 39 letters, digits and single hyphens, with no hyphen at the start or end (e.g. ana-fixture, if that is the account)`,
    ],
  ],
  [
    'groups/until-before-since.yaml',
    [`${GR}/until-before-since.yaml:6: leads.0.until: 2025-01-31 is before since (2026-02-01); write the last day, on or after 2026-02-01`],
  ],
  [
    'groups/lead-twice-at-once.yaml',
    [
      `${GR}/lead-twice-at-once.yaml:6: leads.1.handle: Chen-Fixture is already in leads on some of the same days (leads.0: 2024-06-01 to no end); give leads.0 an until before 2026-02-01, or remove one of the two`,
    ],
  ],
  [
    'groups/lead-not-leads.yaml',
    [`${GR}/lead-not-leads.yaml:3: unknown field "lead"; did you mean leads? (allowed fields: name, description, charter, leads, members, meetings, channels)`],
  ],
  [
    'groups/members-not-a-list.yaml',
    [
      `${GR}/members-not-a-list.yaml:3: members: write the members as a list, each with its handle, e.g.\n  members:\n    - handle: grace-hopper\n      since: 2025-03-01`,
    ],
  ],
  ['groups/member-handle-only.yaml', [`${GR}/member-handle-only.yaml:4: members.0: write each of the members with its handle, e.g. - handle: ben-fixture`]],
  [
    'groups/member-since-not-a-day.yaml',
    [`${GR}/member-since-not-a-day.yaml:5: members.0.since: 2024-06-31 is not a date: June 2024 has 30 days; write YYYY-MM-DD`],
  ],
  [
    'groups/meeting-unknown.yaml',
    [
      `${GR}/meeting-unknown.yaml:4: meetings.0: there is no meeting series "spec-cal" (no file content/meetings/spec-cal.yaml); did you mean spec-call? Write the id of one of: office-hours, runtime-sync, spec-call`,
    ],
  ],
  ['groups/meeting-twice.yaml', [`${GR}/meeting-twice.yaml:5: meetings.1: spec-call is listed twice; remove this line`]],
  ['groups/channel-http.yaml', [`${GR}/channel-http.yaml:5: channels.0.url: write the https:// address, e.g. url: https://slack.example.org/archives/C0123`]],
  [
    'groups/channel-without-name.yaml',
    [`${GR}/channel-without-name.yaml:1: channels.0.name: missing; write the name of the channel, e.g. name: "#runtime on Slack"`],
  ],
];

describe('bad input: groups, with the docs and meeting series they name', () => {
  it.each(groupRows)('%s', (fixture, expected) => {
    expect(validateInGroups(fixture)).toEqual(expected);
  });

  it('passes the groups of tests/fixtures/groups, which share members and name a charter doc and a series each', () => {
    const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
    temps.push(root);
    cpSync(join(FIXTURE_ROOT, 'content'), join(root, 'content'), { recursive: true });
    cpSync(join(import.meta.dirname, 'fixtures/groups/content'), join(root, 'content'), { recursive: true });
    mkdirSync(join(root, 'src/mdx'), { recursive: true });
    copyFileSync(join(projectRoot, 'src/mdx/index.ts'), join(root, 'src/mdx/index.ts'));
    expect(validateAllContent(root, '2027-04-15').map(formatProblem)).toEqual([]);
  });

  it('refuses a series listed by a second group, at the line of the group that comes second', () => {
    // meeting-of-another-group.yaml sorts before specification.yaml: the specification group's line is the second.
    expect(validateInGroups('groups/meeting-of-another-group.yaml', true)).toEqual([
      `${GR}/specification.yaml:24: meetings.0: the series spec-call is already a meeting of the group meeting-of-another-group (content/groups/meeting-of-another-group.yaml); a series belongs to one group: remove it from one of the two files`,
    ]);
  });
});
