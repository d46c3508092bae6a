/**
 * Writes a synthetic roster of N valid maintainer files, for benchmarks on a
 * temporary copy of the project (never on the real content/). The people are
 * made up and look it: handles `synthetic-0001` and on, organisations
 * `Example Org 1..` and dates in 2020-2025; every tenth is emeritus, every
 * third has an affiliation, every fifth has areas, so every part of the roster
 * page and the thresholds is exercised.
 *
 * Usage: node scripts/generate-roster-fixture.ts <content/maintainers dir> <N>
 *   Replaces the .yaml/.yml files in that folder with N synthetic ones.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function syntheticMaintainerFile(i: number): { name: string; text: string } {
  const handle = `synthetic-${String(i).padStart(4, '0')}`;
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 28) + 1).padStart(2, '0');
  const since = `${2020 + (i % 5)}-${month}-${day}`;
  const lines = [`handle: ${handle}`, `name: Synthetic Person ${i}`];
  if (i % 3 === 0) lines.push(`affiliation: Example Org ${(i % 7) + 1}`);
  if (i % 10 === 0) lines.push('status: emeritus', `since: ${since}`, `emeritusSince: 2025-${month}-${day}`);
  else lines.push('status: active', `since: ${since}`);
  if (i % 5 === 0) lines.push('areas:', '  - specification', '  - tooling');
  return { name: `${handle}.yaml`, text: `${lines.join('\n')}\n` };
}

/** Replaces the maintainer files in `dir` with `n` synthetic ones; returns how many are active. */
export function syntheticRoster(dir: string, n: number): { active: number; emeritus: number } {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`the number of maintainers is a whole number >= 0, got ${n}`);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (/\.ya?ml$/.test(name)) rmSync(join(dir, name));
  let emeritus = 0;
  for (let i = 1; i <= n; i++) {
    const file = syntheticMaintainerFile(i);
    writeFileSync(join(dir, file.name), file.text);
    if (i % 10 === 0) emeritus++;
  }
  return { active: n - emeritus, emeritus };
}

if (import.meta.main) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: node scripts/generate-roster-fixture.ts <content/maintainers dir> <N>');
    process.exit(2);
  }
  const { active, emeritus } = syntheticRoster(resolve(dir), Number(count));
  console.log(`wrote ${active + emeritus} maintainer files (${active} active, ${emeritus} emeritus) to ${dir}`);
}
