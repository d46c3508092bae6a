import { z } from 'zod';
import { textProblem } from './text.ts';

/**
 * A URL as content must write it: in the form a browser resolves it to. `new URL()` drops tabs
 * and line breaks, resolves "." and ".." segments (percent-encoded ones too) and lower-cases the
 * host, so `…/community/issues/1/../../../../other-org/repo/issues/666` leads to another
 * repository than the one it starts with; a check that reads the text would be fooled. Refusing
 * every URL that is not already its normal form, with that form as the fix, makes the text
 * and the place it leads the same for every check after this one.
 */

/** Why `url` is not written as the URL it leads to, or undefined when it is (or is not a URL at all: the caller's check says so). */
export function urlProblem(url: string): string | undefined {
  const text = textProblem(url);
  if (text) return text;
  if (!URL.canParse(url)) return undefined;
  const normal = new URL(url).href;
  if (normal === url) return undefined;
  return `${url} leads to ${normal}; write that address, as a browser reads it`;
}

/**
 * A URL schema (`z.url({ … })`) that also refuses a URL not in its normal form. The text is
 * checked as written, before zod's URL check, which silently drops tabs and line breaks.
 */
export function normalUrl<T extends z.ZodType<string | undefined>>(schema: T) {
  return z.preprocess((url, ctx) => {
    const problem = typeof url === 'string' ? urlProblem(url) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: url });
    return url;
  }, schema);
}
