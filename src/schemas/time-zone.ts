import { IANAZone } from 'luxon';
import { z } from 'zod';
import { didYouMean } from './did-you-mean.ts';

/**
 * Time zone names as maintainers write them in content/: IANA names, spelt the
 * way calendar clients and browsers expect ("Europe/Berlin", "UTC").
 */
export const KNOWN_TIME_ZONES: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];

/** What is wrong with `name` as a time zone and what to write instead, or undefined when it is fine. */
export function timeZoneProblem(name: string): string | undefined {
  // Asked for every page that shows a meeting's local time; the answer for a name never changes.
  if (!zoneProblems.has(name)) zoneProblems.set(name, findTimeZoneProblem(name));
  return zoneProblems.get(name);
}
const zoneProblems = new Map<string, string | undefined>();

function findTimeZoneProblem(name: string): string | undefined {
  const sameButCase = KNOWN_TIME_ZONES.find((z) => z.toLowerCase() === name.toLowerCase());
  if (IANAZone.isValidZone(name)) {
    // Intl accepts "europe/berlin", but calendar clients match TZID names exactly.
    return sameButCase && sameButCase !== name ? `write the time zone as ${sameButCase}` : undefined;
  }
  const hint = sameButCase ?? didYouMean(name, KNOWN_TIME_ZONES);
  return `unknown time zone "${name}"${hint ? `; did you mean ${hint}?` : ''} Write an IANA time zone name such as UTC, Europe/Berlin or America/New_York`;
}

/** An IANA time zone name, checked against the zones this Node knows ("Europe/Berln" → did you mean Europe/Berlin?). */
export const timeZoneSchema = z
  .string({ error: 'write an IANA time zone name, e.g. UTC or America/New_York' })
  .superRefine((name, ctx) => {
    const problem = timeZoneProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ title: 'IANA time zone name' });
