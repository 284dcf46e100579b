/**
 * A plan's day as it was run, read from its most recent run log: what copying with actual lengths
 * and the review's history both start from.
 */
import { plannedVsActual, type PlannedVsActual } from '../domain/runDay/actuals';
import { replay } from '../domain/runDay/runLog';
import type { RunDayRepo } from '../store/runDayRepo';
import type { StoreContext } from './storeContext';

/** Planned against actual for `runId` (the plan's latest run unless given); null when the day was never run. */
export function dayActuals(ctx: StoreContext, runs: RunDayRepo, planId: string, runId?: string): PlannedVsActual | null {
  const id = runId ?? runs.latest(planId)?.id;
  if (!id) return null;
  const agenda = ctx.blocks.list(planId);
  return plannedVsActual(
    agenda,
    replay(
      runs.events(id),
      agenda.map((b) => b.id),
    ),
  );
}
