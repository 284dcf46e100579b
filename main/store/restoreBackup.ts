/**
 * Putting a backup's data back, in the two situations Kindred meets:
 *
 * - While Kindred is running (the Backups screen): the backup is copied to a staging file, checked,
 *   and brought up to this Kindred's schema there with the ordinary migrations; then the live
 *   connection ATTACHes it and, in ONE transaction, empties each table and fills it from the copy.
 *   The connection, its prepared statements and the dispatch every window uses stay as they are,
 *   so the restored plans show on the very next call; and a failure anywhere before COMMIT (a bad
 *   copy, a disk error, a broken link between rows) rolls back with the live data untouched.
 *   Settings are not replaced: text size, colours and reminders are how this person uses Kindred on
 *   this computer, not part of the work being restored.
 * - At start-up, when kindred.db is damaged: the backup is copied beside it and checked, the damaged
 *   file (and its -wal and -shm, which belong to it) is moved aside as kindred-damaged-<time>.db,
 *   never overwritten or deleted, and the copy is renamed into place.
 * - At start-up, when kindred.db is damaged and the facilitator chooses to start with no plans:
 *   the damaged file is moved aside in just the same way, and nothing is put in its place.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupsFolder, copyBackup, sealCopy } from './backups';
import { openDatabase, type Database } from './database';
import { isDamage } from './integrity';
import { DatabaseTooNewError } from './migrations';

/** Tables a restore leaves alone: the schema's own record, and this computer's settings. */
const KEPT_TABLES = new Set(['schema_migrations', 'settings']);

export type StagingProblem = 'damaged' | 'too_new';

/** The staged copy could not be used; the live data has not been touched. */
export class StagingError extends Error {
  constructor(
    readonly problem: StagingProblem,
    options: { cause: unknown },
  ) {
    super(problem === 'damaged' ? 'The backup is damaged.' : 'The backup was made by a newer Kindred.', options);
    this.name = 'StagingError';
  }
}

const sideFiles = (path: string) => [path, `${path}-wal`, `${path}-shm`, `${path}-journal`];
const removeWithSideFiles = (path: string) => sideFiles(path).forEach((f) => rmSync(f, { force: true }));

/**
 * Copies backup `id` to `staged`, checks it and migrates it to the current schema. Returns a
 * function that removes the staged copy. Throws StagingError for a copy that cannot be used.
 */
export function stageBackup(folder: string, id: string, staged: string): () => void {
  const remove = () => removeWithSideFiles(staged);
  try {
    copyBackup(folder, id, staged);
    // openDatabase runs quick_check before anything else, then the migrations of an older schema.
    openDatabase(staged).close();
  } catch (err) {
    remove();
    if (err instanceof DatabaseTooNewError) throw new StagingError('too_new', { cause: err });
    if (isDamage(err)) throw new StagingError('damaged', { cause: err });
    throw err;
  }
  return remove;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Replaces every table's rows (but settings) with those of the staged database, in one transaction
 * on the live connection. The staged copy must already be at the live schema (stageBackup).
 */
export function replaceData(db: Database, staged: string): void {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .all()
    .map((r) => r.name)
    .filter((name) => !KEPT_TABLES.has(name));
  // ATTACH cannot run inside a transaction, so it wraps the one that does the work.
  db.prepare('ATTACH DATABASE ? AS restored').run(staged);
  try {
    db.transaction(() => {
      // Rows arrive table by table, so links between them are checked once, at COMMIT; a broken
      // link there fails the COMMIT and rolls everything back.
      db.pragma('defer_foreign_keys = ON');
      for (const table of tables) db.exec(`DELETE FROM main.${quote(table)}`);
      for (const table of tables) {
        const columns = db
          .prepare<[string], { name: string }>("SELECT name FROM pragma_table_info(?, 'main')")
          .all(table)
          .map((c) => quote(c.name))
          .join(', ');
        db.exec(`INSERT INTO main.${quote(table)} (${columns}) SELECT ${columns} FROM restored.${quote(table)}`);
      }
    }).immediate();
  } finally {
    db.exec('DETACH DATABASE restored');
  }
  // secure_delete overwrote the old rows in the file; this empties the log of them too.
  db.pragma('wal_checkpoint(TRUNCATE)');
}

const stagedPath = (dataDir: string) => join(dataDir, 'kindred.db.restoring');

/** Removes a staged copy a crash during a start-up restore left behind: personal data, and no use. */
export function clearRestoreLeftovers(dataDir: string): void {
  removeWithSideFiles(stagedPath(dataDir));
}

/** kindred-damaged-<time>.db, never the name of a file already there. */
function asidePath(dataDir: string, at: Date): string {
  const base = `kindred-damaged-${at.toISOString().slice(0, 19).replace(/[-:]/g, '').toLowerCase()}z`;
  for (let n = 1; ; n++) {
    const path = join(dataDir, n === 1 ? `${base}.db` : `${base}-${n}.db`);
    if (sideFiles(path).every((f) => !existsSync(f))) return path;
  }
}

/**
 * Moves a damaged kindred.db (which must not be open), with the -wal and -shm that belong to it, to
 * kindred-damaged-<time>.db, then runs `then`. If a move or `then` fails, the damaged file is put
 * back as it was. Returns the path it was moved to, or undefined when there was no file to move
 * (kindred.db was missing).
 */
function moveDamagedAside(dataDir: string, at: Date, then: () => void): string | undefined {
  const live = join(dataDir, 'kindred.db');
  const aside = asidePath(dataDir, at);
  const moved: [string, string][] = [];
  try {
    // The -wal belongs to the damaged file: left in place, SQLite would replay it over what follows.
    sideFiles(live).forEach((from, i) => {
      if (!existsSync(from)) return;
      const to = sideFiles(aside)[i]!;
      renameSync(from, to);
      moved.push([from, to]);
    });
    then();
  } catch (err) {
    // Put the damaged file back as it was rather than leave no kindred.db (which would start empty).
    for (const [from, to] of moved.reverse()) if (existsSync(to) && !existsSync(from)) renameSync(to, from);
    throw err;
  }
  return moved.length > 0 ? aside : undefined;
}

/**
 * Sets a damaged kindred.db (which must not be open) aside as kindred-damaged-<time>.db and puts
 * nothing in its place, so the next open starts a new, empty store. Returns the path it was moved to
 * (undefined when there was none).
 */
export function setDamagedDatabaseAside(dataDir: string, at: Date): string | undefined {
  return moveDamagedAside(dataDir, at, () => {});
}

/**
 * Puts backup `id` in place of a damaged kindred.db (which must not be open). The damaged file is
 * kept beside it as kindred-damaged-<time>.db. Returns the path it was moved to (undefined when
 * kindred.db was missing).
 */
export function replaceDamagedDatabase(dataDir: string, id: string, at: Date): string | undefined {
  const live = join(dataDir, 'kindred.db');
  const staged = stagedPath(dataDir);
  removeWithSideFiles(staged);
  copyBackup(backupsFolder(dataDir), id, staged);
  try {
    sealCopy(staged);
  } catch (err) {
    removeWithSideFiles(staged);
    throw new StagingError('damaged', { cause: err });
  }
  try {
    return moveDamagedAside(dataDir, at, () => renameSync(staged, live));
  } catch (err) {
    removeWithSideFiles(staged);
    throw err;
  }
}
