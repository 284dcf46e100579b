/**
 * When kindred.db is damaged at start-up: say so plainly, offer the newest backup in good order (or
 * explain there is none), show the folder on request, and restore only when the facilitator says so.
 * Starting with no plans (the damaged file set aside, never deleted) is offered too, but only ever
 * as an explicit choice: it is never the default, and Escape means Quit.
 * Electron's dialog and shell come in as arguments, so this is tested with fakes.
 */
import type { MessageBoxOptions } from 'electron';
import { backupLabel, DAMAGED_MESSAGE, type DatabaseDamagedError } from '../service/openKindred';

export interface RecoveryDeps<S> {
  dialog: {
    showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
    showErrorBox(title: string, content: string): void;
  };
  shell: { openPath(path: string): Promise<string> };
  /** Puts the backup in place of the damaged file (kept aside) and opens the store. */
  restore(backupId: string): S;
  /** Sets the damaged file aside (kept, never deleted) and opens a new, empty store. */
  startAfresh(): S;
  log(message: string): void;
}

export const START_AFRESH = 'Start with no plans';
const SHOW_FOLDER = 'Show the folder';
const QUIT = 'Quit';

const plans = (n: number | null) => (n === null ? '' : n === 1 ? ', with 1 plan' : `, with ${n} plans`);

const KEPT_ASIDE =
  'Either way, the damaged file is kept, not deleted: it is set aside as kindred-damaged-… in the same folder, ' +
  'in case someone who knows SQLite can rescue it. Plans you exported as .kindred files can be imported again.';

/** The words of the message box, for the app and the tests. Quitting is the way out; starting afresh is never the default. */
export function recoveryMessage(err: DatabaseDamagedError): MessageBoxOptions & { buttons: string[] } {
  const backup = err.newestBackup;
  if (!backup) {
    return {
      type: 'warning',
      title: 'Kindred',
      message: DAMAGED_MESSAGE,
      detail:
        'There is no backup to restore yet. Kindred has left the file just as it is, so nothing more is lost.\n\n' +
        'You can start with no plans: the damaged file is kept, not deleted. It is set aside as kindred-damaged-… ' +
        'beside the new one, in case someone who knows SQLite can rescue it. ' +
        'Plans you exported as .kindred files can be imported again.\n\n' +
        `The file is kindred.db in this folder:\n\n${err.dataDir}`,
      buttons: [START_AFRESH, SHOW_FOLDER, QUIT],
      defaultId: 2,
      cancelId: 2,
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
      'Or you can start with no plans, if the backup is not what you need.\n\n' +
      KEPT_ASIDE,
    buttons: [`Restore the backup from ${label}`, SHOW_FOLDER, START_AFRESH, QUIT],
    defaultId: 0,
    cancelId: 3,
    noLink: true,
  };
}

/** Resolves to the opened store after a restore or a fresh start, or null when Kindred should quit. */
export async function recoverDamagedStore<S>(err: DatabaseDamagedError, deps: RecoveryDeps<S>): Promise<S | null> {
  const box = recoveryMessage(err);
  const backup = err.newestBackup;
  for (;;) {
    const { response } = await deps.dialog.showMessageBox(box);
    const chosen = box.buttons[response];
    if (chosen === SHOW_FOLDER) {
      const problem = await deps.shell.openPath(err.dataDir);
      if (problem) deps.log(`Could not show ${err.dataDir}: ${problem}`);
      continue;
    }
    if (chosen === START_AFRESH) {
      return attempt(err, deps, 'Kindred could not start with no plans', 'start afresh', () => deps.startAfresh());
    }
    if (backup && response === 0) {
      return attempt(err, deps, 'Kindred could not restore the backup', `restore ${backup.id}`, () => deps.restore(backup.id));
    }
    return null;
  }
}

/** Runs the chosen way back; if it fails, says so (nothing has been deleted) and resolves to null, to quit. */
function attempt<S>(err: DatabaseDamagedError, deps: RecoveryDeps<S>, title: string, what: string, open: () => S): S | null {
  try {
    return open();
  } catch (openErr) {
    deps.log(`Could not ${what}: ${String(openErr)}`);
    deps.dialog.showErrorBox(
      title,
      'Nothing has been deleted: the damaged file and any backups are still in this folder, ' +
        `so someone who knows SQLite may be able to help:\n\n${err.dataDir}`,
    );
    return null;
  }
}
