/** The plans list and plan details: create, change, copy, delete with undo, and the sample plan. */
import { randomUUID } from 'node:crypto';
import { accessDetailsDefaults, LIMITS, type AccessDetailsKey, type Block, type Plan, type PlanDetails, type PlanSummary } from '../domain/plan';
import { localToday } from '../domain/time';
import { deliveredOnFor } from '../domain/personalData';
import { createMetaRepo } from '../store/metaRepo';
import { createProjectsRepo } from '../store/projectsRepo';
import { samplePlan } from '../domain/library/samplePlan';
import type { ServiceImpl } from '../contract/contract';
import type { DeletedPlans } from './deletedPlans';
import { checkDayTimes } from './dayTimesCheck';
import { KindredError, notFound } from './errors';
import { agendaChanged, applyPatch, insertPlan, type StoreContext } from './storeContext';
import { actualLengths } from '../domain/runDay/actuals';
import { createRunDayRepo } from '../store/runDayRepo';
import { dayActuals } from './dayActuals';

/** A block at a new length; a flexible block's minimum never ends up longer than the block itself. */
const withLength = (block: Block, durationMinutes: number): Block => ({
  ...block,
  durationMinutes,
  minMinutes: block.minMinutes === null ? null : Math.min(block.minMinutes, durationMinutes),
});

type PlanMethods = Pick<
  ServiceImpl,
  'listPlans' | 'getPlan' | 'createPlan' | 'updatePlan' | 'duplicatePlan' | 'deletePlan' | 'restorePlan' | 'addSamplePlan'
>;

const NEW_PLAN = {
  title: 'Untitled plan',
  purpose: '',
  whatCouldChange: '',
  date: null,
  startTime: '10:00',
  endTime: null,
  format: 'in_person',
  venueName: '',
  venueAddress: '',
  status: 'draft',
  expectedParticipants: null,
  givesBack: [],
  givesBackNote: '',
  followUp: '',
  audience: [],
} as const satisfies Omit<PlanDetails, 'id' | 'createdAt' | 'updatedAt' | AccessDetailsKey>;

/** "Copy of …", cut to the title limit without splitting a character made of two UTF-16 units. */
/** Which plan is the sample, so opening it never picks up a plan that merely shares its name. */
const SAMPLE_PLAN_ID = 'sample_plan_id';

export function copyTitle(title: string): string {
  const full = `Copy of ${title}`;
  if (full.length <= LIMITS.title) return full;
  let cut = LIMITS.title;
  const last = full.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return full.slice(0, cut).trimEnd();
}

/**
 * `deleted` holds plans deleted in the last minute, for Undo: deleting removes the rows at once.
 */
export function planMethods(ctx: StoreContext, deleted: DeletedPlans): PlanMethods {
  const { db, plans, blocks } = ctx;
  const meta = createMetaRepo(db);
  const projects = createProjectsRepo(db);

  const summaryOf = (planId: string): PlanSummary => {
    const summary = plans.summary(planId);
    if (!summary) throw notFound('plan');
    return summary;
  };

  const detailsOf = (planId: string): PlanDetails => {
    const details = plans.details(planId);
    if (!details) throw notFound('plan');
    return details;
  };

  const getPlan = (planId: string): Plan => ctx.plan(planId);

  const createPlan = db.transaction((input: Parameters<ServiceImpl['createPlan']>[0]) => {
    const at = ctx.now();
    const details = applyPatch<PlanDetails>(
      { ...NEW_PLAN, ...accessDetailsDefaults(), id: randomUUID(), createdAt: at, updatedAt: at },
      input?.details ?? {},
    );
    checkDayTimes(details, input?.details ?? {}, 'details');
    plans.insert({ ...details, blockCount: 0, totalMinutes: 0 });
    return getPlan(details.id);
  });

  const updatePlan = db.transaction(({ planId, patch }: Parameters<ServiceImpl['updatePlan']>[0]) => {
    const current = detailsOf(planId);
    const at = ctx.now();
    const next = applyPatch(current, patch);
    checkDayTimes(next, patch, 'patch');
    if (patch.contactPersonId && !ctx.people.get(planId, patch.contactPersonId)) {
      throw new KindredError('invalid', 'That person is no longer in this plan. Please choose someone from the list.', {
        contactPersonId: 'Choose someone from the list.',
      });
    }
    // The "delete personal data" reminder counts from the day the plan was marked delivered.
    next.deliveredOn = deliveredOnFor(current, next.status, localToday(ctx.clock()));
    plans.updateDetails({ ...next, updatedAt: at });
    // Pinned blocks are clock times, so a new start time can change the gaps before them.
    if (patch.startTime !== undefined && patch.startTime !== current.startTime) {
      agendaChanged(ctx, planId, patch.startTime, at);
    }
    return detailsOf(planId);
  });

  const runs = createRunDayRepo(db);

  /** Each block's length for a copy "with the lengths from the day"; refused kindly when the day has none. */
  const lengthsFromTheDay = (planId: string): Map<string, number> => {
    const day = dayActuals(ctx, runs, planId);
    if (!day || day.ranCount === 0) {
      throw new KindredError(
        'invalid',
        'This plan has no times from running the day yet, so there are no actual lengths to copy. You can copy it as planned instead.',
      );
    }
    return actualLengths(day);
  };

  const duplicatePlan = db.transaction((planId: string, withActualLengths: boolean) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...details } = detailsOf(planId);
    const lengths = withActualLengths ? lengthsFromTheDay(planId) : null;
    const agenda = blocks.list(planId);
    // A copy is a new workshop: the people, agenda and set-aside findings come along (re-linked
    // to the copies), while the debrief and "you said, we did" stay with the session they describe.
    const copyId = insertPlan(
      ctx,
      {
        details: { ...details, title: copyTitle(details.title), status: 'draft', deliveredOn: null, personalDataClearedOn: null },
        agenda: lengths ? agenda.map((b) => withLength(b, lengths.get(b.id) ?? b.durationMinutes)) : agenda,
        people: ctx.people.list(planId),
        setAsides: ctx.setAsides.list(planId),
      },
      { directory: ctx.directory.linksInPlan(planId) },
    );
    return summaryOf(copyId);
  });

  // The whole plan is read in the same transaction that removes it, so Undo has exactly what went.
  const removePlan = db.transaction((planId: string) => {
    const plan = ctx.plan(planId);
    const summary = summaryOf(planId);
    // Their directory entries stay (they are people you know); undo links them up again.
    const links = ctx.directory.linksInPlan(planId);
    // Undo puts it back in its project too, if the project is still there.
    const projectId = projects.projectOf(planId) ?? null;
    plans.remove(planId);
    return { plan, summary, links, projectId };
  });

  // Undo puts the plan back with the same ids throughout, as it was: details, people before the
  // blocks that name them, set-aside findings, debrief, and the totals and times the list showed.
  const restorePlan = db.transaction((planId: string) => {
    // Restoring twice (a double-pressed Undo) is not an error: the plan is back either way.
    if (plans.summary(planId)) return summaryOf(planId);
    const held = deleted.find(planId, ctx.clock());
    if (!held) throw notFound('plan');
    const { blocks: agenda, people, setAsides, debrief, changes, ...details } = held.plan;
    const { blockCount, totalMinutes } = held.summary;
    plans.insert({ ...details, blockCount, totalMinutes });
    for (const person of people) ctx.people.insert(planId, person);
    for (const [personId, entryId] of held.links ?? []) if (ctx.directory.get(entryId)) ctx.directory.link(personId, entryId);
    agenda.forEach((block, position) => blocks.insert(planId, position, block));
    for (const setAside of setAsides) ctx.setAsides.put(planId, setAside);
    plans.updateDebrief(planId, debrief, details.updatedAt);
    plans.updateChanges(planId, changes, details.updatedAt);
    if (held.projectId && projects.get(held.projectId)) projects.setPlanProject(planId, held.projectId);
    return summaryOf(planId);
  });

  // "Open the sample plan" opens the one already there (found by id, not by its title, which the
  // facilitator may share or change), and adds it again only when it has been deleted.
  const addSamplePlan = db.transaction(() => {
    const existing = meta.get(SAMPLE_PLAN_ID);
    const current = existing === undefined ? undefined : plans.summary(existing);
    if (current) return current;
    const sample = samplePlan(ctx.clock());
    // The sample's people are made up: they stay out of the directory of real people.
    const planId = insertPlan(ctx, sample, { directory: 'none' });
    meta.put(SAMPLE_PLAN_ID, planId);
    return summaryOf(planId);
  });

  return {
    listPlans: (input) => plans.list(input?.sort ?? 'date_desc', input?.search),
    getPlan: ({ planId }) => getPlan(planId),
    createPlan: (input) => createPlan(input),
    updatePlan: (input) => updatePlan(input),
    duplicatePlan: ({ planId, actualLengths: withActualLengths }) => duplicatePlan(planId, withActualLengths ?? false),
    deletePlan: ({ planId }) => {
      deleted.keep(removePlan(planId), ctx.clock());
      // secure_delete overwrote the rows in the file; this empties the log of them too.
      db.pragma('wal_checkpoint(TRUNCATE)');
      return { planId };
    },
    restorePlan: ({ planId }) => {
      const summary = restorePlan(planId);
      deleted.forget(planId);
      return summary;
    },
    addSamplePlan: () => addSamplePlan(),
  };
}
