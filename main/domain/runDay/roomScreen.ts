/**
 * The room screen: what a projector or TV shows the whole room while the day runs. The current
 * activity with its Easy Read picture, what comes next, and when the next break is.
 *
 * It is seen by everyone in the room, so it carries nothing personal, ever: it works only from a
 * RoomPlan (roomPlan.ts), which has no people in it at all. Pure, so the page re-times it every
 * second against its own clock.
 */
import { REST_KINDS } from '../blockKinds';
import type { PictogramKey } from '../pack/pictograms';
import { retime, type RunPlan, type RunPlanBlock } from './retime';
import type { RunState } from './runLog';
import type { RunDayLog } from './steps';

/** One block as the room may see it. */
export interface RoomBlock extends RunPlanBlock {
  title: string;
  /** One or two short Easy Read sentences about what happens. */
  words: string;
  picture: PictogramKey;
  /** What a screen reader says for the picture. */
  pictureAlt: string;
  /** Who leads, only when they chose to be named on the room screen; null otherwise. */
  lead: string | null;
}

export interface RoomPlan extends RunPlan {
  planId: string;
  /** The workshop's name, unless it names someone. */
  title: string;
  blocks: RoomBlock[];
}

/** What the service gives the room screen's page: nothing else, so the page never holds a name. */
export interface RoomScreenFeed {
  plan: RoomPlan;
  log: RunDayLog;
}

export interface RoomActivity {
  blockId: string;
  title: string;
  words: string;
  picture: PictogramKey;
  pictureAlt: string;
  lead: string | null;
  isBreak: boolean;
}

export interface RoomView {
  phase: 'not_started' | 'running' | 'all_done' | 'ended';
  now: (RoomActivity & { minutesLeft: number; paused: boolean }) | null;
  /** What comes next, with its expected start (clock minutes). */
  next: (RoomActivity & { startsAt: number | null }) | null;
  /** The next break or meal still to come after the running one, with its expected start. */
  nextBreak: (RoomActivity & { startsAt: number }) | null;
}

const activity = (b: RoomBlock): RoomActivity => ({
  blockId: b.id,
  title: b.title,
  words: b.words,
  picture: b.picture,
  pictureAlt: b.pictureAlt,
  lead: b.lead,
  isBreak: REST_KINDS.has(b.kind),
});

/** Where the day stands, for the room, at `now` (epoch ms). */
export function roomView(plan: RoomPlan, state: RunState, now: number, midnight: number): RoomView {
  const timed = retime(plan, state, now, midnight);
  const byId = new Map(plan.blocks.map((b) => [b.id, b]));
  const running = timed.running ? byId.get(timed.running.blockId) : undefined;
  const next = timed.nextId ? byId.get(timed.nextId) : undefined;
  const nextRow = timed.rows.find((r) => r.blockId === timed.nextId);
  const breakRow = timed.rows.find((r) => r.status === 'to_come' && r.start !== null && REST_KINDS.has(byId.get(r.blockId)!.kind));
  return {
    phase: timed.phase,
    now: running && timed.running ? { ...activity(running), minutesLeft: timed.running.minutesLeft, paused: timed.running.paused } : null,
    next: next ? { ...activity(next), startsAt: nextRow?.start ?? null } : null,
    nextBreak: breakRow ? { ...activity(byId.get(breakRow.blockId)!), startsAt: breakRow.start! } : null,
  };
}

/**
 * The time left as the room sees it, only when the facilitator turns the clock on: roughly, and
 * never "over": a block that runs on is the group's time well spent, not a fault on the wall.
 */
export function roomTimeWords(minutesLeft: number): string {
  const left = Math.ceil(minutesLeft);
  if (left > 1) return `About ${left} minutes left`;
  if (left === 1) return 'About 1 minute left';
  return 'Finishing soon';
}
