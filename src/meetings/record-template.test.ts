import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../validation/validate.ts';
import { meetingRecordsCollection } from '../collections/registry.ts';
import { recordTemplate } from './record-template.ts';

describe('recordTemplate', () => {
  it('is a valid record as it stands, with an agenda and a notes section', () => {
    const text = recordTemplate('Public Office Hours', '2026-12-10');
    expect(parseContentFile('content/meetings/office-hours/2026-12-10.md', text, meetingRecordsCollection)).toMatchObject({
      problems: [],
      entry: { data: {} },
    });
    expect(text).toContain('\n## Agenda\n');
    expect(text).toContain('\n## Notes\n');
    expect(text.startsWith('---\n# Public Office Hours, 2026-12-10.')).toBe(true);
  });

  it('gives a valid record once a commented field is filled in', () => {
    const text = recordTemplate('Public Office Hours', '2026-12-10').replace('# recordingUrl: https://', 'recordingUrl: https://www.youtube.com/watch?v=x');
    expect(parseContentFile('content/meetings/office-hours/2026-12-10.md', text, meetingRecordsCollection)).toMatchObject({
      problems: [],
      entry: { data: { recordingUrl: 'https://www.youtube.com/watch?v=x' } },
    });
  });
});
