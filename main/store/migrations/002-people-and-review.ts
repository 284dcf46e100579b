import type { Migration } from '../migrations';

/*
 * People, reciprocity, decisions, review set-asides, the debrief, the method library and the
 * facilitator's own templates. Small nested values that are only ever read and written whole with
 * their row (a person's payment, the plan's "what people get back", "you said, we did") are JSON,
 * checked by json_valid here and by the zod schemas at the API. Links between rows are real foreign
 * keys, so removing a person can never leave a block pointing at nobody.
 */
export const peopleAndReview: Migration = {
  version: 2,
  name: 'people, reciprocity, decisions, review, debrief, library and templates',
  up(db) {
    db.exec(`
      ALTER TABLE plans ADD COLUMN expected_participants INTEGER CHECK (expected_participants IS NULL OR expected_participants > 0);
      ALTER TABLE plans ADD COLUMN gives_back TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(gives_back));
      ALTER TABLE plans ADD COLUMN gives_back_note TEXT NOT NULL DEFAULT '';
      ALTER TABLE plans ADD COLUMN follow_up TEXT NOT NULL DEFAULT '';
      ALTER TABLE plans ADD COLUMN debrief_aim TEXT NOT NULL DEFAULT '';
      ALTER TABLE plans ADD COLUMN debrief_methods TEXT NOT NULL DEFAULT '';
      ALTER TABLE plans ADD COLUMN debrief_results TEXT NOT NULL DEFAULT '';
      ALTER TABLE plans ADD COLUMN debrief_outcomes TEXT NOT NULL DEFAULT '';
      ALTER TABLE plans ADD COLUMN debrief_reflections TEXT NOT NULL DEFAULT '';
      ALTER TABLE plans ADD COLUMN changes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changes));

      CREATE TABLE people (
        id             TEXT PRIMARY KEY NOT NULL,
        plan_id        TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        position       INTEGER NOT NULL CHECK (position >= 0),
        name           TEXT NOT NULL,
        role           TEXT NOT NULL,
        organisation   TEXT NOT NULL DEFAULT '',
        pronouns       TEXT NOT NULL DEFAULT '',
        contact        TEXT NOT NULL DEFAULT '',
        co_plans       INTEGER NOT NULL DEFAULT 0 CHECK (co_plans IN (0, 1)),
        co_facilitates INTEGER NOT NULL DEFAULT 0 CHECK (co_facilitates IN (0, 1)),
        hosts_online   INTEGER NOT NULL DEFAULT 0 CHECK (hosts_online IN (0, 1)),
        payment        TEXT NOT NULL CHECK (json_valid(payment))
      ) STRICT;
      CREATE INDEX people_plan_position ON people (plan_id, position);

      -- Added to blocks after the people table exists; SET NULL keeps the block when its lead is removed.
      ALTER TABLE blocks ADD COLUMN lead_person_id TEXT REFERENCES people (id) ON DELETE SET NULL;
      ALTER TABLE blocks ADD COLUMN decision TEXT NOT NULL DEFAULT '';
      ALTER TABLE blocks ADD COLUMN decided_by_all INTEGER NOT NULL DEFAULT 0 CHECK (decided_by_all IN (0, 1));
      CREATE INDEX blocks_lead_person ON blocks (lead_person_id);

      CREATE TABLE block_deciders (
        block_id  TEXT NOT NULL REFERENCES blocks (id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        position  INTEGER NOT NULL CHECK (position >= 0),
        PRIMARY KEY (block_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX block_deciders_person ON block_deciders (person_id);

      CREATE TABLE set_asides (
        plan_id    TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        finding_id TEXT NOT NULL,
        reason     TEXT NOT NULL,
        set_at     TEXT NOT NULL,
        PRIMARY KEY (plan_id, finding_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE library_items (
        id                TEXT PRIMARY KEY NOT NULL,
        title             TEXT NOT NULL,
        kind              TEXT NOT NULL,
        duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
        description       TEXT NOT NULL DEFAULT '',
        facilitator_notes TEXT NOT NULL DEFAULT '',
        materials         TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL
      ) STRICT;

      CREATE TABLE templates (
        id         TEXT PRIMARY KEY NOT NULL,
        name       TEXT NOT NULL,
        summary    TEXT NOT NULL DEFAULT '',
        content    TEXT NOT NULL CHECK (json_valid(content)),
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
