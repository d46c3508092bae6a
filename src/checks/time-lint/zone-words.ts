/**
 * The zone words people write after a time ("10:00 ET", "2 pm CET", "10 a.m.
 * Eastern") and what each one means for a reader on a given day. A word for a
 * region (ET, Eastern) means that region's wall clock, summer time included;
 * a word for one offset (EST, CEST) means that offset all year, so "10:00 EST"
 * in July is an hour away from "10:00 ET".
 */
export interface ZoneMeaning {
  /** A zone Luxon understands: an IANA name or a fixed offset such as "UTC-5". */
  luxonZone: string;
  /** How the error message names the clock: "in New York", "CET (UTC+1)". */
  label: string;
}

const region = (iana: string, city: string): ZoneMeaning => ({ luxonZone: iana, label: `in ${city}` });
const fixed = (word: string, hours: number, note = ''): ZoneMeaning => ({
  luxonZone: hours === 0 ? 'UTC' : `UTC${hours > 0 ? '+' : ''}${hours}`,
  label: `${word} (${note}UTC${hours === 0 ? '' : `${hours > 0 ? '+' : ''}${hours}`})`,
});
const UTC: ZoneMeaning = { luxonZone: 'UTC', label: 'UTC' };

/** Abbreviations, matched case-sensitively so "pt" or "et" in ordinary words never count. */
const ABBREVIATIONS: Record<string, ZoneMeaning> = {
  UTC,
  GMT: UTC,
  Z: UTC,
  ET: region('America/New_York', 'New York'),
  EST: fixed('EST', -5),
  EDT: fixed('EDT', -4),
  CT: region('America/Chicago', 'Chicago'),
  // CST also names China Standard Time; the label says which one is read here.
  CST: fixed('CST', -6, 'US Central, '),
  CDT: fixed('CDT', -5),
  MT: region('America/Denver', 'Denver'),
  MST: fixed('MST', -7),
  MDT: fixed('MDT', -6),
  PT: region('America/Los_Angeles', 'Los Angeles'),
  PST: fixed('PST', -8),
  PDT: fixed('PDT', -7),
  CET: fixed('CET', 1),
  CEST: fixed('CEST', 2),
};

/** Region names, optionally followed by "Time"/"time": "10 a.m. Eastern", "9:30 Pacific Time". */
const REGION_NAMES: Record<string, ZoneMeaning> = {
  eastern: ABBREVIATIONS.ET!,
  central: ABBREVIATIONS.CT!,
  mountain: ABBREVIATIONS.MT!,
  pacific: ABBREVIATIONS.PT!,
};

const ABBREVIATION_ALTERNATIVES = Object.keys(ABBREVIATIONS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A zone word as it may follow a time, e.g. " ET", " (CEST)", "Z", " UTC+8", " Eastern Time". */
export const ZONE_AFTER_TIME = new RegExp(
  String.raw`^[ \t]*(?:\(|,[ \t]*)?` +
    String.raw`(?<word>(?:UTC|GMT)[+\-−]\d{1,2}(?::?\d{2})?|(?:${ABBREVIATION_ALTERNATIVES})|(?:[Ee]astern|[Cc]entral|[Mm]ountain|[Pp]acific)(?:[ \t]+(?:[Tt]ime|[Ss]tandard[ \t]+[Tt]ime|[Dd]aylight[ \t]+[Tt]ime))?)` +
    String.raw`\)?(?![\p{L}\p{N}])`,
  'u',
);

/** The words that may be glued to a time ("10:00ET", "14:00Z"), for normalising before parsing. */
export const GLUED_ZONE_WORD = new RegExp(String.raw`(?:${ABBREVIATION_ALTERNATIVES}|(?:UTC|GMT)[+\-−]\d)(?![\p{L}])`, 'u');

/** What a zone word means, or undefined when it is not one this lint knows. */
export function zoneMeaning(word: string): ZoneMeaning | undefined {
  const offset = /^(?:UTC|GMT)([+\-−])(\d{1,2})(?::?(\d{2}))?$/.exec(word);
  if (offset) {
    const sign = offset[1] === '+' ? '+' : '-';
    const hours = Number(offset[2]);
    const minutes = Number(offset[3] ?? 0);
    if (hours > 14 || minutes > 59) return undefined;
    const luxonZone = `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
    return { luxonZone, label: luxonZone };
  }
  const abbreviation = ABBREVIATIONS[word];
  if (abbreviation) return abbreviation;
  const [name, ...rest] = word.split(/[ \t]+/);
  const region = REGION_NAMES[name!.toLowerCase()];
  if (!region) return undefined;
  // "Eastern Standard Time" is EST all year; "Eastern Time" and "Eastern" follow the wall clock.
  const kind = rest.slice(0, -1).join(' ').toLowerCase();
  if (kind === 'standard' || kind === 'daylight') {
    const key = `${name![0]!.toUpperCase()}${kind === 'standard' ? 'S' : 'D'}T`;
    return ABBREVIATIONS[key];
  }
  return region;
}
