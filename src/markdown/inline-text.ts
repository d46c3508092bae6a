/**
 * Text and URLs from content written into generated Markdown (MAINTAINERS.md, GOVERNANCE.md,
 * CONTRIBUTING.md), where GitHub renders them: a name or a URL must read as itself, never
 * as a heading, a link, an image or HTML. The schemas keep line breaks out of one-line fields
 * (src/schemas/text.ts); these keep the rest of Markdown's syntax out of the text.
 */

/**
 * GFM makes a link of `https://…`, `www.…` and `name@host` in any text, escaped or not (the
 * extension reads the text after escapes are resolved). An empty HTML comment before the
 * `:`, `.` or `@` splits the text there, so no bare link can start, and shows nothing.
 */
const BARE_LINK_BREAK = '<!-- -->';

/**
 * `text` as Markdown inline text that GitHub shows exactly as written: every character that
 * can open an inline construct is backslash-escaped (CommonMark lets any ASCII punctuation be),
 * and the bare links GFM would make are broken up (`BARE_LINK_BREAK`). A line break,
 * which the schemas refuse, becomes a space, so the text cannot start a block.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]<>|~&!#]/g, '\\$&')
    .replace(/:(?=\/\/)|@|(?<=www)\./gi, `${BARE_LINK_BREAK}$&`);
}

/**
 * `url` as the destination of a Markdown link, `[text](…)`: what would end the destination or
 * change how it is read (parentheses, angle brackets, spaces, backslashes and control
 * characters) percent-encoded, which leaves the address the same for a browser.
 */
export function markdownUrl(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are among what is encoded
  return url.replace(/[()<>\\\s\u0000-\u001f\u007f]/gu, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}
