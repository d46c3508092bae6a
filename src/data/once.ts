/**
 * `read`, called once per build and its answer shared by every page: the collections
 * do not change while `astro build` runs, and reading them again for each of 1,000
 * pages (the navigation from every doc, the roster for every vote threshold) was
 * the largest share of the enlarged copy's page rendering (issue 14's profile).
 * Under `astro dev` content changes while the server runs, so there it reads every time.
 * Callers must not change what they get: it is the same array for every page.
 */
export function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let answer: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? read() : (answer ??= read()));
}
