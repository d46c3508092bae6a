import {
  approvedMaintainerHasFile,
  approvedRemovalLeavesRoster,
  closedNotAfterToday,
  closedNotBeforeOpened,
  heldInProjectRepository,
  nobodyVotesTwice,
  outcomeIsWhatVotesGive,
  outcomeOnlyWhenClosed,
  personSubjectIsHandle,
  removalSubjectIsMaintainer,
  ruleExists,
  subjectDoesNotVote,
  votersActiveOnClosingDay,
  votersAreHandles,
  votersHaveMaintainerFiles,
} from './decision-rules.ts';
import {
  externalImagesFromAllowedHosts,
  imagesAreRepositoryFiles,
  imagesAreSmall,
  mdxRunsNoCode,
  noSymbolicLinks,
  siteIconIsSmall,
  siteIconRunsNoCode,
} from './content-files.ts';
import { docsAvoidHistoryRoutes, docsAvoidSitePages, oneFilePerDocRoute, siteNamesExistingDocs } from './doc-rules.ts';
import { oneFilePerEntryId } from './entry-ids.ts';
import { ruleGroupsExist } from './governance-rules.ts';
import { groupCharterExists, groupMeetingsExist, meetingsListedOnce, onePlaceAtATime, placeEndsAfterItStarts, seriesInOneGroup } from './group-rules.ts';
import { activeHasNoEmeritusDate, emeritusNotBeforeSince, handleIsFileName, oneFilePerAccount, rolesAreGovernanceRoles } from './maintainer-rules.ts';
import {
  attendeesListedOnce,
  noAttendanceAtCancelledMeeting,
  recordDateIsAMeeting,
  recordNamedAfterItsDate,
  recordSeriesExists,
} from './meeting-record-rules.ts';
import {
  exceptionDatesAreMeetings,
  exceptionDatesListedOnce,
  extraSessionOnItsOwnDay,
  firstOccurrenceOnRuleWeekday,
  movedNotOntoAnotherMeeting,
  movedNotOntoCancelled,
  startsExistOnTheirDates,
  untilNotBeforeFirstOccurrence,
} from './meeting-rules.ts';

/**
 * Every rule that content must pass beyond its schema, in one list per collection, the
 * way rust-lang/team's src/validate.rs lists its checks. Each is a small named function
 * with a one-line comment here and a test. (A rule here checks content/; the charter's
 * vote rules are content/governance.yaml's.)
 *
 * The schemas (src/schemas/) check each field on its own; the rules below check
 * fields against each other and files against each other. src/collections/registry.ts
 * runs the entry and file rules with each collection's schema, so Astro's loader,
 * `npm run check` and the edit commands all report them at the field's line;
 * src/checks/content.ts runs the decisions against the roster.
 */

/** Over every file of content/, as files, before any is parsed as an entry or built. */
export const contentFileRules = [
  noSymbolicLinks, // no symbolic link, which would publish what it points to
  mdxRunsNoCode, // an .mdx file imports only the site's components and has no code
  siteIconIsSmall, // content/favicon.svg stays under 100 KB
  siteIconRunsNoCode, // content/favicon.svg has no script, event handler or outside reference
  docsAvoidSitePages, // no doc, nor a folder of docs, is served where one of the site's own pages is
  siteNamesExistingDocs, // the charter, contributing guide and code of conduct content/site.yaml names are docs that exist
  imagesAreRepositoryFiles, // every image of a .md or .mdx file is a file git tracks in the repository, reached without a symbolic link, an image file, an SVG without script
  imagesAreSmall, // every repository image a page shows is at most 10 MB, which every reader of the page downloads
  externalImagesFromAllowedHosts, // every image given by its https:// address is from a host content/site.yaml's imageHosts lets the Content-Security-Policy allow
];

/**
 * Of contentFileRules, those whose problems leave every page buildable as it is (a page shows the image,
 * which a browser then blocks or downloads): `npm run check` builds the pages past them, so it names
 * their broken links in the same run; `npm run build` stops on them as on any problem.
 */
export const rulesThePagesAreBuiltPast: readonly (typeof contentFileRules)[number][] = [imagesAreSmall, externalImagesFromAllowedHosts];

/** Across the files of every collection but the docs (whose ids are their routes: oneFilePerDocRoute). */
export const entryIdRules = [
  oneFilePerEntryId, // two files never give one id, the second silently replacing the first
];

/** Across the files of content/docs/. */
export const docFileRules = [
  oneFilePerDocRoute, // two doc files never claim one page
  docsAvoidHistoryRoutes, // no doc is served where the charter's history is
];

/** Across the fields of one maintainer file (content/maintainers/<handle>.yaml). */
export const maintainerRules = [
  activeHasNoEmeritusDate, // only an emeritus holding has an emeritus date (an emeritus one may have none: "date not recorded")
  emeritusNotBeforeSince, // nobody becomes emeritus in a role before taking it
];

/** Across the files of the roster. */
export const maintainerFileRules = [
  handleIsFileName, // a maintainer's file is named after the handle
  oneFilePerAccount, // one GitHub account (handles ignore case) has one file
  rolesAreGovernanceRoles, // every role a file lists is one of content/governance.yaml's, held once at a time
];

/** Across the fields of one meeting series (content/meetings/<id>.yaml). */
export const meetingRules = [
  firstOccurrenceOnRuleWeekday, // the first meeting falls on the rule's weekday
  untilNotBeforeFirstOccurrence, // a series does not end before its first meeting
  exceptionDatesAreMeetings, // every cancelled or moved date is a date the series meets on
  exceptionDatesListedOnce, // each date is cancelled or moved once
  extraSessionOnItsOwnDay, // an extra session is not on a usual date, which names another meeting's page
  movedNotOntoCancelled, // a meeting is not moved onto a date whose meeting is cancelled
  movedNotOntoAnotherMeeting, // a meeting is not moved onto a day the series already meets on
  startsExistOnTheirDates, // no meeting starts in an hour a clock change skips or repeats
];

/** Across the meeting records (content/meetings/<series>/<YYYY-MM-DD>.md) and the series they belong to. */
export const meetingRecordRules = [
  recordNamedAfterItsDate, // a record is named after its meeting's date, in its series' folder
  recordSeriesExists, // a record's folder is a series that exists
  recordDateIsAMeeting, // a record's date is a meeting of its series (its usual date, or an extra session), else the nearest dates are named
  attendeesListedOnce, // each person who attended a meeting is listed once
  noAttendanceAtCancelledMeeting, // nobody attended a cancelled meeting
];

/** Across the fields of one group (content/groups/<id>.yaml). */
export const groupRules = [
  placeEndsAfterItStarts, // nobody's place as a lead or member ends before it starts
  onePlaceAtATime, // one person holds one place in leads (or members) at a time; a second term is a second entry
  meetingsListedOnce, // a group lists each of its series once
];

/** Across the groups and the docs and meeting series they name. */
export const groupFileRules = [
  groupCharterExists, // a group's charter is a doc of content/docs/ that exists
  groupMeetingsExist, // every series a group lists has its file in content/meetings/
  seriesInOneGroup, // a series belongs to one group at most
];

/** Across content/governance.yaml and the files its rules name (run by src/checks/content.ts). */
export const governanceRules = [
  ruleGroupsExist, // a rule whose body is a group names a group of content/groups/ (a role is written body:)
];

/** Across the fields of one decision (content/decisions/<id>.md). */
export const decisionRules = [
  closedNotBeforeOpened, // a vote closes on or after the day it opened
  outcomeOnlyWhenClosed, // a closed vote has its recorded outcome, an open one none
  votersAreHandles, // every vote is keyed by a GitHub handle
];

/** Each decision against the roster of its day and content/site.yaml (skipped while the roster has problems). */
export const decisionRosterRules = [
  ruleExists, // the decision names a rule of content/governance.yaml
  personSubjectIsHandle, // a person joining or leaving is named by GitHub handle
  closedNotAfterToday, // a vote closed on or before the build's today, not in the future
  votersHaveMaintainerFiles, // every voter has a file in content/maintainers/
  votersActiveOnClosingDay, // every voter was a member of the rule's body on the closing day (an emeritus member whose date is not recorded is never counted)
  nobodyVotesTwice, // one vote per GitHub account (handles ignore case)
  subjectDoesNotVote, // the person joining or leaving does not vote
  removalSubjectIsMaintainer, // a removal not approved names someone on the roster
  outcomeIsWhatVotesGive, // the recorded outcome is what the votes give under the rule (threshold, base, quorum, abstentions) for that day's body
  approvedMaintainerHasFile, // a person approved to join has a file holding the role from the closing day
  approvedRemovalLeavesRoster, // an approved removal leaves the person emeritus in the role or gone
  heldInProjectRepository, // the vote was held in an issue or pull request of one of the project's repositories
];
