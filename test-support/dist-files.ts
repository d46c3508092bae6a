import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every file under `dir` (a built site), as sorted paths relative to it. */
export function filesUnder(dir: string): string[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
  return walk(dir)
    .map((f) => relative(dir, f).split('\\').join('/'))
    .sort();
}

/**
 * A built file as the text a reader or a search could find in it: gzip files
 * (Pagefind's index and fragments) unpacked first, anything else read as UTF-8.
 */
export function searchableText(file: string): string {
  const bytes = readFileSync(file);
  const unpacked = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return unpacked.toString('utf8');
}
