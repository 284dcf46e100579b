/**
 * Plan files through the system's own dialogs, and the backups folder: the main-process side of
 * `files.savePlanFile`, `files.choosePlanFile` and `files.showBackupsFolder` (main/contract/bridgeTypes.ts),
 * one `ipcMain.handle` per function on its own channel (main/contract/fileChannels.ts), each refusing
 * senders exactly as the API's handlers do and checking its input with zod (fileHandlers.ts).
 *
 * As with packs (packSaving.ts), the page never names a path. Saving: the page hands over the text
 * `exportPlanFile` made and a suggested name; main checks it is a plan file Kindred can read back,
 * asks where to put it, writes it whole, and adds it to the files saved this session, so "Show in
 * folder" (`files.showSavedFile`, packSaving.ts) works for it as for a pack. Opening: main asks which file, reads it (20 MB at
 * most, refused from its size alone) and hands the page its name and bytes for `importPlanFile`.
 * The folder of the last plan file saved or opened is where the next dialog starts.
 */
import { mkdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { PLAN_FILE_CHANNELS, type PlanFileFunction } from '../contract/fileChannels';
import type { OpenedPlanFile } from '../contract/bridgeTypes';
import { cleanNamePart, safeFileName, truncateText } from '../domain/pack/fileNames';
import { PLAN_FILE_EXTENSION, PLAN_FILE_FALLBACK_STEM, PlanFileError, readPlanFile } from '../domain/planFile';
import { PLAN_FILE_MAX_BYTES } from '../domain/planFileBytes';
import { PackWriteError } from '../service/packFiles';
import { NotAPlanFileError, readPlanFileBytes } from '../service/planFileDisk';
import {
  chooseThroughDialog,
  invalid,
  lastFolder,
  notFound,
  ok,
  registerFileHandlers,
  saveThroughDialog,
  type OpenDialog,
  type SaveDialog,
  type SavedFiles,
} from './fileHandlers';
import type { IpcMainLike, SenderContents, SenderPolicy } from './ipc';

const NOT_A_PLAN = 'That isn’t a Kindred plan, so it wasn’t saved.';
const PLAN_FILTER = { name: 'Kindred plan', extensions: [PLAN_FILE_EXTENSION.slice(1)] };

const inputSchemas = {
  savePlanFile: z
    .object({
      fileName: z.string({ error: 'The plan file needs a name.' }).max(1000, { error: 'That file name is too long.' }),
      text: z.string({ error: NOT_A_PLAN }).max(PLAN_FILE_MAX_BYTES, { error: 'That plan is too big to save (over 20 MB).' }),
    })
    .strict(),
  choosePlanFile: z.undefined().or(z.object({}).strict()),
  showBackupsFolder: z.undefined().or(z.object({}).strict()),
} satisfies Record<PlanFileFunction, z.ZodType>;

/** A plan file could not be read from disk; the message is plain and safe to show as it is. */
export class PlanFileReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanFileReadError';
  }
}

/** A file's name as a message can quote it: no folder, nothing invisible, not too long. */
const shownName = (path: string) => truncateText(cleanNamePart(basename(path)), 80) || 'that file';

/** Plain words for why `path` could not be read. */
function readProblem(err: unknown, path: string): string {
  const name = shownName(path);
  if (err instanceof NotAPlanFileError) {
    return err.kind === 'folder' ? `“${name}” is a folder, not a plan file.` : `“${name}” is not an ordinary file, so it cannot be a plan file.`;
  }
  switch ((err as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `Kindred could not find “${name}”. It may have been moved or deleted.`;
    case 'EISDIR':
      return `“${name}” is a folder, not a plan file.`;
    case 'EACCES':
    case 'EPERM':
      return `Kindred is not allowed to open “${name}”. Try copying it to your Documents folder first.`;
    default:
      return `Kindred could not open “${name}”.`;
  }
}

/**
 * Reads a plan file for import: its name and its bytes in base64. A file over 20 MB is refused
 * from its size, and a folder, pipe or device from its stat, without reading it
 * (service/planFileDisk.ts). Throws PlanFileReadError with a kind message.
 */
export async function readPlanFileFromDisk(path: string): Promise<OpenedPlanFile> {
  try {
    return { name: basename(path), base64: (await readPlanFileBytes(path)).toString('base64') };
  } catch (err) {
    if (err instanceof PlanFileError) throw new PlanFileReadError(`${err.message} Nothing was imported.`);
    throw new PlanFileReadError(readProblem(err, path));
  }
}

/**
 * A name from the page as a plain plan file name: only the last part of anything path-like,
 * cleaned with the pack naming rules, and always ending in .kindred.
 */
export function planFileNameFromPage(fileName: string): string {
  const last = fileName.split(/[/\\]/).pop() ?? '';
  return safeFileName(last.replace(/\.kindred$/i, ''), PLAN_FILE_EXTENSION, PLAN_FILE_FALLBACK_STEM);
}

/** What of Electron's dialog module plan files use; `dialog` satisfies it. */
export interface PlanFileDialogs<W> extends SaveDialog<W>, OpenDialog<W, 'openFile'> {}

export interface PlanFilesOptions<W> {
  ipcMain: IpcMainLike;
  policy: SenderPolicy;
  dialog: PlanFileDialogs<W>;
  /** Resolves to an error message, or '' when it opened; Electron's `shell.openPath`. */
  openPath(path: string): Promise<string>;
  /** The window a sender belongs to, for the dialogs to sit on; null when it has none. */
  windowFor(contents: SenderContents): W | null;
  /** The facilitator's Documents folder, where the first dialog opens; null when unknown. */
  documentsDir(): string | null;
  /** Where the backups are kept: <data folder>/backups. */
  backupsDir: string;
  /** Files this session saved (packs too): a plan file saved here can then be shown in its folder. */
  savedFiles: SavedFiles;
  log(message: string): void;
}

/** Registers the three handlers (fileHandlers.ts does the sender check and validation). */
export function registerPlanFiles<W>(options: PlanFilesOptions<W>): void {
  const { ipcMain, policy, dialog, log } = options;
  /** The folder of the last plan file saved or opened, for as long as the app runs. */
  const folder = lastFolder(options.documentsDir);

  const isPlanFile = (text: string) => {
    try {
      readPlanFile(text);
      return true;
    } catch {
      return false;
    }
  };

  registerFileHandlers<W, PlanFileFunction, typeof inputSchemas>({
    ipcMain,
    policy,
    windowFor: options.windowFor,
    log,
    channels: PLAN_FILE_CHANNELS,
    schemas: inputSchemas,
    isPlainError: (err): err is Error => err instanceof PackWriteError || err instanceof PlanFileReadError,
    handlers: {
      async savePlanFile(window, { fileName, text }) {
        // Only a file Kindred (here or on another computer) can read back is ever written.
        const bytes = Buffer.from(text, 'utf8');
        if (bytes.byteLength > PLAN_FILE_MAX_BYTES) return invalid('That plan is too big to save (over 20 MB).');
        if (!isPlanFile(text)) return invalid(NOT_A_PLAN);
        // Added to the files saved this session, so "Show in folder" (showSavedFile, packSaving.ts) shows it.
        return saveThroughDialog({ dialog, folder, savedFiles: options.savedFiles }, window, {
          title: 'Save the plan file',
          name: planFileNameFromPage(fileName),
          filter: PLAN_FILTER,
          bytes,
        });
      },

      async choosePlanFile(window) {
        const path = await chooseThroughDialog({ dialog, folder }, window, {
          title: 'Import a plan file',
          buttonLabel: 'Import',
          filters: [PLAN_FILTER],
          properties: ['openFile'],
        });
        if (path === null) return ok(null);
        folder.used(path);
        return ok(await readPlanFileFromDisk(path));
      },

      async showBackupsFolder() {
        // Before the first backup the folder may not be there yet; showing an empty one is clearer.
        await mkdir(options.backupsDir, { recursive: true });
        const problem = await options.openPath(options.backupsDir);
        if (problem) {
          log(`Could not open the backups folder: ${problem}`);
          return notFound(`Kindred could not open the backups folder (${options.backupsDir}).`);
        }
        return ok(null);
      },
    },
  });
}
