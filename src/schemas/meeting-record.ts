import { z } from 'zod';
import { strictObject } from './strict.ts';
import { normalUrl } from './url.ts';
import { handleProblem } from './maintainer.ts';

/**
 * The record of one meeting, `content/meetings/<series>/<YYYY-MM-DD>.md`: the
 * frontmatter holds the links kept elsewhere, the Markdown body the agenda and the
 * notes ("## Agenda", "## Notes"). Every field is optional, so a new record (the
 * agenda template the meeting's page links to) is valid before the meeting is held.
 * src/rules/meeting-record-rules.ts checks the file against its series.
 */
const httpsUrl = (example: string) =>
  normalUrl(
    z.url({
      protocol: /^https$/,
      error: (issue) =>
        typeof issue.input === 'string' && /^http:/i.test(issue.input)
          ? `write the https:// address, e.g. ${example}`
          : `write a full https:// address, e.g. ${example}`,
    }),
  );

/** One person who attended, by GitHub handle: a maintainer or anyone else. */
const attendeeSchema = z.string({ error: 'write each person who attended as a GitHub handle, e.g. - ada-lovelace' }).superRefine((handle, ctx) => {
  const problem = handleProblem(handle);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: handle });
});

export const meetingRecordSchema = strictObject({
  recordingUrl: httpsUrl('https://www.youtube.com/watch?v=abc123')
    .optional()
    .meta({ description: 'The recording of the meeting, once it is published.', example: 'https://www.youtube.com/watch?v=abc123' }),
  notesUrl: httpsUrl('https://docs.google.com/document/d/abc123').optional().meta({
    description: 'The notes, when they are kept elsewhere (a shared document) instead of in the body.',
    example: 'https://docs.google.com/document/d/abc123',
  }),
  slidesUrl: httpsUrl('https://example.org/slides.pdf')
    .optional()
    .meta({ description: 'Slides or other material shown in the meeting (pictures are linked, never shown).', example: 'https://example.org/slides.pdf' }),
  attended: z
    .array(attendeeSchema, { error: 'write who attended as a list of GitHub handles, e.g.\n  attended:\n    - ada-lovelace\n    - grace-hopper' })
    .optional()
    .meta({
      description:
        "Who attended, by GitHub handle, as the meeting's notes record it. The roster page counts a maintainer's attendance as activity; it is a record, not a register.",
      example: '[ada-lovelace, grace-hopper]',
    }),
});

export type MeetingRecordData = z.output<typeof meetingRecordSchema>;
