/**
 * Opens Kindred's SQLite file. Plain Node (no Electron), so the app, the web bridge, tests and
 * benchmarks all open the store the same way.
 */
import BetterSqlite3 from 'better-sqlite3';
import { assertIntact } from './integrity';
import { runMigrations, type MigrationHooks } from './migrations';

export type Database = BetterSqlite3.Database;
export type Statement<Params extends unknown[] | object, Row = unknown> = BetterSqlite3.Statement<Params, Row>;

/**
 * Throws an error that `isDamage` (integrity.ts) recognises when the file is not a database or
 * fails quick_check; then nothing has been written to it, not even a migration.
 */
export function openDatabase(file: string, hooks: MigrationHooks = {}): Database {
  const db = new BetterSqlite3(file);
  try {
    // WAL lets a reader (a second window, the bridge) carry on while a write commits. With WAL,
    // synchronous=NORMAL syncs only at checkpoints, so a power cut or an operating-system crash
    // (a laptop battery dying) can roll back every commit since the last checkpoint, not just the
    // last one. FULL syncs the log at every commit, so an edit Kindred has saved stays saved; it
    // costs a sync per autosave, well within the autosave budget (docs/performance.md).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Another process (an old window still closing) may hold the write lock for a moment.
    db.pragma('busy_timeout = 5000');
    // Access needs are health information: deleted rows are overwritten, not left in free pages.
    db.pragma('secure_delete = ON');
    assertIntact(db);
    const applied = runMigrations(db, undefined, hooks);
    // A migration may remove data (004 purges plans only marked deleted): empty the log of it too.
    if (applied.length > 0) db.pragma('wal_checkpoint(TRUNCATE)');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
