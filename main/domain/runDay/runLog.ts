/**
 * The run log: what the facilitator did on the day, one event per key press or button, in order.
 *
 * The log is the single source of truth for a running day. Nothing else is stored about it: the
 * current block, each block's actual start and end, pauses and swaps are all *replayed* from the
 * events, so an event saved the moment it happens is enough to resume the day exactly after a
 * close, a crash or a kill -9. Replay is total: an event that no longer makes sense (the plan was
 * edited during the day, say) is passed over rather than stopping the day from opening.
 *
 * Times in events are epoch milliseconds; the clock maths (retime.ts) turns them into minutes of
 * the plan's day.
 */

/** Every action the facilitator can take while running the day. */
export const RUN_ACTIONS = ['start_day', 'next', 'back', 'adjust', 'pause', 'resume', 'skip', 'swap_next', 'end_day'] as const;
export type RunActionKind = (typeof RUN_ACTIONS)[number];

/** +5 and −5 minutes on the block that is running; the service accepts only these steps. */
export const ADJUST_STEP = 5;

export type RunAction =
  /** Begins the day, and with it the first block. `order` is the agenda as it stood then. */
  | { kind: 'start_day'; order: string[] }
  /** Ends the running block and starts the next one still to come (or simply ends it after the last). */
  | { kind: 'next' }
  /** Reopens the block before the running one (a "next" pressed too soon); the running one waits again. */
  | { kind: 'back' }
  /** Gives the running block more (positive) or fewer (negative) minutes than planned. */
  | { kind: 'adjust'; minutes: number }
  /** A pause the group needs: the running block's clock stops until resume. */
  | { kind: 'pause' }
  | { kind: 'resume' }
  /** Leaves the next block to come out of the day (it is kept in the plan, marked skipped). */
  | { kind: 'skip' }
  /** Swaps the next two blocks to come. */
  | { kind: 'swap_next' }
  /** The day is over: the running block (if any) ends now. */
  | { kind: 'end_day' };

export interface RunEvent {
  /** 1, 2, 3... within one day's run: the order events happened in. */
  seq: number;
  /** When it happened, epoch milliseconds. */
  at: number;
  action: RunAction;
}

export type RunBlockStatus = 'to_come' | 'running' | 'done' | 'skipped';

/** One block as the day has treated it so far. */
export interface RunBlock {
  blockId: string;
  status: RunBlockStatus;
  /** Actual start and end (epoch ms); null until they happen. A reopened block keeps its first start. */
  startedAt: number | null;
  endedAt: number | null;
  /** Minutes added (+) or taken (−) on the day with +5 / −5. */
  extraMinutes: number;
  /** Milliseconds spent in pauses while this block was running, closed pauses only. */
  pausedMs: number;
}

export interface RunState {
  /** When the day was started and ended (epoch ms); null when not (yet). */
  startedAt: number | null;
  endedAt: number | null;
  /** The blocks in the order the day runs them (swaps change it); every plan block appears once. */
  order: string[];
  blocks: Map<string, RunBlock>;
  /** The block running now, or null (before the start, between the last block and the end, after the end). */
  runningId: string | null;
  /** Since when the group has been paused (epoch ms), or null. */
  pausedSince: number | null;
  /** The highest seq applied; the next event is seq + 1. */
  lastSeq: number;
}

/** Why an action cannot be taken now, in words for the facilitator (never a scolding). */
export type Refusal = { refused: string };

export function emptyRunState(planBlockIds: readonly string[]): RunState {
  return {
    startedAt: null,
    endedAt: null,
    order: [...planBlockIds],
    blocks: new Map(planBlockIds.map((id) => [id, freshBlock(id)])),
    runningId: null,
    pausedSince: null,
    lastSeq: 0,
  };
}

const freshBlock = (blockId: string): RunBlock => ({ blockId, status: 'to_come', startedAt: null, endedAt: null, extraMinutes: 0, pausedMs: 0 });

/** The blocks still to come, in running order. */
export function toCome(state: RunState): string[] {
  return state.order.filter((id) => state.blocks.get(id)!.status === 'to_come');
}

const firstToCome = (state: RunState): string | undefined => state.order.find((id) => state.blocks.get(id)!.status === 'to_come');

/**
 * The start_day order reconciled with the plan as it is now: blocks deleted since are dropped, and
 * blocks added since join the end of the day, so the run always covers exactly the plan's blocks.
 */
function reconcile(order: readonly string[], planBlockIds: readonly string[]): string[] {
  const inPlan = new Set(planBlockIds);
  const kept = order.filter((id) => inPlan.has(id));
  const seen = new Set(kept);
  return [...new Set([...kept, ...planBlockIds.filter((id) => !seen.has(id))])];
}

/**
 * Applies one action at `at`, returning the new state or why it cannot be taken. Pure: the given
 * state is never changed, so the service can ask first and save only what applies.
 */
export function applyAction(state: RunState, action: RunAction, at: number, planBlockIds: readonly string[]): RunState | Refusal {
  const next = cloneState(state);
  const refusal = applyInPlace(next, action, at, planBlockIds);
  return refusal ?? next;
}

/**
 * The same, changing `next` itself (replay's fast path: no copy per event). Every refusal is
 * decided before anything is changed, so a refused action leaves the state as it was.
 */
function applyInPlace(next: RunState, action: RunAction, at: number, planBlockIds: readonly string[]): Refusal | null {
  if (next.endedAt !== null) return { refused: 'The day has ended. Everything that happened is kept.' };
  if (action.kind !== 'start_day' && next.startedAt === null) return { refused: 'The day has not started yet. Start the day first.' };
  const running = next.runningId ? next.blocks.get(next.runningId)! : null;

  switch (action.kind) {
    case 'start_day': {
      if (next.startedAt !== null) return { refused: 'The day is already running.' };
      const order = reconcile(action.order, planBlockIds);
      const first = order[0];
      if (first === undefined) return { refused: 'This plan has no blocks to run yet. Add some to the agenda first.' };
      next.order = order;
      next.blocks = new Map(order.map((id) => [id, freshBlock(id)]));
      next.startedAt = at;
      startBlock(next, first, at);
      return null;
    }
    case 'next': {
      if (running) finishBlock(next, running, at, 'done');
      const following = firstToCome(next);
      if (following === undefined) {
        if (!running) return { refused: 'That was the last block. You can end the day when you are ready.' };
        return null;
      }
      startBlock(next, following, at);
      return null;
    }
    case 'back': {
      // The block to reopen is the last one that actually ran before the running one (or before
      // the end, when the last block has finished); skipped blocks never ran, so are stepped over.
      const upTo = running ? next.order.indexOf(running.blockId) : next.order.length;
      const previous = next.order
        .slice(0, upTo)
        .reverse()
        .map((id) => next.blocks.get(id)!)
        .find((b) => b.status === 'done');
      if (!previous) return { refused: 'There is no earlier block to go back to.' };
      closePause(next, at);
      if (running) {
        // It goes back to waiting as if it had not started: its minutes so far belong to the reopened block.
        Object.assign(running, freshBlock(running.blockId));
      }
      previous.status = 'running';
      previous.endedAt = null;
      next.runningId = previous.blockId;
      return null;
    }
    case 'adjust': {
      if (!running) return { refused: 'No block is running, so there is nothing to give more or less time to.' };
      if (!Number.isInteger(action.minutes) || action.minutes === 0) return { refused: 'Add or take away whole minutes.' };
      running.extraMinutes += action.minutes;
      return null;
    }
    case 'pause': {
      if (!running) return { refused: 'No block is running, so there is nothing to pause.' };
      if (next.pausedSince !== null) return { refused: 'The day is already paused.' };
      next.pausedSince = at;
      return null;
    }
    case 'resume': {
      if (next.pausedSince === null) return { refused: 'The day is not paused.' };
      closePause(next, at);
      return null;
    }
    case 'skip': {
      const skipped = firstToCome(next);
      if (skipped === undefined) return { refused: 'There is no block still to come to skip.' };
      next.blocks.get(skipped)!.status = 'skipped';
      return null;
    }
    case 'swap_next': {
      const [a, b] = toCome(next);
      if (a === undefined || b === undefined) return { refused: 'There need to be two blocks still to come to swap them.' };
      const ia = next.order.indexOf(a);
      const ib = next.order.indexOf(b);
      next.order[ia] = b;
      next.order[ib] = a;
      return null;
    }
    case 'end_day': {
      if (running) finishBlock(next, running, at, 'done');
      next.endedAt = at;
      return null;
    }
  }
}

/** Replays a whole log. Events that cannot apply (see applyAction) are passed over. */
export function replay(events: readonly RunEvent[], planBlockIds: readonly string[]): RunState {
  const state = emptyRunState(planBlockIds);
  for (const event of events) {
    applyInPlace(state, event.action, event.at, planBlockIds);
    state.lastSeq = event.seq;
  }
  return state;
}

export const isRefusal = (x: RunState | Refusal): x is Refusal => 'refused' in x;

function cloneState(state: RunState): RunState {
  return { ...state, order: [...state.order], blocks: new Map([...state.blocks].map(([id, b]) => [id, { ...b }])) };
}

function startBlock(state: RunState, id: string, at: number): void {
  const block = state.blocks.get(id)!;
  block.status = 'running';
  block.startedAt = at;
  block.endedAt = null;
  state.runningId = id;
}

function finishBlock(state: RunState, block: RunBlock, at: number, status: 'done'): void {
  closePause(state, at);
  block.status = status;
  block.endedAt = at;
  state.runningId = null;
}

/** A pause ends with its block: its length is counted to the block that was running. */
function closePause(state: RunState, at: number): void {
  if (state.pausedSince === null) return;
  const running = state.runningId ? state.blocks.get(state.runningId) : undefined;
  if (running) running.pausedMs += Math.max(0, at - state.pausedSince);
  state.pausedSince = null;
}
