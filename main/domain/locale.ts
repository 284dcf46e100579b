/**
 * How dates and clock times are typed and shown: the facilitator's own choice, never the browser's
 * or the computer's, so 12/03/2027 means 12 March 2027 for someone in the UK whatever the machine says.
 * Pure (Intl only), so the renderer, the service and the tests agree.
 */
import { MONTHS } from './time';

/** A short list of English-speaking locales whose date order differs (or is worth naming). */
export const DATE_LOCALES = ['en-GB', 'en-IE', 'en-US', 'en-CA'] as const;
export type DateLocale = (typeof DATE_LOCALES)[number];
export const DATE_LOCALE_LABELS: Record<DateLocale, string> = {
  'en-GB': 'United Kingdom',
  'en-IE': 'Ireland',
  'en-US': 'United States',
  'en-CA': 'Canada',
};

export const CLOCK_STYLES = ['24h', '12h'] as const;
export type ClockStyle = (typeof CLOCK_STYLES)[number];
export const CLOCK_STYLE_LABELS: Record<ClockStyle, string> = {
  '24h': '24-hour, like 14:30',
  '12h': '12-hour, like 2:30 pm',
};

const SAMPLE = new Date(Date.UTC(2027, 2, 12));
const numericDate = (locale: string) =>
  // The same numeric style react-aria's DateField shows, so the example looks like the field.
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** The order a locale expects a date typed in: "day / month / year" for en-GB. */
export function dateOrder(locale: string): string {
  const order = numericDate(locale)
    .formatToParts(SAMPLE)
    .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')
    .map((p) => p.type);
  return order.join(' / ');
}

/** The hint under a date field: "Day / month / year, like 12/03/2027." */
export function dateHint(locale: string): string {
  const order = dateOrder(locale);
  return `${order.charAt(0).toUpperCase()}${order.slice(1)}, like ${numericDate(locale).format(SAMPLE)}.`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The kind message for a date that does not exist (31/02/2027), or null when it does. Said in
 * words, so it reads the same whichever order the date was typed in.
 */
export function impossibleDateMessage(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = daysInMonth(year, month);
  if (day <= days) return null;
  const name = MONTHS[month - 1]!;
  const leap = month === 2 ? ` in ${year}` : '';
  return `There is no ${day} ${name} ${year}: ${name} has ${days} days${leap}. Could you check the day and the month?`;
}

/** "14:30" → "2:30 pm" for the 12-hour setting; unchanged for 24-hour or anything not a clock time. */
export function formatClock(hhmm: string, clock: ClockStyle): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (clock === '24h' || !m) return hhmm;
  const h = Number(m[1]);
  const suffix = h < 12 ? 'am' : 'pm';
  return `${h % 12 === 0 ? 12 : h % 12}:${m[2]} ${suffix}`;
}

/**
 * The end of the day must come after its start. The message sits beside the end time, and names
 * the start so the facilitator can see which of the two to change.
 */
export function endBeforeStartMessage(startTime: string, endTime: string | null, clock: ClockStyle = '24h'): string | null {
  if (endTime === null || endTime > startTime) return null;
  const start = formatClock(startTime, clock);
  return endTime === startTime
    ? `The day needs to end after it starts at ${start}. Could you choose a later end time?`
    : `That is before the start time, ${start}. Could you choose a later end time, or an earlier start?`;
}

/** The same rule seen from the start time: moving the start past a set end is refused too. */
export function startAfterEndMessage(startTime: string, endTime: string | null, clock: ClockStyle = '24h'): string | null {
  if (endTime === null || endTime > startTime) return null;
  return `That is not before the end time, ${formatClock(endTime, clock)}. Could you choose an earlier start, or a later end time?`;
}

/** The time a clock field's hint shows unless the field names its own: a kind hour to start a day. */
export const CLOCK_EXAMPLE = '10:00';

/** The hint under a clock-time field, in the facilitator's clock: "24-hour clock, like 10:00." */
export function clockHint(clock: ClockStyle, locale: string, example: string = CLOCK_EXAMPLE): string {
  return `${clock === '12h' ? '12-hour clock' : '24-hour clock'}, like ${clockExample(example, clock, locale)}.`;
}

/** A time as a field in that locale shows it: "10:00 am" in the UK, "10:00 AM" in the US on 12 hours. */
export function clockExample(hhmm: string, clock: ClockStyle, locale: string): string {
  if (clock === '24h') return hhmm;
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2027, 2, 12, h, m)),
  );
}

export type SegmentPart = 'day' | 'month' | 'year' | 'hour' | 'minute' | 'dayPeriod';
const PART_WORDS: Record<SegmentPart, string> = {
  day: 'the day',
  month: 'the month',
  year: 'the year',
  hour: 'the hour',
  minute: 'the minutes',
  dayPeriod: 'am or pm',
};

/** "Add the month and the year to finish this date, or clear it. Until then, nothing has changed." */
export function unfinishedMessage(missing: readonly SegmentPart[], what: 'date' | 'time'): string {
  const words = missing.map((p) => PART_WORDS[p]);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0];
  return `Add ${list} to finish this ${what}, or clear it. Until then, nothing has changed.`;
}

/** A year typed as "27" would be the year 27: it is asked for in full instead, and never saved. */
export const FULL_YEAR_MESSAGE = 'Type the year in full, like 2027. Until then, nothing has changed.';
export const isFullYear = (year: number): boolean => year >= 1000;
