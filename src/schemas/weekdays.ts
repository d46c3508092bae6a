/** The days of the week as maintainers write them in a meeting's rule, Monday first (luxon's weekday 1). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** "Thursday" for thursday: the day as a sentence shows it. */
export function weekdayName(weekday: string): string {
  return weekday.charAt(0).toUpperCase() + weekday.slice(1);
}
