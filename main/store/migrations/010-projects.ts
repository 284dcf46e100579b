import type { Migration } from '../migrations';

/*
 * Groups and projects: a study, a panel or a programme that plans belong to, with its members
 * (directory people) and an impact log kept between workshops. A plan's project is optional and
 * SET NULL on delete, so removing a project never takes a plan with it; members and log entries
 * belong to their project and go with it. Leaving the directory (forgetting someone) removes their
 * membership too. Nothing already saved changes: every existing plan simply has no project.
 *
 * The version number lives here only.
 */
export const PROJECTS_VERSION = 10;

export const projects: Migration = {
  version: PROJECTS_VERSION,
  name: 'groups and projects: projects, project_members, impact_entries, plans.project_id',
  up(db) {
    db.exec(`
      CREATE TABLE projects (
        id          TEXT PRIMARY KEY NOT NULL,
        name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
        aims        TEXT NOT NULL DEFAULT '',
        reflections TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE project_members (
        project_id          TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        directory_person_id TEXT NOT NULL REFERENCES directory_people (id) ON DELETE CASCADE,
        added_at            TEXT NOT NULL,
        PRIMARY KEY (project_id, directory_person_id)
      ) STRICT;
      CREATE INDEX project_members_person ON project_members (directory_person_id);

      -- Entries made between workshops; each plan's "you said, we did" is read from the plan itself.
      CREATE TABLE impact_entries (
        id         TEXT PRIMARY KEY NOT NULL,
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        on_date    TEXT NOT NULL,
        asked      TEXT NOT NULL DEFAULT '',
        said       TEXT NOT NULL DEFAULT '',
        changed    TEXT NOT NULL DEFAULT '',
        told_on    TEXT,
        told_how   TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX impact_entries_project ON impact_entries (project_id, on_date);

      ALTER TABLE plans ADD COLUMN project_id TEXT REFERENCES projects (id) ON DELETE SET NULL;
      CREATE INDEX plans_project ON plans (project_id);
    `);
  },
};
