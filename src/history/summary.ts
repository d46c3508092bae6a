import type { CharterHistory } from './charter-history.ts';

/** The charter page's one line about its history: "Amended 3 times; last on 2026-05-01." */
export function historySummary(history: CharterHistory): string {
  if (!history.available) return 'Its history of amendments is not part of this build.';
  const [last] = history.amendments;
  if (!last) return history.first ? `Not amended since it was first committed on ${history.first.date.slice(0, 10)}.` : 'Not committed yet.';
  const n = history.amendments.length;
  return `Amended ${n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`}; last on ${last.date.slice(0, 10)}.`;
}
