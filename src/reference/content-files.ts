import {
  decisionsCollection,
  docsCollection,
  groupsCollection,
  maintainersCollection,
  meetingRecordsCollection,
  meetingsCollection,
} from '../collections/registry.ts';
import { groupSchema } from '../schemas/group.ts';
import { decisionSchema } from '../schemas/decision.ts';
import { docSchema } from '../schemas/doc.ts';
import { governanceSchema } from '../schemas/governance.ts';
import { maintainerSchema } from '../schemas/maintainer.ts';
import { meetingRecordSchema } from '../schemas/meeting-record.ts';
import { meetingSchema } from '../schemas/meeting.ts';
import { siteConfigSchema } from '../schemas/site.ts';
import { GENERATE_COMMAND } from '../site/commands.ts';
import { SITE_CONFIG_PATH } from '../site/config.ts';
import { GOVERNANCE_PATH } from '../site/governance-file.ts';
import { HEADER_MAX_LINKS } from '../site/nav.ts';
import { SITE_ICON_PATH } from '../site/site-icon.ts';
import { LONG_ROSTER_FROM, MAINTAINERS_FILE } from '../roster/roster.ts';
import { DECISIONS_PER_PAGE } from '../decisions/list-pages.ts';
import { schemaFields, type FieldReference } from './fields.ts';

/**
 * Every kind of file a maintainer writes in content/, for the content reference page: where it
 * lives, what the site makes of it, and its fields, read from its schema (src/schemas/). Text
 * between backticks is code.
 */
export interface ContentFileReference {
  /** The heading's id on the page. */
  id: string;
  title: string;
  /** Where the file lives, with <placeholders>. */
  path: string;
  format: string;
  /** What the file is for and what the site makes of it, a paragraph each. */
  about: readonly string[];
  /** What the text below the frontmatter holds, for a Markdown file. */
  body?: string;
  fields: readonly FieldReference[];
}

const generatedFilesNote = `after changing one, run \`${GENERATE_COMMAND}\` (it rewrites \`${MAINTAINERS_FILE}\`, \`CONTRIBUTING.md\` and \`GOVERNANCE.md\`, which show the vote numbers) and commit them together, or let the pull request's check show their new text.`;

export function contentFiles(): ContentFileReference[] {
  return [
    {
      id: 'site',
      title: 'The site',
      path: SITE_CONFIG_PATH,
      format: 'YAML',
      about: ['The facts about the site itself, stated once: every page, feed and link reads them from here. A fork starts by rewriting this file.'],
      fields: schemaFields(siteConfigSchema),
    },
    {
      id: 'governance',
      title: 'Roles and vote rules',
      path: GOVERNANCE_PATH,
      format: 'YAML',
      about: [
        "The roles a person on the roster holds (a roster's first role is its default), and the charter's vote rules: who votes (a role), on what, by how much, of what (the members, the members remaining once the subject is set aside, or the votes cast), with an optional quorum and how abstentions count. Any number of rules, none required. The roster page, `" +
          MAINTAINERS_FILE +
          "`, the charter's figures, the proposal template and the decisions all read them here; a rule's section is the charter heading that states it, beside which the figures are shown.",
        `A decision names its rule (\`rule:\` in \`${decisionsCollection.dir}/\`) and is counted against that rule's body on the day it closed; ${generatedFilesNote}`,
      ],
      fields: schemaFields(governanceSchema),
    },
    {
      id: 'maintainers',
      title: 'Maintainers',
      path: `${maintainersCollection.dir}/<handle>.yaml`,
      format: 'YAML',
      about: [
        `One file per person, named after their GitHub handle (\`.yml\` is read too). The roster page, \`/maintainers.json\`, the vote numbers in the charter and \`${MAINTAINERS_FILE}\` are built from these files: ${generatedFilesNote}`,
        `\`npm run new:maintainer -- <handle>\` and \`npm run maintainer:emeritus -- <handle>\` write the file, or add or end a role in it (the first role of ${GOVERNANCE_PATH} unless \`--role <id>\` names another), and the generated files in one step. From ${LONG_ROSTER_FROM} maintainers on, the roster page lists the active ones one line each, and the emeritus maintainers and the history get pages of their own, so that each page stays within the page budget. The charter and the contributing guide show today's vote numbers with \`<VoteThreshold rule="…" />\`.`,
      ],
      fields: schemaFields(maintainerSchema),
    },
    {
      id: 'meetings',
      title: 'Meeting series',
      path: `${meetingsCollection.dir}/<series>.yaml`,
      format: 'YAML',
      about: [
        "One file per public meeting series, in any time zone; the file name is the series' id. The meetings page, the series' pages, the charter's Meetings section and the calendar feeds (`/meetings.ics`, `/meetings/<series>.ics`) are all computed from these files; `GOVERNANCE.md` shows the meeting times too, so run `" +
          GENERATE_COMMAND +
          '` after changing a rule.',
        'The build checks that `firstOccurrence` falls on the weekday of the rule and that every cancelled, moved or extra date is a date of the series, naming the nearest dates that are. `npm run meeting:cancel` and `npm run meeting:move` add an entry without touching the rest of the file.',
      ],
      fields: schemaFields(meetingSchema),
    },
    {
      id: 'meeting-records',
      title: 'Meeting records',
      path: `${meetingRecordsCollection.dir}/<series>/<YYYY-MM-DD>.md`,
      format: 'Markdown with frontmatter',
      about: [
        "The agenda, notes and recording of one meeting, named after its usual date (a moved meeting keeps its usual date; an extra session has its own). Shown on the meeting's page, `/meetings/<series>/<YYYY-MM-DD>/`, listed newest first on the series' page and found by the site search. Every upcoming meeting's page links to GitHub's editor on its record, with an agenda to start from when there is none.",
        'A date that is not a meeting of the series is refused, with the nearest dates that are. Every field is optional, so a record can start as an agenda alone. Pictures are linked, not shown: an image file of the repository is refused with its line.',
      ],
      body: 'The agenda under `## Agenda` and the notes under `## Notes`, in Markdown; link to other files of the repository by their path, as in docs.',
      fields: schemaFields(meetingRecordSchema),
    },
    {
      id: 'decisions',
      title: 'Decisions',
      path: `${decisionsCollection.dir}/<id>.md`,
      format: 'Markdown with frontmatter',
      about: [
        `One file per vote of the maintainers, named after the vote; the folder's \`${decisionsCollection.ignoredFiles[0]}\` is not a decision. \`npm run decision:new -- <kind> <subject> --at <URL>\` writes one. Shown at \`/decisions/\`, \`/decisions/<id>/\` (the motion, and the ballots as a line of handles per vote: For, Against, Abstained, then who did not vote) and \`/decisions.json\`; past ${DECISIONS_PER_PAGE} decisions the list goes on over further pages, and each charter rule's decisions get a page, \`/decisions/rule/<rule>/\`.`,
        "The build counts every vote against the charter's rule and the maintainers active on the day it closed, and stops on a voter who was not active then, a second vote, a nominee or a maintainer being removed voting, an outcome the votes do not give, an approved new maintainer without a file whose `since` is on or after the closing day, or an approved removal that leaves the maintainer active.",
      ],
      body: 'The motion, and if wanted the reasons for it.',
      fields: schemaFields(decisionSchema),
    },
    {
      id: 'groups',
      title: 'Groups',
      path: `${groupsCollection.dir}/<id>.yaml`,
      format: 'YAML',
      about: [
        "One file per group of the project (a working group, a SIG, a committee); the file name is the group's id. With at least one, the site has `/groups/`, the list, and `/groups/<id>/`, each group's page: its leads and members today, former ones with their dates, its charter, its channels, and its meeting series as the meetings page shows them. Each series' page names its group, and each lead's `since` and `until` is an item of the governance feed.",
        `People need not be maintainers: each is named by GitHub handle. The build checks that the charter is a doc of \`${docsCollection.dir}/\`, that every series has its file in \`${meetingsCollection.dir}/\` and belongs to one group at most, that nobody's \`until\` comes before their \`since\`, and that nobody holds two places in one list at once.`,
      ],
      fields: schemaFields(groupSchema),
    },
    {
      id: 'docs',
      title: 'Pages',
      path: `${docsCollection.dir}/<path>.md or .mdx`,
      format: 'Markdown or MDX, with or without frontmatter',
      about: [
        'The charter and every other page of text, in folders at any depth. The path is the address: `working-groups/runtime.md` is served at `/working-groups/runtime/`. Two files served at one address (`runtime.md` and `runtime/index.md`) are refused. Files keep the names they have on GitHub: `charter`, `contributing` and `codeOfConduct` of `' +
          SITE_CONFIG_PATH +
          '` say which doc is which (e.g. `charter: GOVERNANCE.md`). The charter is also `GOVERNANCE.md` at the repository root, and the contributing guide `CONTRIBUTING.md`, written from them by `' +
          GENERATE_COMMAND +
          '` (never edit those two by hand); an MDX charter may show a rule\'s figures with `<VoteThreshold rule="…" />` in the sentence that states it, which the roster page quotes; a plain Markdown charter gets them beside the section each rule of `' +
          GOVERNANCE_PATH +
          '` names, with no edit to its text.',
        "A file as it stands on GitHub builds as it is: with no frontmatter, its title is its first level-one heading (`# Project Governance`, or `<h1>` written in HTML), else its file's name as GitHub shows it (`SUPPORT.md`: SUPPORT), and its description its first paragraph; fields of other tools (an issue template's `name`, `about`, `labels`) are read past, and `npm run check` lists them in one notice, but a near miss of a field below (`titel`) is refused. A page whose text opens with its own level-one heading shows that heading in place of the title.",
        `A folder is one entry of the navigation, served at the folder's address: its \`index.md\` or \`README.md\` (or \`.mdx\`), if it has one, gives that page's text, title and order, as GitHub shows a folder's README, and a link to it (\`./README.md\`) leads to the folder's page; otherwise the page is named after the folder. A \`README.md\` at the top of ${docsCollection.dir}/ is the page \`/readme/\`: the home page is the site's own. Either way it lists the folder's pages, and each of them links back to it above its title. The header holds ${HEADER_MAX_LINKS} links; with more top-level entries it shows the first ${HEADER_MAX_LINKS - 1} and "All pages", a list of every page on the home page.`,
        'Link to other files by their repository path relative to the page (`../../MAINTAINERS.md`, `./code-of-conduct.mdx`, `../policies/security.md#reporting`), so that the link works on GitHub too: the build turns it into a link to the page, the #fragment kept, and stops on one that leads nowhere, naming the file and line. An `.mdx` page may also use the components of `src/mdx/index.ts`: `<VoteThreshold rule="…" />`, `<MeetingWhen … />`, `<MeetingDetails … />`, `<RepositoryLink>…</RepositoryLink>` (a link to `repository` of `' +
          SITE_CONFIG_PATH +
          '`) and `<ContentReferenceLink>…</ContentReferenceLink>`.',
        'A page is text, and nothing that runs when the site is built: an `.mdx` page imports those components by name from `src/mdx/index.ts` and nothing else, has no `export`, and its `{…}` hold a comment or a written-out value, never code. HTML keeps what GitHub keeps of the same Markdown (`<details>`, `<kbd>`, tables); `<script>`, `<iframe>`, `<form>`, `<meta>`, `on…` attributes and `javascript:` links are dropped from a `.md` page and refused in an `.mdx` one. The check names the line of each.',
      ],
      body: 'The page, in Markdown (`.md`) or MDX (`.mdx`). GitHub alerts (a quote whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]`) and task lists (`- [ ] to do`, `- [x] done`) show as they do on GitHub, here and in meeting records and decisions.',
      fields: schemaFields(docSchema),
    },
    {
      id: 'icon',
      title: "The site's icon",
      path: SITE_ICON_PATH,
      format: 'SVG',
      about: [
        'An SVG image of shapes, served as `/favicon.svg` and shown in the browser tab: no script, event handler, `<foreignObject>` or reference outside the file (the check names the line of each). Without the file, the icon is the first letter of `project` in `' +
          SITE_CONFIG_PATH +
          '`.',
      ],
      fields: [],
    },
  ];
}

/** Text with `code` between backticks, as the pieces a page writes: plain text and code, in order. */
export function textAndCode(text: string): { text: string; code: boolean }[] {
  return text
    .split('`')
    .map((piece, i) => ({ text: piece, code: i % 2 === 1 }))
    .filter((piece) => piece.text !== '');
}
