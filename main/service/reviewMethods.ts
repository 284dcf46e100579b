/**
 * What the facilitator decides about the plan review: set a finding aside with a reason, or bring
 * it back. The review itself is pure domain code and runs wherever the plan is (renderer, CLI).
 */
import type { Change, Debrief, SetAside } from '../domain/plan';
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import { notFound } from './errors';
import { applyPatch, type StoreContext } from './storeContext';

type ReviewMethods = Pick<ServiceImpl, 'setAsideFinding' | 'restoreFinding' | 'updateDebrief' | 'setChanges'>;

export function reviewMethods(ctx: StoreContext): ReviewMethods {
  const { db, plans, setAsides } = ctx;

  const livePlan = (planId: string) => {
    if (plans.startTime(planId) === undefined) throw notFound('plan');
  };

  const setAsideFinding = db.transaction(({ planId, findingId, reason }: ParsedInput<'setAsideFinding'>): SetAside => {
    livePlan(planId);
    const setAside: SetAside = { findingId, reason: reason.trim(), setAt: ctx.now() };
    setAsides.put(planId, setAside);
    plans.touch(planId, setAside.setAt);
    return setAside;
  });

  const restoreFinding = db.transaction(({ planId, findingId }: ParsedInput<'restoreFinding'>) => {
    livePlan(planId);
    // Bringing back a finding that is already back is not an error (a double click).
    if (setAsides.remove(planId, findingId)) plans.touch(planId, ctx.now());
    return { findingId };
  });

  const updateDebrief = db.transaction(({ planId, patch }: ParsedInput<'updateDebrief'>): Debrief => {
    const current = plans.debrief(planId);
    if (!current) throw notFound('plan');
    const next = applyPatch(current.debrief, patch);
    plans.updateDebrief(planId, next, ctx.now());
    return next;
  });

  const setChanges = db.transaction(({ planId, changes }: ParsedInput<'setChanges'>): Change[] => {
    livePlan(planId);
    // An item can only come from someone in this plan. Someone taken out of the plan since (removed
    // or forgotten) leaves the item as from nobody in particular, rather than refusing every later
    // edit of the list the screen sends whole.
    const inPlan = ctx.people.ids(planId);
    const kept = changes.map((c) => (c.fromPersonId != null && !inPlan.has(c.fromPersonId) ? { ...c, fromPersonId: null, fromAgreed: false } : c));
    plans.updateChanges(planId, kept, ctx.now());
    return kept;
  });

  return { setAsideFinding, restoreFinding, updateDebrief, setChanges };
}
