/** Review findings the facilitator has considered and set aside, with their reasons. */
import type { SetAside } from '../domain/plan';
import type { Database } from './database';

export function createSetAsidesRepo(db: Database) {
  const list = db.prepare<{ planId: string }, SetAside>(
    `SELECT finding_id AS findingId, reason, set_at AS setAt FROM set_asides WHERE plan_id = @planId
     ORDER BY set_at, finding_id`,
  );
  const put = db.prepare<SetAside & { planId: string }>(
    `INSERT INTO set_asides (plan_id, finding_id, reason, set_at) VALUES (@planId, @findingId, @reason, @setAt)
     ON CONFLICT (plan_id, finding_id) DO UPDATE SET reason = excluded.reason, set_at = excluded.set_at`,
  );
  const remove = db.prepare<{ planId: string; findingId: string }>('DELETE FROM set_asides WHERE plan_id = @planId AND finding_id = @findingId');
  const removeAbout = db.prepare<{ planId: string; id: string }>(
    `DELETE FROM set_asides WHERE plan_id = @planId AND (finding_id LIKE '%:' || @id OR finding_id LIKE '%:' || @id || ':%')`,
  );
  return {
    /** Removes the set-asides of findings about this person or block (their ids embed its id). */
    removeAbout(planId: string, id: string): void {
      removeAbout.run({ planId, id });
    },
    list(planId: string): SetAside[] {
      return list.all({ planId });
    },
    put(planId: string, setAside: SetAside): void {
      put.run({ ...setAside, planId });
    },
    remove(planId: string, findingId: string): boolean {
      return remove.run({ planId, findingId }).changes === 1;
    },
  };
}

export type SetAsidesRepo = ReturnType<typeof createSetAsidesRepo>;
