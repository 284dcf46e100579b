/**
 * Backups of kindred.db, in `<dataDir>/backups/`, one self-contained SQLite file each.
 *
 * Names say what and when: `kindred-<kind>-<yyyymmdd>t<hhmmss><ms>z.db` (UTC, to the millisecond so
 * two made in the same second still sort in the order they were made), with `-2`, `-3`… when two
 * land in the same millisecond. The name is the only record: the list is the folder.
 *
 * Every backup is written under a `.partial` name (which listBackups never shows), switched to a
 * rollback journal so it is one file with no -wal beside it, checked with quick_check, synced to
 * disk, and only then renamed to its real name. A half-written or failed copy never looks real, and
 * never stays: a failed one is removed at once, one a crash left at the next start (clearPartials).
 *
 * Rotation, after each backup:
 * - daily and weekly: the 7 newest dailies stay. Beyond those, the newest backup of each of the 4
 *   newest ISO weeks (UTC) that have one is kept as that week's backup, renamed from daily to
 *   weekly so the folder says what it is. Weeks count only when a backup was made in them, so a
 *   month away from Kindred does not empty the folder. Everything older goes.
 * - migration, manual and restore: kept for 28 days, at most the 10 newest of each kind.
 * Files removed are deleted, so a deleted plan or person leaves the backups once the last copy
 * that held them rotates out.
 */
import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { BackupKind, BackupSummary } from './backupTypes';
import type { Database } from './database';
import { folderNames } from './folderNames';
import { quickCheck } from './integrity';
import { createPrivateFile, makePrivateFolder } from './privateFiles';

export const BACKUP_KINDS: readonly BackupKind[] = ['daily', 'weekly', 'migration', 'manual', 'restore'];

export const ROTATION = {
  daily: 7,
  weeks: 4,
  otherDays: 28,
  otherMax: 10,
  /** A `.partial` file this old is left over from a crash, not a backup still being written. */
  partialMs: 60 * 60 * 1000,
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;
const NAME = /^kindred-(daily|weekly|migration|manual|restore)-(\d{4})(\d{2})(\d{2})t(\d{2})(\d{2})(\d{2})(\d{3})z(?:-(\d{1,4}))?\.db$/;
const PARTIAL = '.partial';

export function backupsFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** A backup as its file name describes it. */
export interface BackupFile {
  id: string;
  kind: BackupKind;
  at: Date;
  /** 1 for the first in its millisecond, 2 for the next… */
  seq: number;
}

/** 2027-03-12T10:15:00.123Z → 20270312t101500123z */
const stamp = (at: Date) => at.toISOString().replace(/[-:.]/g, '').toLowerCase();

export function parseBackupName(name: string): BackupFile | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, kind, y, mo, d, h, mi, s, ms, seq] = m;
  const at = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms)));
  // Date.UTC rolls a 13th month or a 30 February over: only a real moment names a backup.
  if (Number.isNaN(at.getTime()) || stamp(at) !== name.slice(`kindred-${kind}-`.length, `kindred-${kind}-`.length + 19)) return null;
  return { id: name, kind: kind as BackupKind, at, seq: seq === undefined ? 1 : Number(seq) };
}

/** A name for a new backup of this kind at this time, unlike any in `taken`. */
export function backupName(kind: BackupKind, at: Date, taken: ReadonlySet<string>): string {
  const base = `kindred-${kind}-${stamp(at)}`;
  if (!taken.has(`${base}.db`)) return `${base}.db`;
  for (let seq = 2; ; seq++) if (!taken.has(`${base}-${seq}.db`)) return `${base}-${seq}.db`;
}

const newestFirst = (a: BackupFile, b: BackupFile) => b.at.getTime() - a.at.getTime() || b.seq - a.seq;

/** The backups in the folder, newest first; anything not named like one is not one. */
export function backupFiles(folder: string): BackupFile[] {
  return folderNames(folder)
    .flatMap((n) => parseBackupName(n) ?? [])
    .sort(newestFirst);
}

/** How many plans a Kindred database holds; works on every schema version that ever shipped. */
export function countPlans(db: Database): number {
  const soft = db.prepare("SELECT 1 FROM pragma_table_info('plans') WHERE name = 'deleted_at'").get() !== undefined;
  const row = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM plans${soft ? ' WHERE deleted_at IS NULL' : ''}`).get();
  return row?.n ?? 0;
}

/**
 * Opens a backup read-only and counts its plans; with `check`, runs quick_check first. Null when
 * it cannot be read or fails the check.
 */
export function readBackup(path: string, { check = false } = {}): { planCount: number } | null {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    if (check && quickCheck(db).length > 0) return null;
    return { planCount: countPlans(db) };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

export function summaryOf(folder: string, file: BackupFile, planCount: number | null): BackupSummary {
  return { id: file.id, kind: file.kind, createdAt: file.at.toISOString(), sizeBytes: statSync(join(folder, file.id)).size, planCount };
}

/** The newest backup that opens and passes quick_check, or null: what start-up offers to restore. */
export function newestGoodBackup(folder: string): BackupSummary | null {
  for (const file of backupFiles(folder)) {
    const read = readBackup(join(folder, file.id), { check: true });
    if (read) return summaryOf(folder, file, read.planCount);
  }
  return null;
}

function removeFile(path: string): void {
  for (const f of [path, `${path}-journal`, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
}

/** Flushes a file (and, where the system allows, its folder entry) to disk before it is trusted. */
function syncToDisk(path: string, folder: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    const dir = openSync(folder, 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Windows cannot open a folder this way; NTFS journals the rename itself.
  }
}

/**
 * Makes a copy a backup: one file with a rollback journal (a WAL copy would need -wal and -shm
 * files beside it, and could not be opened read-only cleanly), checked with quick_check, synced.
 * Throws, leaving nothing behind, when the copy is not in good order.
 */
export function sealCopy(partial: string): number {
  const copy = new BetterSqlite3(partial, { fileMustExist: true });
  let planCount: number;
  try {
    copy.pragma('journal_mode = DELETE');
    const problems = quickCheck(copy);
    if (problems.length > 0) throw new Error(`The backup copy did not pass its check: ${problems[0]}`);
    planCount = countPlans(copy);
  } finally {
    copy.close();
  }
  return planCount;
}

function commit(folder: string, partial: string, name: string): BackupSummary {
  const planCount = sealCopy(partial);
  syncToDisk(partial, folder);
  renameSync(partial, join(folder, name));
  return summaryOf(folder, parseBackupName(name)!, planCount);
}

function prepare(folder: string, kind: BackupKind, at: Date): { name: string; partial: string } {
  makePrivateFolder(folder);
  const name = backupName(kind, at, new Set(backupFiles(folder).map((f) => f.id)));
  const partial = join(folder, `${name}${PARTIAL}`);
  // SQLite writes the copy into this empty file, so it is the user's alone from its first byte.
  rmSync(partial, { force: true });
  createPrivateFile(partial);
  return { name, partial };
}

/**
 * SQLite's online backup (better-sqlite3 `backup()`): copies the live database a few pages at a
 * time between other work, so the app stays responsive, and restarts itself if another connection
 * writes meanwhile (writes on this connection are copied as they happen).
 */
export async function makeBackup(db: Database, folder: string, kind: BackupKind, at: Date): Promise<BackupSummary> {
  const { name, partial } = prepare(folder, kind, at);
  let made: BackupSummary | undefined;
  try {
    await db.backup(partial);
    made = commit(folder, partial, name);
    return made;
  } finally {
    // A copy that did not become a backup holds personal data all the same: it goes now.
    if (made === undefined) removeFile(partial);
  }
}

/**
 * The same, synchronously, with `VACUUM INTO`: for the two moments nothing else may happen between
 * the copy and what follows, which the online backup cannot promise because it yields to the event
 * loop. Before a migration, openDatabase runs the migrations synchronously straight after; before a
 * restore, the live data is replaced straight after, so no edit can slip in after the safety copy.
 * VACUUM INTO reads one consistent snapshot (WAL included) and writes a compact copy.
 */
export function makeBackupSync(db: Database, folder: string, kind: BackupKind, at: Date): BackupSummary {
  const { name, partial } = prepare(folder, kind, at);
  let made: BackupSummary | undefined;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    made = commit(folder, partial, name);
    return made;
  } finally {
    // A copy that did not become a backup holds personal data all the same: it goes now.
    if (made === undefined) removeFile(partial);
  }
}

/** "2027-W10": the ISO week (Monday to Sunday, UTC) a moment falls in. */
export function isoWeek(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides which year the week belongs to.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** What rotation does to these backups (newest first) at `now`: which go, and which dailies become weekly. */
export function planRotation(files: readonly BackupFile[], now: Date): { remove: BackupFile[]; promote: BackupFile[] } {
  const remove: BackupFile[] = [];
  const promote: BackupFile[] = [];
  const sorted = [...files].sort(newestFirst);

  const pool = sorted.filter((f) => f.kind === 'daily' || f.kind === 'weekly');
  const dailies = new Set(pool.filter((f) => f.kind === 'daily').slice(0, ROTATION.daily));
  const weekly = new Set<BackupFile>();
  const weeksSeen = new Set<string>();
  for (const file of pool) {
    const week = isoWeek(file.at);
    if (weeksSeen.has(week)) continue;
    weeksSeen.add(week);
    if (weeksSeen.size > ROTATION.weeks) break;
    weekly.add(file);
  }
  for (const file of pool) {
    if (dailies.has(file)) continue;
    if (!weekly.has(file)) remove.push(file);
    else if (file.kind === 'daily') promote.push(file);
  }

  for (const kind of ['migration', 'manual', 'restore'] as const) {
    sorted
      .filter((f) => f.kind === kind)
      .forEach((file, i) => {
        if (i >= ROTATION.otherMax || now.getTime() - file.at.getTime() > ROTATION.otherDays * DAY_MS) remove.push(file);
      });
  }
  return { remove, promote };
}

/**
 * Applies the rotation to the folder; also clears `.partial` files a crash left behind. With
 * `removeNone` (rotationHold.ts) every backup stays as it is.
 */
export function rotateBackups(folder: string, now: Date, { removeNone = false } = {}): { removed: string[]; promoted: string[] } {
  const files = backupFiles(folder);
  const { remove, promote } = removeNone ? { remove: [], promote: [] } : planRotation(files, now);
  const taken = new Set(files.map((f) => f.id));
  const promoted: string[] = [];
  for (const file of promote) {
    const name = backupName('weekly', file.at, taken);
    renameSync(join(folder, file.id), join(folder, name));
    taken.add(name);
    promoted.push(name);
  }
  for (const file of remove) removeFile(join(folder, file.id));
  clearPartials(folder, (modifiedMs) => now.getTime() - modifiedMs > ROTATION.partialMs);
  return { removed: remove.map((f) => f.id), promoted };
}

/**
 * Removes `.partial` files (and their -wal, -shm, -journal) a crash or a failed copy left: they
 * hold personal data but are no backup. While Kindred runs, only those older than
 * ROTATION.partialMs go (a younger one may be a copy still being made); at start-up, before this
 * Kindred makes any, all of them.
 */
export function clearPartials(folder: string, olderThan: (modifiedMs: number) => boolean = () => true): void {
  for (const name of folderNames(folder)) {
    if (!name.includes(PARTIAL)) continue;
    const path = join(folder, name);
    const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (modified !== undefined && olderThan(modified)) rmSync(path, { force: true });
  }
}

/** Copies a backup to `target` (a staging name beside the live data); the caller checks and renames it. */
export function copyBackup(folder: string, id: string, target: string): void {
  if (parseBackupName(id) === null) throw new Error(`Not a backup name: ${id}`);
  copyFileSync(join(folder, id), target);
}
