/**
 * Is kindred.db in good order? Checked every time it is opened, before any migration touches it,
 * so a damaged file is reported (with the newest backup that is in good order) instead of being
 * written to, or worse, replaced by an empty store.
 */
import type { BackupSummary } from './backupTypes';
import { formatDate, localToday } from '../domain/time';
import type { Database } from './database';

/** The words Kindred uses, in the app and on the command line. */
export const DAMAGED_MESSAGE = 'Kindred could not open your plans: the file looks damaged.';

/**
 * kindred.db could not be opened because its content is damaged (not a database, corrupt pages).
 * Nothing has been written to it. `newestBackup` is the newest backup that passed its own check,
 * or null when there is none.
 */
export class DatabaseDamagedError extends Error {
  readonly dbPath: string;
  readonly dataDir: string;
  readonly newestBackup: BackupSummary | null;

  constructor(details: { dbPath: string; dataDir: string; newestBackup: BackupSummary | null; cause?: unknown }) {
    super(DAMAGED_MESSAGE, { cause: details.cause });
    this.name = 'DatabaseDamagedError';
    this.dbPath = details.dbPath;
    this.dataDir = details.dataDir;
    this.newestBackup = details.newestBackup;
  }
}

/**
 * True for the SQLite errors that mean the file's content is damaged. Anything else (the file is
 * locked, the folder is read-only, the disk is full) is not damage: the file must not be moved aside.
 */
export function isDamage(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

/** SQLite's quick_check: the problems it found, or none. Throws SQLITE_CORRUPT/NOTADB when it cannot even read. */
export function quickCheck(db: Database): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).filter((line) => line !== 'ok');
}

/**
 * Throws an error isDamage recognises when quick_check finds a problem. quick_check (not the full
 * integrity_check) because it runs at every start: it reads every page and checks the b-trees,
 * leaving out only the index-against-table comparison, so it stays in the milliseconds.
 */
export function assertIntact(db: Database): void {
  const problems = quickCheck(db);
  if (problems.length === 0) return;
  throw Object.assign(new Error(`quick_check: ${problems.slice(0, 3).join('; ')}`), { code: 'SQLITE_CORRUPT' });
}

/** "12 March 2027 at 10:15", in the facilitator's own time zone, for naming a backup in a message. */
export function backupLabel(createdAt: string): string {
  const at = new Date(createdAt);
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return `${formatDate(localToday(at))} at ${time}`;
}
