/**
 * The text a new meeting record starts from (content/meetings/<series>/<date>.md), which
 * the "Add to the agenda" link of an upcoming meeting opens in GitHub's web editor. Its
 * frontmatter names the optional fields as comments: valid as it stands (no field is
 * required), and a contributor only uncomments the one to fill in.
 */
export function recordTemplate(seriesTitle: string, date: string): string {
  return [
    '---',
    `# ${seriesTitle}, ${date}. Links kept elsewhere, once they exist: remove the "# " to use one.`,
    '# recordingUrl: https://',
    '# notesUrl: https://',
    '# slidesUrl: https://',
    '---',
    '',
    '## Agenda',
    '',
    '- Your topic, and your GitHub handle',
    '',
    '## Notes',
    '',
  ].join('\n');
}
