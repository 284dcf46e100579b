import type { Migration } from '../migrations';
import { RUN_ACTIONS } from '../../domain/runDay/runLog';

/*
 * Running the day. Blocks learn whether they can be shorter on the day (flexible, down to a
 * minimum), and each day's run keeps its log, one row per action as it happens (see
 * domain/runDay/runLog.ts): the running block, every block's actual start and end, pauses and swaps
 * are replayed from it, so nothing else needs keeping in step. Every block saved before this was
 * not flexible: nothing is assumed about time nobody offered.
 *
 * The version number lives here only.
 */
export const RUN_THE_DAY_VERSION = 8;

const kinds = RUN_ACTIONS.map((k) => `'${k}'`).join(', ');

export const runTheDay: Migration = {
  version: RUN_THE_DAY_VERSION,
  name: 'running the day: blocks.flexible, blocks.min_minutes, day_runs, run_events',
  up(db) {
    db.exec(`
      ALTER TABLE blocks ADD COLUMN flexible INTEGER NOT NULL DEFAULT 0 CHECK (flexible IN (0, 1));
      ALTER TABLE blocks ADD COLUMN min_minutes INTEGER CHECK (min_minutes IS NULL OR min_minutes BETWEEN 1 AND 1440);

      CREATE TABLE day_runs (
        id         TEXT PRIMARY KEY NOT NULL,
        plan_id    TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        -- Epoch ms: when the day was started, and the local midnight its clock times count from.
        started_at INTEGER NOT NULL,
        midnight   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX day_runs_plan ON day_runs (plan_id, started_at);

      CREATE TABLE run_events (
        run_id      TEXT NOT NULL REFERENCES day_runs (id) ON DELETE CASCADE,
        seq         INTEGER NOT NULL CHECK (seq >= 1),
        at          INTEGER NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN (${kinds})),
        -- adjust: the minutes added (+) or taken (−).
        minutes     INTEGER CHECK (minutes IS NULL OR minutes BETWEEN -1440 AND 1440),
        -- start_day: the agenda's block ids in order, as it stood.
        block_order TEXT CHECK (block_order IS NULL OR (json_valid(block_order) AND json_type(block_order) = 'array')),
        PRIMARY KEY (run_id, seq)
      ) STRICT;
    `);
  },
};
