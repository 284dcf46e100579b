/**
 * Agenda block rows. Positions within a plan are kept as 0..n-1 with no gaps by the service, so an
 * index from the UI is a position in the table.
 */
import type { Block } from '../domain/plan';
import type { Database } from './database';

export type BlockTimingRow = Pick<Block, 'id' | 'durationMinutes' | 'pinnedTime'>;

const COLUMNS = `id, title, kind, duration_minutes AS durationMinutes, description, easy_read AS easyRead,
  facilitator_notes AS facilitatorNotes, materials, lead_by AS leadBy, lead_person_id AS leadPersonId,
  decision, decided_by_all AS decidedByAll, pinned_time AS pinnedTime, flexible, min_minutes AS minMinutes,
  lead_in_room AS leadInRoom`;

/** A block row before its deciders are attached; SQLite has no booleans. */
type BlockRow = Omit<Block, 'deciderIds' | 'decidedByAll' | 'flexible' | 'leadInRoom'> & {
  decidedByAll: number;
  flexible: number;
  leadInRoom: number;
};
type BlockParams = BlockRow;

const toParams = ({ deciderIds: _d, ...block }: Block): BlockParams => ({
  ...block,
  decidedByAll: block.decidedByAll ? 1 : 0,
  flexible: block.flexible ? 1 : 0,
  leadInRoom: block.leadInRoom ? 1 : 0,
});
const fromRow = (row: BlockRow, deciderIds: string[]): Block => ({
  ...row,
  decidedByAll: row.decidedByAll === 1,
  flexible: row.flexible === 1,
  leadInRoom: row.leadInRoom === 1,
  deciderIds,
});

export function createBlocksRepo(db: Database) {
  const listByPlan = db.prepare<{ planId: string }, BlockRow>(`SELECT ${COLUMNS} FROM blocks WHERE plan_id = @planId ORDER BY position`);
  const timingByPlan = db.prepare<{ planId: string }, BlockTimingRow>(
    `SELECT id, duration_minutes AS durationMinutes, pinned_time AS pinnedTime
     FROM blocks WHERE plan_id = @planId ORDER BY position`,
  );
  const idsByPlan = db.prepare<{ planId: string }, { id: string }>('SELECT id FROM blocks WHERE plan_id = @planId ORDER BY position');
  const decidersByPlan = db.prepare<{ planId: string }, { blockId: string; personId: string }>(
    `SELECT d.block_id AS blockId, d.person_id AS personId FROM block_deciders d
     JOIN blocks b ON b.id = d.block_id WHERE b.plan_id = @planId ORDER BY d.block_id, d.position`,
  );
  const decidersOf = db.prepare<{ blockId: string }, { personId: string }>(
    'SELECT person_id AS personId FROM block_deciders WHERE block_id = @blockId ORDER BY position',
  );
  const clearDeciders = db.prepare<{ blockId: string }>('DELETE FROM block_deciders WHERE block_id = @blockId');
  const addDecider = db.prepare<{ blockId: string; personId: string; position: number }>(
    'INSERT INTO block_deciders (block_id, person_id, position) VALUES (@blockId, @personId, @position)',
  );
  const writeDeciders = (blockId: string, ids: readonly string[]) => {
    clearDeciders.run({ blockId });
    ids.forEach((personId, position) => addDecider.run({ blockId, personId, position }));
  };
  const get = db.prepare<{ planId: string; id: string }, BlockRow & { position: number }>(
    `SELECT ${COLUMNS}, position FROM blocks WHERE id = @id AND plan_id = @planId`,
  );
  const count = db.prepare<{ planId: string }, { n: number }>('SELECT count(*) AS n FROM blocks WHERE plan_id = @planId');
  const exists = db.prepare<{ id: string }, { one: number }>('SELECT 1 AS one FROM blocks WHERE id = @id');
  const foreignIds = db.prepare<{ planId: string; ids: string }, { id: string }>(
    `SELECT b.id FROM blocks b JOIN json_each(@ids) j ON j.value = b.id WHERE b.plan_id <> @planId`,
  );
  const insert = db.prepare<BlockParams & { planId: string; position: number }>(
    `INSERT INTO blocks (id, plan_id, position, title, kind, duration_minutes, description, easy_read,
       facilitator_notes, materials, lead_by, lead_person_id, decision, decided_by_all, pinned_time, flexible, min_minutes, lead_in_room)
     VALUES (@id, @planId, @position, @title, @kind, @durationMinutes, @description, @easyRead, @facilitatorNotes,
       @materials, @leadBy, @leadPersonId, @decision, @decidedByAll, @pinnedTime, @flexible, @minMinutes, @leadInRoom)`,
  );
  const update = db.prepare<BlockParams & { planId: string }>(
    `UPDATE blocks SET title = @title, kind = @kind, duration_minutes = @durationMinutes,
       description = @description, easy_read = @easyRead, facilitator_notes = @facilitatorNotes, materials = @materials,
       lead_by = @leadBy, lead_person_id = @leadPersonId, decision = @decision,
       decided_by_all = @decidedByAll, pinned_time = @pinnedTime, flexible = @flexible, min_minutes = @minMinutes, lead_in_room = @leadInRoom
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
      const deciders = new Map<string, string[]>();
      for (const { blockId, personId } of decidersByPlan.all({ planId })) {
        const ids = deciders.get(blockId);
        if (ids) ids.push(personId);
        else deciders.set(blockId, [personId]);
      }
      return listByPlan.all({ planId }).map((row) => fromRow(row, deciders.get(row.id) ?? []));
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
      const row = get.get({ planId, id });
      if (!row) return undefined;
      const { position, ...rest } = row;
      return {
        ...fromRow(
          rest,
          decidersOf.all({ blockId: id }).map((r) => r.personId),
        ),
        position,
      };
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
      insert.run({ ...toParams(block), planId, position });
      writeDeciders(block.id, block.deciderIds);
    },
    update(planId: string, block: Block): void {
      update.run({ ...toParams(block), planId });
      writeDeciders(block.id, block.deciderIds);
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
