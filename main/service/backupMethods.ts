/**
 * The Backups screen's methods, and the daily backup openKindred schedules. One queue runs every
 * backup and restore in turn, so two never work on the folder (or the connection) at once.
 */
import { dirname, join } from 'node:path';
import { backupFiles, backupsFolder, makeBackup, makeBackupSync, readBackup, rotateBackups, summaryOf } from '../store/backups';
import { replaceData, StagingError, stageBackup } from '../store/restoreBackup';
import { rotationHeld } from '../store/rotationHold';
import type { BackupSummary, ServiceImpl } from '../contract/contract';
import { KindredError } from './errors';
import type { StoreContext } from './storeContext';

/** A daily backup is due once the newest daily or weekly one is this old (checked at start-up and hourly). */
const DAILY_DUE_MS = 24 * 60 * 60 * 1000;

const NOT_MADE = 'Kindred could not make the backup. There may not be enough space on the disk. Your plans are just as they were.';
const NOT_FOUND = 'We couldn’t find that backup. It may have been removed when older backups were tidied away.';
const DAMAGED = 'This backup looks damaged, so Kindred can’t restore it. Your plans are just as they were.';
const TOO_NEW = 'This backup was made by a newer version of Kindred, so this one can’t restore it. Your plans are just as they were.';
const NOT_RESTORED = 'Kindred could not restore that backup. Your plans are just as they were.';

export type BackupMethods = Pick<ServiceImpl, 'listBackups' | 'backupNow' | 'restoreBackup'> & {
  /** Makes the daily backup when the newest daily or weekly one is a day old or more; null when none was due. */
  dailyBackupIfDue(): Promise<BackupSummary | null>;
  /** Settles once every backup or restore already asked for has finished. */
  backupsIdle(): Promise<void>;
};

export interface BackupOptions {
  /** Where the backups go; `<folder of kindred.db>/backups` unless given. */
  folder?: string;
  /** After a restore has replaced the data: forget anything held from before (Undo of a delete). */
  onRestored(): void;
  /** For failures nobody is waiting to hear about (the daily backup). */
  log?(message: string, err: unknown): void;
}

export function backupMethods(ctx: StoreContext, options: BackupOptions): BackupMethods {
  const { db } = ctx;
  const folder = options.folder ?? backupsFolder(dirname(db.name));
  /** Plan counts by file name and size: opening every backup on every list is wasted work. */
  const counts = new Map<string, number | null>();
  const countKey = (b: Pick<BackupSummary, 'id' | 'sizeBytes'>) => `${b.id}:${b.sizeBytes}`;

  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(job: () => T | Promise<T>): Promise<T> => {
    const run = queue.then(job);
    queue = run.catch(() => undefined);
    return run;
  };

  const afterBackup = (made: BackupSummary): BackupSummary => {
    counts.set(countKey(made), made.planCount);
    try {
      const now = ctx.clock();
      rotateBackups(folder, now, { removeNone: rotationHeld(db, now) });
    } catch (err) {
      // The backup is made and sound; older ones are tidied away after the next.
      options.log?.('Older backups could not be tidied away:', err);
    }
    return made;
  };

  /** Call only in turn (inside inTurn). */
  const make = async (kind: 'daily' | 'manual') => afterBackup(await makeBackup(db, folder, kind, ctx.clock()));

  const summaries = (): BackupSummary[] =>
    backupFiles(folder).flatMap((file) => {
      try {
        const summary = summaryOf(folder, file, null);
        const key = countKey(summary);
        if (!counts.has(key)) counts.set(key, readBackup(join(folder, file.id))?.planCount ?? null);
        return [{ ...summary, planCount: counts.get(key) ?? null }];
      } catch {
        // Removed between reading the folder and looking at the file: it is not there to list.
        return [];
      }
    });

  const restore = (backupId: string) => {
    const chosen = summaries().find((b) => b.id === backupId);
    if (!chosen || chosen.planCount === null) throw new KindredError(chosen ? 'invalid' : 'not_found', chosen ? DAMAGED : NOT_FOUND);
    const staged = join(folder, 'kindred-restoring.db.partial');
    let removeStaged: () => void;
    try {
      removeStaged = stageBackup(folder, backupId, staged);
    } catch (err) {
      if (err instanceof StagingError) throw new KindredError('invalid', err.problem === 'damaged' ? DAMAGED : TOO_NEW);
      throw err;
    }
    try {
      // Synchronous from here to the end: no edit can land between the safety copy and the restore.
      const safetyBackup = makeBackupSync(db, folder, 'restore', ctx.clock());
      replaceData(db, staged);
      options.onRestored();
      afterBackup(safetyBackup);
      return { restored: chosen, safetyBackup };
    } finally {
      removeStaged();
    }
  };

  /** Anything but a message meant for the facilitator is logged, and answered kindly. */
  const kindly =
    (message: string) =>
    (err: unknown): never => {
      if (err instanceof KindredError) throw err;
      options.log?.(message, err);
      throw new KindredError('internal', message);
    };

  return {
    listBackups: () => ({ folder, backups: summaries() }),
    backupNow: () => inTurn(() => make('manual')).catch(kindly(NOT_MADE)),
    restoreBackup: ({ backupId }) => inTurn(() => restore(backupId)).catch(kindly(NOT_RESTORED)),
    dailyBackupIfDue: () =>
      inTurn(() => {
        const newest = backupFiles(folder).find((f) => f.kind === 'daily' || f.kind === 'weekly');
        const due = !newest || ctx.clock().getTime() - newest.at.getTime() >= DAILY_DUE_MS;
        return due ? make('daily') : null;
      }),
    backupsIdle: () => inTurn(() => undefined),
  };
}
