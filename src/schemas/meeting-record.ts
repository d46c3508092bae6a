import { z } from 'zod';
import { strictObject } from './strict.ts';
import { normalUrl } from './url.ts';

/**
 * The record of one meeting, `content/meetings/<series>/<YYYY-MM-DD>.md`: the
 * frontmatter holds the links kept elsewhere, the Markdown body the agenda and the
 * notes ("## Agenda", "## Notes"). Every field is optional, so a new record (the
 * agenda template the meeting's page links to) is valid before the meeting is held.
 * src/checks/meeting-record-rules.ts checks the file against its series.
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
});

export type MeetingRecordData = z.output<typeof meetingRecordSchema>;
