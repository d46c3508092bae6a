/**
 * What kind of place a link leads to, by its text alone. The markdown plugins, the
 * repository-link rewriting, the GitHub copy of a doc and the built-site link check
 * all ask here.
 */

/** Whether `href` names its own scheme (https:, mailto:, webcal:) or host (//host/…): not a path of this site or repository. */
export function hasSchemeOrHost(href: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href);
}

/**
 * Whether a link leaves the site for another web host: an absolute http(s) URL or a
 * protocol-relative `//host/…` one (the rule of rehype-external-links, which this replaces).
 */
export function isExternalHref(href: string): boolean {
  const scheme = /^([a-zA-Z][a-zA-Z\d+\-.]*):/.exec(href);
  return scheme ? scheme[1] === 'http' || scheme[1] === 'https' : href.startsWith('//');
}
