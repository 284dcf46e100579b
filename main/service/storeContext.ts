/**
 * What every group of service methods shares: the repositories on one connection, the clock, and
 * the few steps more than one method needs (keeping agenda totals, inserting a whole plan).
 */
import { randomUUID } from 'node:crypto';
import type { Block } from '../domain/plan';
import { computeSchedule } from '../domain/timing';
import { createBlocksRepo, type BlocksRepo, type NewBlockContent } from '../store/blocksRepo';
import type { Database } from '../store/database';
import { createPlansRepo, type NewPlanDetails, type PlansRepo } from '../store/plansRepo';
import { createSettingsRepo } from '../store/settingsRepo';

export interface StoreContext {
  db: Database;
  plans: PlansRepo;
  blocks: BlocksRepo;
  settings: ReturnType<typeof createSettingsRepo>;
  /** The clock, injectable so tests can move time on (purging, sort by last change). */
  clock: () => Date;
  /** The clock as the ISO string stored in created_at/updated_at/deleted_at. */
  now(): string;
}

export function createStoreContext(db: Database, clock: () => Date): StoreContext {
  return {
    db,
    plans: createPlansRepo(db),
    blocks: createBlocksRepo(db),
    settings: createSettingsRepo(db),
    clock,
    now: () => clock().toISOString(),
  };
}

/**
 * After any agenda change: recompute the plan's block count and total length (gaps before pinned
 * blocks included) and mark it changed. Call inside the same transaction as the change, so the
 * plans list can never show a total that disagrees with the agenda.
 */
export function agendaChanged(ctx: StoreContext, planId: string, startTime: string, at: string): void {
  const timing = ctx.blocks.timing(planId);
  const { totalMinutes } = computeSchedule(startTime, timing, null);
  ctx.plans.setTotals(planId, timing.length, totalMinutes, at);
}

/** Inserts a new plan with its agenda (fresh ids throughout); returns the plan's id. */
export function insertPlan(ctx: StoreContext, details: NewPlanDetails, agenda: readonly NewBlockContent[]): string {
  const id = randomUUID();
  const at = ctx.now();
  ctx.plans.insert({ ...details, id, createdAt: at, updatedAt: at, blockCount: 0, totalMinutes: 0 });
  agenda.forEach((content, position) => {
    const block: Block = { ...content, id: randomUUID() };
    ctx.blocks.insert(id, position, block);
  });
  agendaChanged(ctx, id, details.startTime, at);
  return id;
}

/** Copies the fields a patch sets, ignoring keys present but undefined, so nothing is blanked by accident. */
export function applyPatch<T extends object>(current: T, patch: Partial<T>): T {
  const next = { ...current };
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value !== undefined) next[key] = value as T[keyof T];
  }
  return next;
}
