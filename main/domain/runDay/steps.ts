/**
 * The controls of the facilitator's view, as the service accepts them. +5 and −5 are steps of their
 * own rather than "adjust by any number", so nothing but the two buttons can change a length on
 * the day.
 */
import { ADJUST_STEP, type RunAction, type RunEvent } from './runLog';

export const RUN_STEPS = ['start_day', 'next', 'back', 'add_five', 'take_five', 'pause', 'resume', 'skip', 'swap_next', 'end_day'] as const;
export type RunStep = (typeof RUN_STEPS)[number];

/** The action a step records; `order` is the agenda's block ids, which only start_day keeps. */
export function stepAction(step: RunStep, order: readonly string[]): RunAction {
  switch (step) {
    case 'start_day':
      return { kind: 'start_day', order: [...order] };
    case 'add_five':
      return { kind: 'adjust', minutes: ADJUST_STEP };
    case 'take_five':
      return { kind: 'adjust', minutes: -ADJUST_STEP };
    default:
      return { kind: step };
  }
}

/** What the service gives back: the day's log, for the view to replay and re-time against its clock. */
export interface RunDayLog {
  planId: string;
  /** Null when the day has never been started. */
  runId: string | null;
  /** Epoch ms of the midnight the day's clock times count from; null before the start. */
  midnight: number | null;
  events: RunEvent[];
}
