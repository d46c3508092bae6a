import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { charterAmendments, recordedDecisions } from '../data/governance-feed.ts';
import { roster } from '../data/roster.ts';
import { groupLeadChanges } from '../data/groups.ts';
import { governanceData, site } from '../data/site.ts';
import { governanceFeedOptions } from '../governance-feed/feed.ts';

/** The governance record as RSS 2.0 (GOVERNANCE_FEED_ROUTE): decisions, charter amendments, maintainers joining and leaving, leads of groups changing. */
export const GET: APIRoute = async () =>
  rss(
    governanceFeedOptions(
      {
        decisions: await recordedDecisions(),
        amendments: await charterAmendments(),
        maintainers: await roster(),
        roles: governanceData.roles,
        leadChanges: await groupLeadChanges(),
      },
      site,
    ),
  );
