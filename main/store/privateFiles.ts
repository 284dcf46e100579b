/**
 * Kindred's data is health and personal information: on macOS and Linux its folder, database and
 * backups are readable by the user alone (folders 0700, files 0600), whatever the umask, and files
 * made by an older Kindred are tightened at the next start. Windows keeps the user-profile ACLs
 * the folder already has (%APPDATA% is the user's own), so nothing is changed there.
 *
 * Only Kindred's own files are touched: kindred.db and its -wal, -shm and -journal, files set aside
 * as kindred-damaged-…, and the backups folder. The data folder may be Electron's userData folder,
 * whose other files (caches, preferences) are Electron's own business.
 */
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { folderNames } from './folderNames';

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Windows has no Unix modes: chmod there only flips read-only, which is not what is wanted. */
export const usesModes = (platform: NodeJS.Platform = process.platform) => platform !== 'win32';

/** Makes `folder` (and any missing parents) and sets it to 0700. */
export function makePrivateFolder(folder: string, platform: NodeJS.Platform = process.platform): void {
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (usesModes(platform)) chmodSync(folder, PRIVATE_FOLDER_MODE);
}

/**
 * Creates an empty file readable by the user alone, failing if it is already there, so SQLite (which
 * gives a new file 0644, and its -wal and -shm the mode of the database) writes into a private one.
 */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE));
}

/** Sets every file in `folder` that `ours` names to 0600; the files are left as they are otherwise. */
function tightenFiles(folder: string, ours: (name: string) => boolean): void {
  for (const name of folderNames(folder)) {
    if (!ours(name)) continue;
    const path = join(folder, name);
    // Another process may remove a file meanwhile (a backup rotated away): nothing to tighten then.
    if (statSync(path, { throwIfNoEntry: false })?.isFile()) chmodSync(path, PRIVATE_FILE_MODE);
  }
}

/**
 * Makes the data folder and its backups folder private, and tightens Kindred's files in them (a
 * no-op on Windows). Creates kindred.db, empty and private, when it is not there yet.
 */
export function keepDataPrivate(dataDir: string, backupsFolder: string, platform: NodeJS.Platform = process.platform): void {
  makePrivateFolder(dataDir, platform);
  const dbPath = join(dataDir, 'kindred.db');
  if (!statSync(dbPath, { throwIfNoEntry: false })) createPrivateFile(dbPath);
  if (!usesModes(platform)) return;
  tightenFiles(dataDir, (name) => name.startsWith('kindred'));
  if (statSync(backupsFolder, { throwIfNoEntry: false })?.isDirectory()) {
    chmodSync(backupsFolder, PRIVATE_FOLDER_MODE);
    tightenFiles(backupsFolder, () => true);
  }
}
