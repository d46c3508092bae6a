import { getCollection, render, type CollectionEntry } from 'astro:content';
import { decisionsCollection, hasDecisionFiles } from '../collections/registry.ts';
import { approvalKey, newestFirst, RECORD_RECIPE_TITLE, recordRecipeRouteIn, summarizeDecision, type DecisionSummary } from '../decisions/summary.ts';
import { decisionListPages, type DecisionListPage } from '../decisions/list-pages.ts';
import { buildDay } from '../meetings/clock.ts';
import { charterSectionTitle, charterVoteRules, headingId, plainText } from '../roster/charter.ts';
import { docRoute } from '../site/repo-links.ts';
import { folderUrl } from '../site/config.ts';
import { docById } from './docs.ts';
import { roster as readRoster } from './roster.ts';
import { governance, governanceData, href, projectRoot, site } from './site.ts';
import { oncePerBuild } from './once.ts';

export type DecisionEntry = CollectionEntry<'decisions'>;

// Every decision page reads every decision: count them once per content (dev reloads change the key).
let cached: { key: string; entries: DecisionEntry[]; summaries: DecisionSummary[] } | undefined;

async function read() {
  // Reading an empty collection makes Astro warn on every page: with no decision, read none.
  const [entries, roster] = await Promise.all([hasDecisionFiles(projectRoot) ? getCollection('decisions') : Promise.resolve([]), readRoster()]);
  const today = buildDay();
  const key = `${today}\n${entries.map((e) => `${e.id}:${e.digest}`).join()}\n${JSON.stringify(roster)}`;
  if (cached?.key !== key) cached = { key, entries, summaries: entries.map((e) => summarizeDecision(e.id, e.data, roster, today, governanceData)) };
  return cached;
}

// In a build, once for all pages (the roster and the day do not change while it runs).
const load = oncePerBuild(read);

/** Every decision of content/decisions/, counted against the roster of its day: the one read of the decisions for every page. */
export async function decisions(): Promise<DecisionSummary[]> {
  return (await load()).summaries;
}

/** The list of every decision, newest first, in pages of DECISIONS_PER_PAGE: /decisions/, /decisions/page/2/… */
export async function decisionListPagesOfSite(): Promise<DecisionListPage[]> {
  return decisionListPages(newestFirst(await decisions()));
}

/** Whether the list takes more than /decisions/ (then each charter rule's decisions get a page of their own). */
export async function decisionListIsPaged(): Promise<boolean> {
  return (await decisionListPagesOfSite()).length > 1;
}

/** The recorded vote that gave a person a role (by handle, any case), as the roster pages link it. */
export function approvalLink(approvals: ReadonlyMap<string, DecisionSummary>, role: string, handle: string): { href: string; closed: string } | undefined {
  const d = approvals.get(approvalKey(role, handle));
  return d?.closed ? { href: href(d.route), closed: d.closed } : undefined;
}

/** One decision's file, with its motion rendered. */
export async function decisionMotion(id: string) {
  const entry = (await load()).entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no decision ${id} in ${decisionsCollection.dir}/`);
  return { file: entry.filePath ?? `${decisionsCollection.dir}/${id}.md`, ...(await render(entry)) };
}

/** A rule's section of the charter (the one content/governance.yaml names, or where an MDX charter shows its figures), when it has one. */
export interface RuleSection {
  id: string;
  title: string;
  /** The charter's sentence that states the rule, when an MDX charter shows its figures in it. */
  sentence: string | undefined;
}

/** Each rule's section of the charter, by rule id, and the charter's route. */
export async function charterRules(): Promise<{ route: string; sections: Partial<Record<string, RuleSection>> }> {
  const charter = await docById(governance.charter.id);
  if (!charter?.body) throw new Error(`the decision pages quote the charter, ${governance.charter.file}, which is missing or empty`);
  const body = charter.body;
  const stated = charterVoteRules(
    body,
    charter.filePath ?? governance.charter.file,
    governanceData.rules.map((r) => r.id),
  );
  const sections = governanceData.rules.flatMap((rule) => {
    const id = rule.section ?? stated[rule.id]?.section.id;
    return id
      ? [[rule.id, { id, title: charterSectionTitle(body, id) ?? stated[rule.id]?.section.title ?? id, sentence: stated[rule.id]?.sentence }] as const]
      : [];
  });
  return { route: docRoute(charter.id), sections: Object.fromEntries(sections) };
}

/**
 * The contributing guide's recipe "Record a vote", when the guide has it (a fork's guide may
 * not): the pages link it, or else the decisions' folder.
 */
export async function recordRecipeRoute(): Promise<string | undefined> {
  if (!governance.contributing) return undefined;
  const guide = await docById(governance.contributing.id);
  const has = guide?.body?.split('\n').some((line) => {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    return heading !== null && headingId(plainText(heading[1]!)) === headingId(RECORD_RECIPE_TITLE);
  });
  return has ? recordRecipeRouteIn(governance.contributing.route) : undefined;
}

/** The decisions' folder on the repository host, where a decision is recorded. */
export const decisionsSourceUrl = folderUrl(site, decisionsCollection.dir);
