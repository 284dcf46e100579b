/**
 * Plans deleted in the last minute, held in memory only so Undo can put them back. The rows left
 * the database (and its log) at the moment of deleting; this copy goes when the minute is up, when
 * a backup is restored, or when Kindred closes, and is never written anywhere.
 */
import { withoutPeople } from '../domain/personalData';
import type { Plan, PlanSummary } from '../domain/plan';

/** How long a deleted plan can still be put back (the UI offers Undo for 10 seconds). */
export const UNDO_DELETE_MS = 60_000;

export interface DeletedPlan {
  plan: Plan;
  /** As the list showed it, so Undo brings back the same totals and last-changed time. */
  summary: PlanSummary;
  /** Each plan person's directory entry, to link again on undo. */
  links?: ReadonlyMap<string, string>;
  /** The project it was a session of, to put it back in on undo. */
  projectId?: string | null;
}

export interface DeletedPlans {
  keep(deleted: DeletedPlan, at: Date): void;
  /** The plan deleted within the last minute, if there is one; it stays until `forget`. */
  find(planId: string, now: Date): DeletedPlan | undefined;
  forget(planId: string): void;
  /** Takes someone forgotten across plans out of every held copy, so Undo cannot bring them back. */
  forgetEntry(entryId: string): void;
  clear(): void;
}

export function createDeletedPlans(): DeletedPlans {
  const held = new Map<string, DeletedPlan & { at: number; timer: ReturnType<typeof setTimeout> }>();
  const forget = (planId: string) => {
    const entry = held.get(planId);
    if (!entry) return;
    clearTimeout(entry.timer);
    held.delete(planId);
  };
  return {
    keep(deleted, at) {
      forget(deleted.plan.id);
      // Lets go of the copy (someone's access needs, perhaps) once Undo can no longer use it. The
      // service's clock decides whether Undo is still allowed; this timer only frees the memory.
      const timer = setTimeout(() => held.delete(deleted.plan.id), UNDO_DELETE_MS + 1_000);
      timer.unref?.();
      held.set(deleted.plan.id, { ...deleted, at: at.getTime(), timer });
    },
    find(planId, now) {
      const entry = held.get(planId);
      if (!entry) return undefined;
      if (now.getTime() - entry.at > UNDO_DELETE_MS) {
        forget(planId);
        return undefined;
      }
      return { plan: entry.plan, summary: entry.summary, links: entry.links, projectId: entry.projectId };
    },
    forget,
    forgetEntry(entryId) {
      for (const entry of held.values()) {
        const gone = new Set([...(entry.links ?? [])].filter(([, to]) => to === entryId).map(([personId]) => personId));
        if (gone.size === 0) continue;
        entry.plan = withoutPeople(entry.plan, gone);
        entry.links = new Map([...entry.links!].filter(([personId]) => !gone.has(personId)));
      }
    },
    clear() {
      for (const planId of [...held.keys()]) forget(planId);
    },
  };
}
