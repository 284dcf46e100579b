/**
 * Forward-only schema migrations, recorded in `schema_migrations` with when each was applied.
 * Each runs in its own immediate transaction, so a failure leaves the database at the previous
 * version and two processes starting together cannot both apply the same step.
 */
import type { Database } from './database';
import { initial } from './migrations/001-initial';
import { peopleAndReview } from './migrations/002-people-and-review';
import { access } from './migrations/003-access';
import { hardDelete } from './migrations/004-hard-delete';
import { packFacts } from './migrations/005-pack-facts';
import { audience } from './migrations/006-audience';
import { directory } from './migrations/007-directory';
import { runTheDay } from './migrations/008-run-the-day';
import { runNotes } from './migrations/009-run-notes';
import { projects } from './migrations/010-projects';
import { attendance } from './migrations/011-room-and-attendance';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** In version order; append only, never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  peopleAndReview,
  access,
  hardDelete,
  packFacts,
  audience,
  directory,
  runTheDay,
  runNotes,
  projects,
  attendance,
];

/** The data was written by a newer Kindred; opening it here could damage it. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `These plans were saved by a newer version of Kindred (data version ${found}; this one understands up to ${known}). ` +
        'Please update Kindred to open them. Nothing has been changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function currentVersion(db: Database): number {
  const row = db.prepare<[], { version: number | null }>('SELECT max(version) AS version FROM schema_migrations').get();
  return row?.version ?? 0;
}

export interface MigrationHooks {
  /**
   * Called once, outside any transaction, before the first pending migration runs on a database
   * that already had a schema (never on a new, empty one): the moment to take a backup.
   */
  beforeMigrating?(db: Database, fromVersion: number): void;
}

/** Returns the versions applied now (empty when the database was already up to date). */
export function runMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS, hooks: MigrationHooks = {}): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const known = migrations.reduce((v, m) => Math.max(v, m.version), 0);
  const found = currentVersion(db);
  if (found > known) throw new DatabaseTooNewError(found, known);
  if (found > 0 && found < known) hooks.beforeMigrating?.(db, found);

  const record = db.prepare<{ version: number; name: string; appliedAt: string }>(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @appliedAt)',
  );
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    db.transaction(() => {
      // Checked again inside the lock: another process may have applied it meanwhile.
      if (currentVersion(db) >= migration.version) return;
      migration.up(db);
      record.run({ version: migration.version, name: migration.name, appliedAt: new Date().toISOString() });
      applied.push(migration.version);
    }).immediate();
  }
  return applied;
}
