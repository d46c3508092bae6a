/**
 * A meeting's time on the reader's wall clock, compactly, with the Intl API only (the
 * browser script uses it: no luxon there): "Thursday 24 December, 23:00-00:00 JST" rather
 * than the full date twice with "GMT+9". The year is named only when it is not the
 * current one; an end after midnight names its day unless it is midnight itself.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

const part = (f: Intl.DateTimeFormat, at: Date, type: Intl.DateTimeFormatPartTypes) => f.formatToParts(at).find((p) => p.type === type)?.value ?? '';

/**
 * The zone's usual abbreviation at `at`: "JST", "CEST", "EDT", "IST"; the English short name
 * when there is one, else the initials of its long name ("Japan Standard Time"), else
 * the offset ("GMT+3") for a zone without a name. The calendar feed names its time zones'
 * observances (TZNAME) with it too, so a reader sees one abbreviation on the page and in the calendar.
 */
export function zoneAbbreviation(timeZone: string, at: Date): string {
  const short = part(format('en-US', { timeZone, timeZoneName: 'short' }), at, 'timeZoneName');
  if (!/^GMT[+-]/.test(short)) return short;
  const long = part(format('en-US', { timeZone, timeZoneName: 'long' }), at, 'timeZoneName');
  if (!/^[A-Z][a-z]+( [A-Z][a-z]+)+ Time$/.test(long)) return short;
  // Winter time in Europe goes by three letters (CET, EET, WET), summer time by four (CEST).
  const european = /^(Central|Eastern|Western) European Standard Time$/.exec(long);
  if (european) return `${european[1]![0]}ET`;
  return long
    .split(' ')
    .map((w) => w[0])
    .join('');
}

function localParts(at: Date, timeZone: string): { day: string; time: string; year: string } {
  const f = format('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, year: p.year! };
}

export interface RangeOptions {
  /** The reader's zone (default: the runtime's). */
  timeZone?: string;
  /** The reader's locale for the date's words (default: the runtime's). */
  locale?: string;
  /** Today, to leave out the current year. */
  now?: Date;
}

/** "Thursday 24 December, 23:00-00:00 JST" (en-GB), "Thursday, December 24, 14:00-15:00 EST" (en-US). */
export function formatRange(start: Date, end: Date, options: RangeOptions = {}): string {
  const timeZone = options.timeZone ?? format(undefined, {}).resolvedOptions().timeZone;
  const from = localParts(start, timeZone);
  const to = localParts(end, timeZone);
  const sameYear = from.year === localParts(options.now ?? new Date(), timeZone).year;
  const date = format(options.locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) }).format(start);
  const endsLater = to.day !== from.day && to.time !== '00:00';
  const endText = endsLater ? `${format(options.locale, { timeZone, weekday: 'long' }).format(end)} ${to.time}` : to.time;
  return `${date}, ${from.time}-${endText} ${zoneAbbreviation(timeZone, start)}`;
}
