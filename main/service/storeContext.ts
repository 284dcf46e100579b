/**
 * What every group of service methods shares: the repositories on one connection, the clock, and
 * the few steps more than one method needs (keeping agenda totals, inserting a whole plan).
 */
import { randomUUID } from 'node:crypto';
import { accessDetailsDefaults, EMPTY_DEBRIEF, type Block, type Plan } from '../domain/plan';
import { notFound } from './errors';
import { computeSchedule } from '../domain/timing';
import { createBlocksRepo, type BlocksRepo } from '../store/blocksRepo';
import type { PlanContent } from '../domain/planContent';
import type { Database } from '../store/database';
import { createPlansRepo, type PlansRepo } from '../store/plansRepo';
import { createLibraryRepo, type LibraryRepo } from '../store/libraryRepo';
import { createPeopleRepo, type PeopleRepo } from '../store/peopleRepo';
import { createDirectoryRepo, type DirectoryRepo } from '../store/directoryRepo';
import { joinDirectory, type DirectoryJoin } from './directoryLinks';
import type { ImportMatchQuestion } from '../contract/contract';
import { createSetAsidesRepo, type SetAsidesRepo } from '../store/setAsidesRepo';
import { createSettingsRepo } from '../store/settingsRepo';

export interface StoreContext {
  db: Database;
  plans: PlansRepo;
  blocks: BlocksRepo;
  people: PeopleRepo;
  /** The people you work with across plans, and each plan person's link to one of them. */
  directory: DirectoryRepo;
  setAsides: SetAsidesRepo;
  library: LibraryRepo;
  settings: ReturnType<typeof createSettingsRepo>;
  /** The clock, injectable so tests can move time on (purging, sort by last change). */
  clock: () => Date;
  /** The clock as the ISO string stored in created_at/updated_at/deleted_at. */
  now(): string;
  /** A whole live plan, read in one transaction; not found when missing or deleted. */
  plan(planId: string): Plan;
}

export function createStoreContext(db: Database, clock: () => Date): StoreContext {
  const plans = createPlansRepo(db);
  const blocks = createBlocksRepo(db);
  const people = createPeopleRepo(db);
  const setAsides = createSetAsidesRepo(db);
  // One read transaction, so the details, people and agenda come from the same moment.
  const plan = db.transaction((planId: string): Plan => {
    const details = plans.details(planId);
    const after = plans.debrief(planId);
    if (!details || !after) throw notFound('plan');
    return {
      ...details,
      blocks: blocks.list(planId),
      people: people.list(planId),
      setAsides: setAsides.list(planId),
      debrief: { ...EMPTY_DEBRIEF, ...after.debrief },
      changes: after.changes,
    };
  });
  return {
    db,
    plans,
    blocks,
    people,
    directory: createDirectoryRepo(db),
    setAsides,
    library: createLibraryRepo(db),
    settings: createSettingsRepo(db),
    clock,
    now: () => clock().toISOString(),
    plan,
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

export type { PlanContent };

/**
 * Inserts a new plan with fresh ids throughout, keeping every link inside it: blocks still name
 * the same people, and set-aside findings (whose ids embed block and person ids) still match.
 * Links to anyone not in the content are dropped. Returns the new plan's id.
 *
 * `planId` keeps the plan's own id instead (an imported plan file, so importing it again is
 * recognised); the caller makes sure no plan row has it. Everything inside still gets fresh ids.
 * `directory` says how its people meet the directory (each a new entry unless told otherwise);
 * `askAbout` collects the people only likely to be someone in it, left unlinked until answered.
 */
export function insertPlan(
  ctx: StoreContext,
  content: PlanContent,
  options: { planId?: string; directory?: DirectoryJoin; askAbout?: ImportMatchQuestion[] } = {},
): string {
  const id = options.planId ?? randomUUID();
  const at = ctx.now();
  const newIds = new Map<string, string>();
  const fresh = (old: string | undefined) => {
    const next = randomUUID();
    if (old !== undefined) newIds.set(old, next);
    return next;
  };
  const people = (content.people ?? []).map((person) => ({ ...person, id: fresh(person.id) }));
  const details = { ...accessDetailsDefaults(), ...content.details };
  const contactPersonId = details.contactPersonId === null ? null : (newIds.get(details.contactPersonId) ?? null);
  ctx.plans.insert({ ...details, contactPersonId, id, createdAt: at, updatedAt: at, blockCount: 0, totalMinutes: 0 });
  for (const person of people) ctx.people.insert(id, person);
  const questions = joinDirectory(
    ctx,
    people.map((person, i) => ({ old: content.people?.[i]?.id, person })),
    options.directory ?? 'enter',
  );
  // People who may be someone already known wait, unlinked, for the facilitator to say.
  options.askAbout?.push(...questions);
  const agenda = content.agenda.map((block) => ({ ...block, id: fresh(block.id) }));
  agenda.forEach((content, position) => {
    const lead = content.leadPersonId === null ? undefined : newIds.get(content.leadPersonId);
    const block: Block = {
      ...content,
      leadPersonId: lead ?? null,
      deciderIds: content.deciderIds.flatMap((old) => newIds.get(old) ?? []),
    };
    ctx.blocks.insert(id, position, block);
  });
  for (const setAside of content.setAsides ?? []) {
    const findingId = setAside.findingId
      .split(':')
      .map((part) => newIds.get(part) ?? part)
      .join(':');
    ctx.setAsides.put(id, { ...setAside, findingId });
  }
  if (content.debrief) ctx.plans.updateDebrief(id, content.debrief, at);
  if (content.changes)
    ctx.plans.updateChanges(
      id,
      content.changes.map((c) => ({ ...c, id: randomUUID() })),
      at,
    );
  agendaChanged(ctx, id, content.details.startTime, at);
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
