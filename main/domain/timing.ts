import type { Block } from './plan';
import { MINUTES_PER_DAY, parseClockTime } from './time';

/** Clock position of one block. All times are minutes after midnight of the plan's day. */
export interface BlockTiming {
  blockId: string;
  start: number;
  end: number;
  /** Set when the block is pinned to a clock time. */
  pin?: {
    at: number;
    /** Minutes left free before the pinned block (earlier blocks finish early). */
    gapBefore: number;
    /** Minutes the pinned block starts late because earlier blocks run past its pin. */
    lateBy: number;
  };
}

export interface Schedule {
  start: number;
  end: number;
  rows: BlockTiming[];
  /** From the plan's start to the end of the last block, gaps included. */
  totalMinutes: number;
  /** Minutes past the intended end time (0 when on time or no end is set). */
  overrunMinutes: number;
  /** Minutes to spare before the intended end (0 when over or no end is set). */
  spareMinutes: number;
  /** Pinned blocks pushed late by earlier ones. */
  pinConflicts: number;
  /** Unplanned minutes inside the day: gaps left before pinned blocks (counted in `totalMinutes`). */
  gapMinutes: number;
  /** How many such gaps there are. */
  gaps: number;
  /** The intended end in the same minutes as `end` (past midnight when before the start), or null. */
  intendedEnd: number | null;
}

type TimedBlock = Pick<Block, 'id' | 'durationMinutes' | 'pinnedTime'>;

/**
 * Lays the agenda out on the clock. Blocks follow each other from the start time; a pinned block
 * waits for its pin when earlier blocks finish early (leaving a visible gap) and, when they run
 * late, starts late and reports by how much, so the conflict is shown where it happens.
 * A pin earlier than the plan's start is late from the outset, unless the agenda has run on towards
 * that time the next day (sessions that cross midnight).
 */
export function computeSchedule(startTime: string, blocks: readonly TimedBlock[], endTime: string | null): Schedule {
  const start = parseClockTime(startTime);
  let cursor = start;
  let pinConflicts = 0;
  let gapMinutes = 0;
  let gaps = 0;
  const rows: BlockTiming[] = new Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    let row: BlockTiming;
    if (b.pinnedTime) {
      let at = parseClockTime(b.pinnedTime);
      // Pins are times of day. A pin earlier than the start means whichever occurrence is nearer
      // to where the agenda has got to: 00:30 after a block ending 23:50 is 40 minutes later
      // (next day), while 09:00 in a plan starting at 10:00 is late the same day.
      if (at < start && cursor - at > MINUTES_PER_DAY / 2) at += MINUTES_PER_DAY;
      const gapBefore = Math.max(0, at - cursor);
      const lateBy = Math.max(0, cursor - at);
      if (lateBy > 0) pinConflicts++;
      if (gapBefore > 0) {
        gaps++;
        gapMinutes += gapBefore;
      }
      const blockStart = Math.max(cursor, at);
      row = { blockId: b.id, start: blockStart, end: blockStart + b.durationMinutes, pin: { at, gapBefore, lateBy } };
    } else {
      row = { blockId: b.id, start: cursor, end: cursor + b.durationMinutes };
    }
    rows[i] = row;
    cursor = row.end;
  }
  const totalMinutes = cursor - start;
  let overrunMinutes = 0;
  let spareMinutes = 0;
  let intendedEnd: number | null = null;
  if (endTime) {
    intendedEnd = parseClockTime(endTime);
    // An end time earlier than the start means the session runs past midnight.
    if (intendedEnd <= start) intendedEnd += MINUTES_PER_DAY;
    overrunMinutes = Math.max(0, cursor - intendedEnd);
    spareMinutes = Math.max(0, intendedEnd - cursor);
  }
  return { start, end: cursor, rows, totalMinutes, overrunMinutes, spareMinutes, pinConflicts, gapMinutes, gaps, intendedEnd };
}

/** With no intended end, a block longer than this is more likely a slip of the keyboard than a plan. */
export const LONGEST_PLAUSIBLE_BLOCK = 8 * 60;
/** However short the day, lengths up to this are never queried (a long walk, a half-day visit). */
const NEVER_QUERIED = 4 * 60;

/**
 * The longest a block can sensibly be: the whole day from the start to the intended end (read past
 * midnight as the schedule does), or eight hours when no end is set; never less than four hours.
 */
export function longestPlausibleBlock(startTime: string, endTime: string | null): number {
  let day = LONGEST_PLAUSIBLE_BLOCK;
  try {
    if (endTime) {
      const start = parseClockTime(startTime);
      let end = parseClockTime(endTime);
      if (end <= start) end += MINUTES_PER_DAY;
      day = end - start;
    }
  } catch {
    // A broken time is its own field's problem; fall back to the day-length guess.
  }
  return Math.max(day, NEVER_QUERIED);
}

/**
 * A length longer than the whole day is almost always one key too many: 600 for 60, 450 for 45.
 * Returns what was probably meant (the last digit dropped) when that fits in the day, or null when
 * the length is plausible or no single guess fits. It is a question, never a refusal: the length
 * stays as typed until the facilitator chooses.
 */
export function probablyMeantMinutes(minutes: number, longest: number): number | null {
  if (minutes <= longest) return null;
  const guess = Math.floor(minutes / 10);
  return guess >= 1 && guess <= longest ? guess : null;
}
