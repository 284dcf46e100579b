/**
 * When kindred.db is damaged at start-up: say so plainly, offer the newest backup in good order (or
 * explain there is none), show the folder on request, and restore only when the facilitator says so.
 * Electron's dialog and shell come in as arguments, so this is tested with fakes.
 */
import type { MessageBoxOptions } from 'electron';
import { backupLabel, DAMAGED_MESSAGE, type DatabaseDamagedError } from '../store/integrity';

export interface RecoveryDeps<S> {
  dialog: {
    showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
    showErrorBox(title: string, content: string): void;
  };
  shell: { openPath(path: string): Promise<string> };
  /** Puts the backup in place of the damaged file (kept aside) and opens the store. */
  restore(backupId: string): S;
  log(message: string): void;
}

const plans = (n: number | null) => (n === null ? '' : n === 1 ? ', with 1 plan' : `, with ${n} plans`);

/** The words of the message box, for the app and the tests. */
export function recoveryMessage(err: DatabaseDamagedError): MessageBoxOptions & { buttons: string[] } {
  const backup = err.newestBackup;
  if (!backup) {
    return {
      type: 'warning',
      title: 'Kindred',
      message: DAMAGED_MESSAGE,
      detail:
        'There is no backup to restore yet. Kindred has left the file just as it is, so nothing more is lost, ' +
        `and someone who knows SQLite may be able to rescue it. It is kindred.db in this folder:\n\n${err.dataDir}`,
      buttons: ['Show the folder', 'Quit'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
  }
  const label = backupLabel(backup.createdAt);
  return {
    type: 'warning',
    title: 'Kindred',
    message: DAMAGED_MESSAGE,
    detail:
      `Kindred keeps backups of your plans. The newest one in good order is from ${label}${plans(backup.planCount)}. ` +
      'Restoring it brings your plans back as they were then; changes made after that are not in it.\n\n' +
      'The damaged file is kept, not deleted: it is set aside as kindred-damaged-… in the same folder, in case it can be rescued.',
    buttons: [`Restore the backup from ${label}`, 'Show the folder', 'Quit'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}

/** Resolves to the opened store after a restore, or null when Kindred should quit. */
export async function recoverDamagedStore<S>(err: DatabaseDamagedError, deps: RecoveryDeps<S>): Promise<S | null> {
  const box = recoveryMessage(err);
  const showFolder = box.buttons.indexOf('Show the folder');
  for (;;) {
    const { response } = await deps.dialog.showMessageBox(box);
    if (response === showFolder) {
      const problem = await deps.shell.openPath(err.dataDir);
      if (problem) deps.log(`Could not show ${err.dataDir}: ${problem}`);
      continue;
    }
    if (!err.newestBackup || response !== 0) return null;
    try {
      return deps.restore(err.newestBackup.id);
    } catch (restoreErr) {
      deps.log(`Could not restore ${err.newestBackup.id}: ${String(restoreErr)}`);
      deps.dialog.showErrorBox(
        'Kindred could not restore the backup',
        'Nothing has been deleted: the damaged file and every backup are still in this folder, ' +
          `so someone who knows SQLite may be able to help:\n\n${err.dataDir}`,
      );
      return null;
    }
  }
}
