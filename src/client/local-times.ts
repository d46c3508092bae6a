/**
 * Meeting times in the reader's own time zone, with the browser's Intl API only.
 * Loaded by /meetings/ as an external module (no inline script, for a strict CSP).
 *
 * - every <time data-local datetime="…Z" data-end="…Z"> is rewritten into the
 *   reader's zone, and the zone is named where [data-reader-zone] asks for it;
 * - [data-next-meeting="<id>"] is worked out again from the series' rule (JSON in
 *   #meeting-rules, written at build time by src/meetings/browser-data.ts),
 *   so a page built days ago still names the right meeting;
 * - list items of meetings that are over are marked, and copy buttons copy.
 */
import type { BrowserSeriesRule } from '../meetings/browser-data.ts';
import { nextMeeting } from './next-meeting.ts';

const readerFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

function showLocal(el: HTMLTimeElement): void {
  const start = new Date(el.dateTime);
  const end = el.dataset.end ? new Date(el.dataset.end) : undefined;
  el.textContent = end ? readerFormat.formatRange(start, end) : readerFormat.format(start);
}

function run(): void {
  const now = Date.now();
  const rules: BrowserSeriesRule[] = JSON.parse(document.getElementById('meeting-rules')?.textContent || '[]');
  for (const rule of rules) {
    const next = nextMeeting(rule, now);
    for (const el of document.querySelectorAll<HTMLTimeElement>(`[data-next-meeting="${rule.id}"]`)) {
      if (!next) {
        el.removeAttribute('datetime');
        el.textContent = 'none scheduled';
        continue;
      }
      el.dateTime = new Date(next[0]).toISOString();
      el.dataset.end = new Date(next[1]).toISOString();
    }
  }
  for (const el of document.querySelectorAll<HTMLTimeElement>('time[data-local][datetime]')) showLocal(el);
  for (const li of document.querySelectorAll<HTMLElement>('[data-ends]')) if (Date.parse(li.dataset.ends!) <= now) li.dataset.past = '';
  const zone = readerFormat.resolvedOptions().timeZone;
  for (const el of document.querySelectorAll<HTMLElement>('[data-reader-zone]')) el.textContent = zone;
  for (const el of document.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
  for (const el of document.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = !navigator.clipboard;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(button.dataset.copy!).then(
        () => (button.textContent = 'Copied'),
        () => (button.textContent = 'Select the address and copy it'),
      );
    });
  }
}

run();
