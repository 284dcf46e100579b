/**
 * Opens Kindred's data folder and wires the service and dispatch over it. Electron main and the
 * web bridge both start here, so they share one store, one set of start-up steps and one dispatch.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { backupFiles, backupsFolder, clearPartials, makeBackupSync, newestGoodBackup, rotateBackups } from '../store/backups';
import { openDatabase, type Database } from '../store/database';
import { DatabaseDamagedError, isDamage } from '../store/integrity';
import { createMetaRepo } from '../store/metaRepo';
import { clearRestoreLeftovers, replaceDamagedDatabase, setDamagedDatabaseAside } from '../store/restoreBackup';
import { keepDataPrivate, makePrivateFolder } from '../store/privateFiles';
import { holdRotation } from '../store/rotationHold';
import { createDispatch, type Dispatch } from './dispatch';
import { createPackAssets } from './packAssets';
import type { PlanFileReader } from './planFileReader';
import { createService, type KindredService } from './service';

// The app and the bridge reach recovery (a damaged kindred.db, the newest good backup) only through
// the service, never by importing the store: these are the words and the error they need for it.
export { backupLabel, DAMAGED_MESSAGE, DatabaseDamagedError } from '../store/integrity';

export interface Kindred {
  service: KindredService;
  dispatch: Dispatch;
  db: Database;
  dbPath: string;
  /** Stops the hourly backup check and closes the database (a backup under way is abandoned, not left half-made). */
  close(): void;
}

/** Kindred opened after recovery from a damaged kindred.db, with where the damaged file was kept. */
export interface RecoveredKindred extends Kindred {
  /** Absent when there was no file to keep (kindred.db was missing). */
  damagedFileKeptAs?: string;
}

export interface OpenOptions {
  dataDir: string;
  /** Where the Easy Read pictures are (the packaged app's resources); found in the source tree otherwise. */
  picturesDir?: string;
  /** Where the printed pack's typeface is (the packaged app's resources); @fontsource otherwise. */
  fontsDir?: string;
  /** Reads imported plan files; in process unless given (the app reads in a worker thread). */
  planFileReader?: PlanFileReader;
}

/** While Kindred runs, it looks this often whether the daily backup is due. */
export const BACKUP_CHECK_MS = 60 * 60 * 1000;

const SAMPLE_SEEDED = 'sample_seeded';

/** `KINDRED_DATA_DIR` (tests, the bridge) when set, otherwise the app's own folder. */
export function resolveDataDir(defaultDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.KINDRED_DATA_DIR;
  return override !== undefined && override.trim() !== '' ? override : defaultDir;
}

/** Logs the method and the error, never the input: it may hold someone's access needs. */
function logUnexpected(err: unknown, method: string): void {
  console.error(`[kindred] ${method} failed unexpectedly:`, err);
}

function logBackupFailure(message: string, err: unknown): void {
  console.error(`[kindred] ${message}`, err);
}

/** No kindred.db, or one of 0 bytes (SQLite would open either as a new, empty store). */
function missingOrEmpty(dbPath: string): boolean {
  return (statSync(dbPath, { throwIfNoEntry: false })?.size ?? 0) === 0;
}

/** Why a store was lost, as the damage it is treated as. */
const LOST = Object.assign(new Error('kindred.db is missing or empty while backups exist'), { code: 'SQLITE_NOTADB' });

/**
 * Opens kindred.db in `dataDir`, checking it first. Throws DatabaseDamagedError (with the newest
 * backup in good order) when the file is damaged, without writing to it; DatabaseTooNewError when
 * a newer Kindred wrote it. Before migrating an existing database, it is backed up ('migration').
 */
export function openKindred(options: OpenOptions): Kindred {
  return open(options, { afresh: false });
}

/**
 * `afresh`: the facilitator chose to start with no plans after the store was lost or damaged, so a
 * missing kindred.db is expected, and for a day the backups of the new store push no older one out.
 */
function open({ dataDir, picturesDir, fontsDir, planFileReader }: OpenOptions, { afresh }: { afresh: boolean }): Kindred {
  makePrivateFolder(dataDir);
  const dbPath = join(dataDir, 'kindred.db');
  const folder = backupsFolder(dataDir);
  // Half-made copies from a crash hold personal data; nothing of this Kindred is writing them yet.
  clearPartials(folder);
  clearRestoreLeftovers(dataDir);
  // Backups but no store means the store was lost (deleted, or emptied by a sync tool or a failing
  // disk), not a first run: opening it would start an empty store whose daily backups then rotate
  // the good ones away. It gets the same message and offer as a damaged file.
  if (!afresh && missingOrEmpty(dbPath) && backupFiles(folder).length > 0) {
    throw new DatabaseDamagedError({ dbPath, dataDir, newestBackup: newestGoodBackup(folder), cause: LOST });
  }
  keepDataPrivate(dataDir, folder);
  let db: Database;
  try {
    db = openDatabase(dbPath, {
      beforeMigrating(current) {
        // A migration that went wrong could not be undone without this. If the copy cannot be
        // made, nothing is migrated and start-up says why.
        makeBackupSync(current, folder, 'migration', new Date());
        try {
          rotateBackups(folder, new Date());
        } catch (err) {
          logBackupFailure('Older backups could not be tidied away:', err);
        }
      },
    });
  } catch (err) {
    if (isDamage(err)) throw new DatabaseDamagedError({ dbPath, dataDir, newestBackup: newestGoodBackup(folder), cause: err });
    throw err;
  }
  try {
    const service = createService(db, {
      ...(picturesDir ? { packAssets: createPackAssets(picturesDir) } : {}),
      ...(fontsDir ? { packFontsDir: fontsDir } : {}),
      backupsFolder: folder,
      log: logBackupFailure,
      ...(planFileReader ? { planFileReader } : {}),
    });
    // The sample is offered once per database, so deleting it is respected on the next start.
    const meta = createMetaRepo(db);
    if (afresh) holdRotation(db, new Date());
    db.transaction(() => {
      if (meta.get(SAMPLE_SEEDED) !== undefined) return;
      service.addSamplePlan(undefined);
      meta.put(SAMPLE_SEEDED, new Date().toISOString());
    }).immediate();
    const dailyBackup = () => {
      service.dailyBackupIfDue().catch((err: unknown) => {
        // Closing abandons a backup under way (its partial copy is removed): nothing to report.
        if (db.open) logBackupFailure('The daily backup could not be made:', err);
      });
    };
    dailyBackup();
    // Unref'd: the check never keeps the process alive on its own.
    const timer = setInterval(dailyBackup, BACKUP_CHECK_MS);
    timer.unref();
    return {
      service,
      dispatch: createDispatch(service, logUnexpected),
      db,
      dbPath,
      close: () => {
        clearInterval(timer);
        if (db.open) db.close();
      },
    };
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * After DatabaseDamagedError: puts backup `backupId` in place of the damaged kindred.db (kept
 * beside it as kindred-damaged-<time>.db), then opens Kindred as usual.
 */
export function recoverFromBackup(options: OpenOptions & { backupId: string }): RecoveredKindred {
  const damagedFileKeptAs = replaceDamagedDatabase(options.dataDir, options.backupId, new Date());
  const { backupId: _chosen, ...open } = options;
  return Object.assign(openKindred(open), damagedFileKeptAs === undefined ? {} : { damagedFileKeptAs });
}

/**
 * After DatabaseDamagedError, when the facilitator chooses to start with no plans: sets the damaged
 * kindred.db aside (kept as kindred-damaged-<time>.db, never deleted), then opens a new, empty
 * store, seeded with the sample plan as a new install is.
 */
export function startAfresh(options: OpenOptions): RecoveredKindred {
  const damagedFileKeptAs = setDamagedDatabaseAside(options.dataDir, new Date());
  return Object.assign(open(options, { afresh: true }), damagedFileKeptAs === undefined ? {} : { damagedFileKeptAs });
}
