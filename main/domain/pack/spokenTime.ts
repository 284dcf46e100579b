/**
 * Clock times as people say them, for Easy Read: "10 o'clock in the morning", "half past 2".
 * Easy Read guidance asks for times in words people use rather than the 24-hour clock.
 */
import { isClockTime, parseClockTime } from '../time';

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

export function partOfDay(minutes: number): PartOfDay {
  if (minutes < 12 * 60) return 'morning';
  return minutes < 18 * 60 ? 'afternoon' : 'evening';
}

const hour12 = (h: number) => (h % 12 === 0 ? 12 : h % 12);

/**
 * "10:00" → "10 o'clock", "14:30" → "half past 2", "09:45" → "quarter to 10", "10:20" → "20 past
 * 10", "10:50" → "10 to 11"; with `withPart`, "in the morning" (or "afternoon", "evening") after
 * it, and "12 o'clock midday" for noon. Text that is not a clock time comes back as it is.
 */
export function spokenTime(clock: string, withPart = false): string {
  if (!isClockTime(clock)) return clock;
  const total = parseClockTime(clock) % (24 * 60);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 12 && m === 0 && withPart) return '12 o’clock midday';
  if (h === 0 && m === 0 && withPart) return '12 o’clock midnight';
  let words: string;
  // The part of the day goes with the time as said: "quarter to 12" is still the morning.
  if (m === 0) words = `${hour12(h)} o’clock`;
  else if (m === 15) words = `quarter past ${hour12(h)}`;
  else if (m === 30) words = `half past ${hour12(h)}`;
  else if (m === 45) words = `quarter to ${hour12(h + 1)}`;
  else if (m < 30) words = `${m} ${m === 1 ? 'minute' : 'minutes'} past ${hour12(h)}`;
  else words = `${60 - m} ${60 - m === 1 ? 'minute' : 'minutes'} to ${hour12(h + 1)}`;
  if (m % 5 === 0 && m !== 0 && m !== 15 && m !== 30 && m !== 45) words = words.replace(' minutes', '');
  return withPart ? `${words} in the ${partOfDay(total)}` : words;
}
