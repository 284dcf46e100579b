/**
 * The day's position in words, shared by the facilitator's view and (later) the room screen and
 * the command line: "12 minutes behind; finishing 15:12, 12 minutes past your intended end."
 * Warm and factual: behind is said plainly, never as a fault.
 */
import { formatClock, type ClockStyle } from '../locale';
import { formatClockTime } from '../time';
import { plural } from '../words';
import type { Conflict, DayPosition } from './retime';

const minutes = (n: number) => plural(Math.round(Math.abs(n)), 'minute', 'minutes');

export function clockWords(minutesOfDay: number, clock: ClockStyle): string {
  return formatClock(formatClockTime(minutesOfDay), clock);
}

export function positionWords(position: DayPosition, clock: ClockStyle): string {
  const behind = Math.round(position.behindBy);
  const pace = behind === 0 ? 'On time' : behind > 0 ? `${minutes(behind)} behind` : `${minutes(behind)} ahead`;
  const finish = `finishing ${clockWords(position.finish, clock)}`;
  if (position.pastEndBy === null) return `${pace}; ${finish}.`;
  const past = Math.round(position.pastEndBy);
  const end =
    past === 0 ? 'right at your intended end' : past > 0 ? `${minutes(past)} past your intended end` : `${minutes(past)} before your intended end`;
  return `${pace}; ${finish}, ${end}.`;
}

/** "3 minutes left", "1 minute over", for the running block. */
export function timeLeftWords(minutesLeft: number): string {
  // Counting down in whole minutes: 4 min 10 s left reads "5 minutes left" until it is 4.
  const left = Math.ceil(minutesLeft);
  if (left > 0) return `${minutes(left)} left`;
  const over = Math.floor(-minutesLeft);
  return over === 0 ? 'Time is up' : `${minutes(over)} over`;
}

/** A conflict as one line: "Lunch is pinned to 12:30 and would start 10 minutes late." */
export function conflictWords(conflict: Conflict, title: string | null, clock: ClockStyle): string {
  const late = minutes(conflict.lateBy);
  if (conflict.blockId === null) return `The day would end ${late} after your intended end (${clockWords(conflict.at, clock)}).`;
  return `${title ?? 'A pinned block'} is pinned to ${clockWords(conflict.at, clock)} and would start ${late} late.`;
}
