/** The sentences under the agenda's figures: how it ends against the intended end, and its gaps. */
import type { Schedule } from '../../../main/domain/timing';
import { formatClockTime, formatDuration } from '../../../main/domain/time';

/**
 * How the agenda's real end sits against the intended one, when it does not run over (the overrun
 * notice says that). Packs give the agenda's real end (a pack is a promise), so the note says so;
 * the spare minutes are called time in hand only when the day has no unplanned gap: a gap is time
 * nobody has planned, not time to spare.
 */
export function endNote(schedule: Pick<Schedule, 'end' | 'spareMinutes' | 'gaps'>, endTime: string): string {
  if (schedule.spareMinutes === 0) return `Finishes right on your intended end of ${endTime}.`;
  const real = `The last block ends at ${formatClockTime(schedule.end)}, ${formatDuration(schedule.spareMinutes)} before your intended end of ${endTime}`;
  const packs = `The packs say ${formatClockTime(schedule.end)}.`;
  return schedule.gaps > 0 ? `${real}. ${packs}` : `${real}: time in hand for conversations that run on. ${packs}`;
}

/** What the unplanned gaps before pinned blocks add up to, or null when there are none. */
export function gapNote(schedule: Pick<Schedule, 'gaps' | 'gapMinutes'>): string | null {
  if (schedule.gaps === 0) return null;
  return schedule.gaps === 1
    ? `There is an unplanned gap of ${formatDuration(schedule.gapMinutes)} before a pinned block. It is marked below, and counts in the total length.`
    : `There are ${schedule.gaps} unplanned gaps before pinned blocks, ${formatDuration(schedule.gapMinutes)} in all. They are marked below, and count in the total length.`;
}
