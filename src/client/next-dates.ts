/**
 * Which of the listed dates a reader sees as "Next dates", on the reader's day: the page
 * lists, from its build day, every meeting that has a page; the first `count` that have
 * not ended by `now` are shown, so a page built on 1 December and read on 20 December
 * lists no past date as next.
 */
export function visibleDates(ends: readonly number[], now: number, count: number): boolean[] {
  let shown = 0;
  return ends.map((end) => end > now && shown++ < count);
}
