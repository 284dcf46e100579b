/**
 * Live re-timing: where the day is and how the rest of it falls on the clock, from the plan, the
 * replayed run log and "now". Pure and fast (a 300-block day re-times in well under 5 ms; see
 * docs/performance.md), so the view can call it every second.
 *
 * Rules, in the order they matter:
 * - what has happened is fact: finished blocks keep their actual start and end;
 * - the running block ends when its planned length (plus any +5 / −5, plus its pauses) is up, or
 *   now, if it has run over and is still going;
 * - the blocks to come follow on; a pinned block (lunch, a speaker) waits for its time when the day
 *   is early and, when the day is late, starts late with the conflict reported. Kindred never
 *   moves a pin silently and never shortens anything itself: shortening is a suggestion
 *   (suggestions.ts) for the facilitator to take or leave.
 *
 * All clock values here are minutes after the midnight that begins the plan's day (fractional; the
 * words round them), as in timing.ts.
 */
import type { Block } from '../plan';
import { REST_KINDS } from '../blockKinds';
import { MINUTES_PER_DAY, parseClockTime } from '../time';
import { computeSchedule } from '../timing';
import { type RunBlockStatus, type RunState } from './runLog';

/** What re-timing needs to know about each block. */
export type RunPlanBlock = Pick<Block, 'id' | 'kind' | 'durationMinutes' | 'pinnedTime' | 'flexible' | 'minMinutes'>;

export interface RunPlan {
  startTime: string;
  endTime: string | null;
  /** In the plan's own order. */
  blocks: readonly RunPlanBlock[];
}

export interface RetimedBlock {
  blockId: string;
  status: RunBlockStatus;
  /** Actual (done, running) or expected (to come) clock minutes; a skipped block has none. */
  start: number | null;
  end: number | null;
  /** Where the plan put it, before the day began. */
  plannedStart: number;
  plannedEnd: number;
  /** For a pinned block to come: its pin, and how late the day will reach it (0 when on time). */
  pinAt: number | null;
  lateBy: number;
}

/** Something the day cannot keep as things stand: a pinned block reached late, or the intended end passed. */
export interface Conflict {
  /** The pinned block, or null for the intended end of the day. */
  blockId: string | null;
  /** The time being missed (the pin, or the intended end). */
  at: number;
  lateBy: number;
}

export interface RunningNow {
  blockId: string;
  startedAt: number;
  /** When it is due to end (planned length, +/− minutes and pauses included). */
  dueEnd: number;
  /** Minutes left until then; negative once it has run over. */
  minutesLeft: number;
  paused: boolean;
}

export interface DayPosition {
  /** Minutes behind the plan (negative: ahead), measured at the running or most recent block's end. */
  behindBy: number;
  /** When the day will finish as things stand. */
  finish: number;
  /** The plan's intended end (past midnight when before the start), or null when it has none. */
  intendedEnd: number | null;
  /** Minutes past the intended end (negative: to spare), or null when there is none. */
  pastEndBy: number | null;
}

export interface Retimed {
  phase: 'not_started' | 'running' | 'all_done' | 'ended';
  /** Every block in running order, skipped ones included. */
  rows: RetimedBlock[];
  running: RunningNow | null;
  /** The block that comes next, or null. */
  nextId: string | null;
  position: DayPosition;
  conflicts: Conflict[];
  /** Where the blocks to come start from: the running block's end, or now, or the planned start. */
  restFrom: number;
}

const MS_PER_MINUTE = 60_000;

/** The local midnight that begins the day containing `ms` (the computer's own time zone). */
export function localMidnight(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * Re-times the day. `midnight` is the epoch ms of the midnight the plan's clock times count from
 * (localMidnight of the day's start); `now` is epoch ms.
 */
export function retime(plan: RunPlan, state: RunState, now: number, midnight: number): Retimed {
  const toMinutes = (ms: number) => (ms - midnight) / MS_PER_MINUTE;
  const byId = new Map(plan.blocks.map((b) => [b.id, b]));
  const planned = computeSchedule(plan.startTime, plan.blocks, plan.endTime);
  const plannedById = new Map(planned.rows.map((r) => [r.blockId, r]));
  const nowMin = toMinutes(now);
  const phase: Retimed['phase'] =
    state.endedAt !== null ? 'ended' : state.startedAt === null ? 'not_started' : state.runningId === null ? 'all_done' : 'running';

  let running: RunningNow | null = null;
  // Where the blocks to come start from.
  let cursor: number;
  if (phase === 'not_started') cursor = Math.max(planned.start, nowMin);
  else if (phase === 'ended') cursor = toMinutes(state.endedAt!);
  else cursor = nowMin;

  if (state.runningId !== null) {
    const run = state.blocks.get(state.runningId)!;
    const block = byId.get(state.runningId)!;
    const pausedMs = run.pausedMs + (state.pausedSince !== null ? Math.max(0, now - state.pausedSince) : 0);
    const startedAt = toMinutes(run.startedAt!);
    const dueEnd = startedAt + Math.max(0, block.durationMinutes + run.extraMinutes) + pausedMs / MS_PER_MINUTE;
    running = { blockId: run.blockId, startedAt, dueEnd, minutesLeft: dueEnd - nowMin, paused: state.pausedSince !== null };
    cursor = Math.max(dueEnd, nowMin);
  }

  const restFrom = cursor;
  const rows: RetimedBlock[] = [];
  const conflicts: Conflict[] = [];
  let nextId: string | null = null;
  let lastActualEnd: { blockId: string; end: number } | null = null;
  for (const id of state.order) {
    const block = byId.get(id);
    const run = state.blocks.get(id);
    if (!block || !run) continue;
    const plan = plannedById.get(id)!;
    const row: RetimedBlock = {
      blockId: id,
      status: run.status,
      start: null,
      end: null,
      plannedStart: plan.start,
      plannedEnd: plan.end,
      pinAt: null,
      lateBy: 0,
    };
    if (run.status === 'done') {
      row.start = toMinutes(run.startedAt!);
      row.end = toMinutes(run.endedAt!);
      if (!lastActualEnd || row.end >= lastActualEnd.end) lastActualEnd = { blockId: id, end: row.end };
    } else if (run.status === 'running') {
      row.start = running!.startedAt;
      row.end = cursor;
    } else if (run.status === 'to_come') {
      nextId ??= id;
      let start = cursor;
      if (block.pinnedTime) {
        const at = pinMinutes(block.pinnedTime, planned.start, cursor);
        row.pinAt = at;
        row.lateBy = Math.max(0, cursor - at);
        if (row.lateBy > 0) conflicts.push({ blockId: id, at, lateBy: row.lateBy });
        start = Math.max(cursor, at);
      }
      row.start = start;
      row.end = start + block.durationMinutes;
      cursor = row.end;
    }
    rows.push(row);
  }

  const finish = phase === 'not_started' || phase === 'running' ? cursor : (lastActualEnd?.end ?? cursor);
  let behindBy: number;
  if (running) behindBy = Math.max(running.dueEnd, nowMin) - plannedById.get(running.blockId)!.end;
  else if (phase === 'not_started') behindBy = Math.max(0, nowMin - planned.start);
  else behindBy = lastActualEnd ? lastActualEnd.end - plannedById.get(lastActualEnd.blockId)!.end : 0;

  const intendedEnd = planned.intendedEnd;
  const pastEndBy = intendedEnd === null ? null : finish - intendedEnd;
  if (intendedEnd !== null && pastEndBy! > 0 && phase !== 'ended' && phase !== 'all_done') {
    conflicts.push({ blockId: null, at: intendedEnd, lateBy: pastEndBy! });
  }
  return { phase, rows, running, nextId, position: { behindBy, finish, intendedEnd, pastEndBy }, conflicts, restFrom };
}

/** A pin as clock minutes of the run's day, read past midnight the way timing.ts reads it. */
export function pinMinutes(pinnedTime: string, dayStart: number, cursor: number): number {
  let at = parseClockTime(pinnedTime);
  if (at < dayStart && cursor - at > MINUTES_PER_DAY / 2) at += MINUTES_PER_DAY;
  return at;
}

/**
 * How many minutes a block could give up on the day: a flexible block down to its minimum (half its
 * length when the facilitator gave none). Breaks and meals never, even when marked flexible: people
 * need their rest most on a day that runs late.
 */
export function roomToShorten(block: RunPlanBlock): number {
  if (!block.flexible || REST_KINDS.has(block.kind)) return 0;
  return Math.max(0, block.durationMinutes - (block.minMinutes ?? Math.ceil(block.durationMinutes / 2)));
}
