/**
 * Meeting times in the reader's own time zone, with the browser's Intl API only.
 * Loaded by /meetings/ as an external module (no inline script, for a strict CSP).
 *
 * - every <time data-local datetime="…Z" data-end="…Z"> is rewritten into the
 *   reader's zone, and the zone is named where [data-reader-zone] asks for it;
 * - [data-next-meeting="<id>"] is worked out again from the series' rule (JSON in
 *   #meeting-rules, written at build time by src/meetings/browser-data.ts),
 *   so a page built days ago still names the right meeting;
 * - "Next dates" show the first dates not over on the reader's day (the page lists
 *   spare ones, hidden, for the days after its build), and copy buttons copy.
 */
import type { BrowserSeriesRule } from '../meetings/browser-data.ts';
import { formatRange } from '../meetings/time-range.ts';
import { nextMeeting } from './next-meeting.ts';
import { visibleDates } from './next-dates.ts';

const readerFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

function showLocal(el: HTMLTimeElement, now: number): void {
  const start = new Date(el.dateTime);
  const end = el.dataset.end ? new Date(el.dataset.end) : undefined;
  el.textContent = end ? formatRange(start, end, { now: new Date(now) }) : readerFormat.format(start);
}

/** "Next dates" lists and tables ([data-next-dates="6"]) show the first dates not over on the reader's day. */
function showNextDates(now: number): void {
  for (const list of document.querySelectorAll<HTMLElement>('[data-next-dates]')) {
    const rows = [...list.querySelectorAll<HTMLElement>('[data-ends]')];
    const visible = visibleDates(
      rows.map((r) => Date.parse(r.dataset.ends!)),
      now,
      Number(list.dataset.nextDates),
    );
    rows.forEach((row, i) => (row.hidden = !visible[i]));
    // A list whose dates are all over says so (the element after it), rather than nothing.
    const none = list.nextElementSibling;
    if (none instanceof HTMLElement && none.hasAttribute('data-no-next-dates')) none.hidden = visible.some(Boolean);
  }
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
  for (const el of document.querySelectorAll<HTMLTimeElement>('time[data-local][datetime]')) showLocal(el, now);
  for (const li of document.querySelectorAll<HTMLElement>('[data-ends]')) if (Date.parse(li.dataset.ends!) <= now) li.dataset.past = '';
  showNextDates(now);
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
