/**
 * The charter history's pages, under the charter's own route (/governance/ for
 * content/docs/governance.mdx or GOVERNANCE.md): derived from the route of the doc
 * content/site.yaml names as the charter, so they move with it. check:
 * docsAvoidHistoryRoutes keeps docs off them.
 */
export const charterHistoryRoute = (charterRoute: string): string => `${charterRoute}history/`;
/** One amendment's word diff. */
export const amendmentRoute = (charterRoute: string, short: string): string => `${charterHistoryRoute(charterRoute)}${short}/`;
/** The charter's words as they stood after one commit. */
export const charterVersionRoute = (charterRoute: string, short: string): string => `${charterRoute}versions/${short}/`;

/** The site routes the history's pages take (their folders), which no doc may take. */
export const historyRoutePrefixes = (charterRoute: string): string[] => [charterHistoryRoute(charterRoute), `${charterRoute}versions/`];

/** The `[...charter]` parameter of the history's pages (src/pages/[...charter]/): the charter's route without its slashes, none for a charter served at "/". */
export const charterParam = (charterRoute: string): string | undefined => charterRoute.slice(1, -1) || undefined;
