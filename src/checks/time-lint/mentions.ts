import { casual, type ParsedResult } from 'chrono-node';
import { GLUED_ZONE_WORD, ZONE_AFTER_TIME, zoneMeaning, type ZoneMeaning } from './zone-words.ts';

/**
 * Finds the times of day written in a piece of prose that name a zone:
 * "Thursday at 10:00ET", "10-11am ET", "2 pm CET", "15h UTC", "10 a.m. Eastern".
 *
 * chrono-node reads the time itself (am/pm, "noon", ranges, a weekday before
 * it); this module reads the zone word after it, because chrono fixes a zone
 * like ET to one offset for its reference date, while a reader of "10:00 ET"
 * means the New York wall clock on the day of each meeting.
 */
export interface ClockTime {
  hour: number;
  minute: number;
}

export interface TimeMention {
  /** Offset of the mention in the text that was searched. */
  index: number;
  /** The mention as written, e.g. "Thursday at 10:00ET". */
  text: string;
  start: ClockTime;
  /** End of a range ("10:00-11:00 ET"), when one is written. */
  end?: ClockTime;
  /** 0 = Sunday … 6 = Saturday, when the mention names a weekday. */
  weekday?: number;
  /** A calendar date the mention names ("March 3 at 10:00 ET"): it then speaks of that day only. */
  date?: { year?: number; month: number; day: number };
  zoneWord: string;
  zone: ZoneMeaning;
}

/** A region's name in parentheses right after a zone word: " (Pacific Time)". */
const GLOSS_AFTER_ZONE = /^[ \t]*\((?<word>(?:[Ee]astern|[Cc]entral|[Mm]ountain|[Pp]acific)(?:[ \t]+[Tt]ime)?|ET|CT|MT|PT)\)/u;

const parser = casual.clone();
// The zone is read here, not by chrono (see above); its two zone refiners would
// also swallow the zone word, so they are taken out.
const ZONE_REFINERS = ['ExtractTimezoneAbbrRefiner', 'ExtractTimezoneOffsetRefiner'];
for (const name of ZONE_REFINERS) {
  if (!parser.refiners.some((r) => r.constructor.name === name)) {
    throw new Error(`chrono-node no longer has its ${name}; update src/checks/time-lint/mentions.ts for the new version`);
  }
}
parser.refiners = parser.refiners.filter((r) => !ZONE_REFINERS.includes(r.constructor.name));

export function findTimeMentions(text: string): TimeMention[] {
  const normal = normalise(text);
  const mentions: TimeMention[] = [];
  // The reference date only fills in parts the text leaves out; only written parts are used.
  for (const result of parser.parse(normal.text, new Date(Date.UTC(2000, 0, 1)))) {
    const mention = toMention(result, normal);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

function toMention(result: ParsedResult, normal: Normalised): TimeMention | undefined {
  if (!result.start.isCertain('hour') || result.tags().has('result/relativeDate')) return undefined;
  const timeEnd = result.index + result.text.length;
  const zoneMatch = ZONE_AFTER_TIME.exec(normal.text.slice(timeEnd));
  let zoneWord = zoneMatch?.groups?.word;
  let zone = zoneWord === undefined ? undefined : zoneMeaning(zoneWord);
  if (!zoneMatch || !zoneWord || !zone) return undefined;
  let zoneLength = zoneMatch[0].length;
  // "7:30AM PST (Pacific Time)": the writer glosses the abbreviation with the region's wall
  // clock, which a reader follows all year (Kubeflow's committees); the region is read then.
  const gloss = GLOSS_AFTER_ZONE.exec(normal.text.slice(timeEnd + zoneLength));
  const glossed = gloss?.groups?.word === undefined ? undefined : zoneMeaning(gloss.groups.word);
  if (gloss && glossed && glossed.luxonZone.includes('/')) {
    zoneWord = `${zoneWord} (${gloss.groups!.word})`;
    zone = glossed;
    zoneLength += gloss[0].length;
  }

  const start = normal.toOriginal(result.index);
  const end = normal.toOriginal(timeEnd + zoneLength);
  const written = normal.original.slice(start, end);
  const lead = /^(?:on|at|from|@)\s+/i.exec(written)?.[0].length ?? 0;
  const mention: TimeMention = {
    index: start + lead,
    text: written.slice(lead).replace(/\s+/g, ' '),
    start: { hour: result.start.get('hour')!, minute: result.start.get('minute') ?? 0 },
    zoneWord,
    zone,
  };
  if (result.end?.isCertain('hour')) mention.end = { hour: result.end.get('hour')!, minute: result.end.get('minute') ?? 0 };
  if (result.start.isCertain('weekday')) mention.weekday = result.start.get('weekday')!;
  if (result.start.isCertain('day') && result.start.isCertain('month')) {
    mention.date = { month: result.start.get('month')!, day: result.start.get('day')! };
    if (result.start.isCertain('year')) mention.date.year = result.start.get('year')!;
  }
  return mention;
}

interface Normalised {
  original: string;
  text: string;
  /** Offset in the original text of an offset in the normalised one. */
  toOriginal: (index: number) => number;
}

/**
 * Rewrites the few forms chrono does not read into ones it does, remembering
 * where every character came from so a mention is quoted as written:
 * "10:00ET" → "10:00 ET", "14:00Z" → "14:00 Z", "15h UTC" → "15:00 UTC", "15h30 CET" → "15:30 CET".
 */
function normalise(original: string): Normalised {
  let text = '';
  const from: number[] = [];
  const emit = (s: string, at: number) => {
    text += s;
    for (let k = 0; k < s.length; k++) from.push(at);
  };
  const hourForm = new RegExp(String.raw`^(\d{1,2})h(\d{2})?(?=[ \t]*${ZONE_AFTER_TIME.source.replace(/^\^\[ \\t\]\*/, '')})`, 'u');
  for (let i = 0; i < original.length;) {
    const ch = original[i]!;
    const atWordStart = i === 0 || !/[\p{L}\p{N}]/u.test(original[i - 1]!);
    const hour = atWordStart && /\d/.test(ch) ? hourForm.exec(original.slice(i, i + 40)) : null;
    if (hour) {
      emit(`${hour[1]}:${hour[2] ?? '00'}`, i);
      i += hour[0].length;
      continue;
    }
    emit(ch, i);
    i++;
    if (/\d/.test(ch) && GLUED_ZONE_WORD.exec(original.slice(i, i + 8))?.index === 0) emit(' ', i);
  }
  from.push(original.length);
  return { original, text, toOriginal: (index) => from[Math.min(index, from.length - 1)]! };
}
