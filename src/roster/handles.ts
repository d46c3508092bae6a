/** Handles by their lower-case form (GitHub ignores case), then as written, so the order never depends on the input's. */
export function compareHandles(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
