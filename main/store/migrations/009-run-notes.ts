import type { Migration } from '../migrations';

/*
 * A quick note per block while running the day: "what we heard" and "what we will do". Notes belong
 * to one day's run (running the day again starts afresh, and the old notes stay with the old run),
 * and go with the plan when it is deleted. block_id is not a foreign key on purpose: a block
 * deleted after the day keeps its notes, which are what people said and are not the agenda's to lose.
 *
 * The version number lives here only.
 */
export const RUN_NOTES_VERSION = 9;

export const runNotes: Migration = {
  version: RUN_NOTES_VERSION,
  name: 'notes on the day: run_notes',
  up(db) {
    db.exec(`
      CREATE TABLE run_notes (
        run_id     TEXT NOT NULL REFERENCES day_runs (id) ON DELETE CASCADE,
        block_id   TEXT NOT NULL,
        heard      TEXT NOT NULL DEFAULT '',
        will_do    TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (run_id, block_id)
      ) STRICT;
    `);
  },
};
