import type { Migration } from '../migrations';

/*
 * CHECKs guard what the timing maths relies on (whole-minute durations, real clock times) and the
 * fixed enums. Block kinds are not checked here: the list will grow, and SQLite can only change a
 * CHECK by rebuilding the table. `total_minutes` and `block_count` are kept by the service in the
 * same transaction as every agenda change, so the plans list never reads the blocks table.
 */
const time = (col: string) => `(${col} IS NULL OR ${col} GLOB '[01][0-9]:[0-5][0-9]' OR ${col} GLOB '2[0-3]:[0-5][0-9]')`;

export const initial: Migration = {
  version: 1,
  name: 'plans, blocks, settings and meta',
  up(db) {
    db.exec(`
      CREATE TABLE plans (
        id                TEXT PRIMARY KEY NOT NULL,
        title             TEXT NOT NULL,
        purpose           TEXT NOT NULL DEFAULT '',
        what_could_change TEXT NOT NULL DEFAULT '',
        date              TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        start_time        TEXT NOT NULL CHECK ${time('start_time')},
        end_time          TEXT CHECK ${time('end_time')},
        format            TEXT NOT NULL CHECK (format IN ('in_person', 'online', 'hybrid')),
        venue_name        TEXT NOT NULL DEFAULT '',
        venue_address     TEXT NOT NULL DEFAULT '',
        status            TEXT NOT NULL CHECK (status IN ('draft', 'ready', 'delivered')),
        block_count       INTEGER NOT NULL DEFAULT 0 CHECK (block_count >= 0),
        total_minutes     INTEGER NOT NULL DEFAULT 0 CHECK (total_minutes >= 0),
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        deleted_at        TEXT
      ) STRICT;

      CREATE INDEX plans_deleted_date ON plans (deleted_at, date);

      CREATE TABLE blocks (
        id                TEXT PRIMARY KEY NOT NULL,
        plan_id           TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        position          INTEGER NOT NULL CHECK (position >= 0),
        title             TEXT NOT NULL,
        kind              TEXT NOT NULL,
        duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
        description       TEXT NOT NULL DEFAULT '',
        facilitator_notes TEXT NOT NULL DEFAULT '',
        materials         TEXT NOT NULL DEFAULT '',
        lead_by           TEXT NOT NULL DEFAULT '',
        pinned_time       TEXT CHECK ${time('pinned_time')}
      ) STRICT;

      CREATE INDEX blocks_plan_position ON blocks (plan_id, position);

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;

      CREATE TABLE meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
