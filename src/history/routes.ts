import { CHARTER_DOC_ID } from '../roster/charter.ts';
import { docRoute } from '../site/repo-links.ts';

/**
 * The charter history's pages, under the charter's own route (/governance/): derived from the
 * charter's doc id, so they move with it. check: docsAvoidHistoryRoutes keeps docs off them.
 */
export const charterHistoryRoute = (): string => `${docRoute(CHARTER_DOC_ID)}history/`;
/** One amendment's word diff. */
export const amendmentRoute = (short: string): string => `${charterHistoryRoute()}${short}/`;
/** The charter's words as they stood after one commit. */
export const charterVersionRoute = (short: string): string => `${docRoute(CHARTER_DOC_ID)}versions/${short}/`;

/** The site routes the history's pages take (their folders), which no doc may take. */
export const historyRoutePrefixes = (): string[] => [charterHistoryRoute(), `${docRoute(CHARTER_DOC_ID)}versions/`];
