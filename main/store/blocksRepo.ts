/**
 * Agenda block rows. Positions within a plan are kept as 0..n-1 with no gaps by the service, so an
 * index from the UI is a position in the table.
 */
import type { Block } from '../domain/plan';
import type { Database } from './database';

/** A block's content before it has an id. */
export type NewBlockContent = Omit<Block, 'id'>;

export type BlockTimingRow = Pick<Block, 'id' | 'durationMinutes' | 'pinnedTime'>;

const COLUMNS = `id, title, kind, duration_minutes AS durationMinutes, description,
  facilitator_notes AS facilitatorNotes, materials, lead_by AS leadBy, pinned_time AS pinnedTime`;

export function createBlocksRepo(db: Database) {
  const listByPlan = db.prepare<{ planId: string }, Block>(
    `SELECT ${COLUMNS} FROM blocks WHERE plan_id = @planId ORDER BY position`,
  );
  const timingByPlan = db.prepare<{ planId: string }, BlockTimingRow>(
    `SELECT id, duration_minutes AS durationMinutes, pinned_time AS pinnedTime
     FROM blocks WHERE plan_id = @planId ORDER BY position`,
  );
  const idsByPlan = db.prepare<{ planId: string }, { id: string }>(
    'SELECT id FROM blocks WHERE plan_id = @planId ORDER BY position',
  );
  const get = db.prepare<{ planId: string; id: string }, Block & { position: number }>(
    `SELECT ${COLUMNS}, position FROM blocks WHERE id = @id AND plan_id = @planId`,
  );
  const count = db.prepare<{ planId: string }, { n: number }>('SELECT count(*) AS n FROM blocks WHERE plan_id = @planId');
  const exists = db.prepare<{ id: string }, { one: number }>('SELECT 1 AS one FROM blocks WHERE id = @id');
  const foreignIds = db.prepare<{ planId: string; ids: string }, { id: string }>(
    `SELECT b.id FROM blocks b JOIN json_each(@ids) j ON j.value = b.id WHERE b.plan_id <> @planId`,
  );
  const insert = db.prepare<Block & { planId: string; position: number }>(
    `INSERT INTO blocks (id, plan_id, position, title, kind, duration_minutes, description, facilitator_notes,
       materials, lead_by, pinned_time)
     VALUES (@id, @planId, @position, @title, @kind, @durationMinutes, @description, @facilitatorNotes,
       @materials, @leadBy, @pinnedTime)`,
  );
  const update = db.prepare<Block & { planId: string }>(
    `UPDATE blocks SET title = @title, kind = @kind, duration_minutes = @durationMinutes,
       description = @description, facilitator_notes = @facilitatorNotes, materials = @materials,
       lead_by = @leadBy, pinned_time = @pinnedTime
     WHERE id = @id AND plan_id = @planId`,
  );
  const remove = db.prepare<{ planId: string; id: string }>('DELETE FROM blocks WHERE id = @id AND plan_id = @planId');
  const shift = db.prepare<{ planId: string; from: number; by: number }>(
    'UPDATE blocks SET position = position + @by WHERE plan_id = @planId AND position >= @from',
  );
  const setPosition = db.prepare<{ id: string; position: number }>('UPDATE blocks SET position = @position WHERE id = @id');

  return {
    /** The agenda in order. */
    list(planId: string): Block[] {
      return listByPlan.all({ planId });
    },
    /** Just what the timing maths needs, for keeping the plan's totals. */
    timing(planId: string): BlockTimingRow[] {
      return timingByPlan.all({ planId });
    },
    ids(planId: string): string[] {
      return idsByPlan.all({ planId }).map((r) => r.id);
    },
    /** A block of this plan (with its position), or undefined. */
    get(planId: string, id: string): (Block & { position: number }) | undefined {
      return get.get({ planId, id });
    },
    count(planId: string): number {
      return count.get({ planId })?.n ?? 0;
    },
    exists(id: string): boolean {
      return exists.get({ id }) !== undefined;
    },
    /** Which of these ids already belong to some other plan. */
    idsInOtherPlans(planId: string, ids: readonly string[]): string[] {
      return foreignIds.all({ planId, ids: JSON.stringify(ids) }).map((r) => r.id);
    },
    insert(planId: string, position: number, block: Block): void {
      insert.run({ ...block, planId, position });
    },
    update(planId: string, block: Block): void {
      update.run({ ...block, planId });
    },
    remove(planId: string, id: string): void {
      remove.run({ planId, id });
    },
    /** Moves every block at or after `from` by `by` places, to open or close a gap. */
    shift(planId: string, from: number, by: number): void {
      shift.run({ planId, from, by });
    },
    setPosition(id: string, position: number): void {
      setPosition.run({ id, position });
    },
  };
}

export type BlocksRepo = ReturnType<typeof createBlocksRepo>;
