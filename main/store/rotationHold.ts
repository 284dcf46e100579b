/**
 * After the store was lost or damaged and the facilitator started with no plans, the backups
 * folder holds the only good copies of their work. The new store's daily backup would push one of
 * them out each day, so for the first day after such a start rotation removes nothing; the
 * facilitator has that day to notice and restore. The hold lives in the store's own meta table, so
 * it survives a restart and goes with the store it belongs to.
 */
import type { Database } from './database';
import { createMetaRepo } from './metaRepo';

const HELD_UNTIL = 'rotation_held_until';
export const ROTATION_HOLD_MS = 24 * 60 * 60 * 1000;

/** Holds rotation for a day from `from`. */
export function holdRotation(db: Database, from: Date): void {
  createMetaRepo(db).put(HELD_UNTIL, new Date(from.getTime() + ROTATION_HOLD_MS).toISOString());
}

/** True while the hold set by holdRotation has not run out. */
export function rotationHeld(db: Database, now: Date): boolean {
  const until = createMetaRepo(db).get(HELD_UNTIL);
  return until !== undefined && now.getTime() < Date.parse(until);
}
