import type { Migration } from '../migrations';

/*
 * Deleting a plan now removes its rows at once; the few seconds of undo live in the service's
 * memory, never in the file. So the soft-delete column goes: first any plans still only marked
 * deleted (an older Kindred purged them at its next start; one that never started again left them)
 * are removed for good, their blocks, people and set-asides by cascade; then the index that used
 * the column, which SQLite requires before a column can be dropped. deleted_at has no CHECK,
 * foreign key or default, so DROP COLUMN (SQLite 3.35+; better-sqlite3 12 ships 3.5x) can remove it
 * in place. No new index replaces the old one: the list sorts a few hundred rows at most, and its
 * orders ("no date last") cannot use a plain index on date anyway.
 */
export const hardDelete: Migration = {
  version: 4,
  name: 'deleted plans are removed at once: purge marked plans and drop plans.deleted_at',
  up(db) {
    // Children first, by name, so the purge is complete even on a connection without foreign keys on.
    db.exec(`
      CREATE TEMP TABLE gone AS SELECT id FROM plans WHERE deleted_at IS NOT NULL;
      DELETE FROM block_deciders WHERE block_id IN (SELECT id FROM blocks WHERE plan_id IN (SELECT id FROM gone));
      UPDATE blocks SET lead_person_id = NULL WHERE lead_person_id IN (SELECT id FROM people WHERE plan_id IN (SELECT id FROM gone));
      DELETE FROM blocks WHERE plan_id IN (SELECT id FROM gone);
      DELETE FROM people WHERE plan_id IN (SELECT id FROM gone);
      DELETE FROM set_asides WHERE plan_id IN (SELECT id FROM gone);
      DELETE FROM plans WHERE id IN (SELECT id FROM gone);
      DROP TABLE gone;
      DROP INDEX IF EXISTS plans_deleted_date;
      ALTER TABLE plans DROP COLUMN deleted_at;
    `);
  },
};
