import { z } from 'zod';
import { timeZoneProblem } from '../lib/meetings/time-zones.ts';

/** An IANA time zone name, checked against the zones this Node knows ("Europe/Berln" → did you mean Europe/Berlin?). */
export const timeZoneSchema = z
  .string({ error: 'write an IANA time zone name, e.g. UTC or America/New_York' })
  .superRefine((name, ctx) => {
    const problem = timeZoneProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
