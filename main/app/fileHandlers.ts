/**
 * What the main process's file handlers share (packs, packSaving.ts; plan files and the backups
 * folder, planFiles.ts): one `ipcMain.handle` per function on its own channel, each refusing
 * senders exactly as the API's handlers do (ipc.ts `refuseSender`) and without a window to show a
 * dialog on, checking its input with zod, and answering every failure with an envelope rather than
 * a thrown error. Also what they remember between calls: the folder the next dialog opens in, and
 * the files saved this session (the only ones the page may ask to open or show); and the two
 * dialog steps they all take (save through the system's dialog, choose a file or folder).
 */
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { kindIssueMessage } from '../domain/validation';
import type { ApiResponse } from '../contract/contract';
import { writeFileAtomic } from '../service/packFiles';
import { REFUSED, refuseSender, type InvokeEvent, type IpcMainLike, type SenderContents, type SenderPolicy } from './ipc';

export { REFUSED };

export const invalid = (message: string): ApiResponse<never> => ({ ok: false, error: { code: 'invalid', message } });
export const notFound = (message: string): ApiResponse<never> => ({ ok: false, error: { code: 'not_found', message } });
export const ok = <T>(value: T): ApiResponse<T> => ({ ok: true, value });

export interface FileHandlersOptions<W, F extends string, S extends Record<F, z.ZodType>> {
  ipcMain: IpcMainLike;
  policy: SenderPolicy;
  /** The window a sender belongs to, for dialogs to sit on; null when it has none (then it is refused). */
  windowFor(contents: SenderContents): W | null;
  log(message: string): void;
  channels: Readonly<Record<F, string>>;
  schemas: S;
  handlers: { [K in F]: (window: W, input: z.output<S[K]>) => Promise<ApiResponse<unknown>> };
  /** Errors whose message is already plain and meant for the facilitator (answered as 'invalid'). */
  isPlainError(err: unknown): err is Error;
}

export function registerFileHandlers<W, F extends string, S extends Record<F, z.ZodType>>(options: FileHandlersOptions<W, F, S>): void {
  const { ipcMain, policy, log } = options;
  for (const fn of Object.keys(options.channels) as F[]) {
    ipcMain.handle(options.channels[fn], async (event: InvokeEvent, input: unknown) => {
      const reason = refuseSender(event, policy);
      const window = reason === null ? options.windowFor(event.sender) : null;
      if (reason !== null || window === null) {
        log(`Refused ${fn}: ${reason ?? 'the sender has no window'}`);
        return REFUSED;
      }
      const parsed = options.schemas[fn].safeParse(input, { error: kindIssueMessage });
      if (!parsed.success) return invalid(parsed.error.issues[0]?.message ?? 'Kindred could not do that.');
      try {
        return await options.handlers[fn](window, parsed.data as z.output<S[F]>);
      } catch (err) {
        if (options.isPlainError(err)) return invalid(err.message);
        log(`${fn} failed: ${String(err)}`);
        return { ok: false, error: { code: 'internal', message: 'Something went wrong there. Please try again.' } };
      }
    });
  }
}

/** What every Kindred file dialog may be given, whichever kind it is. */
interface DialogOptions {
  title?: string;
  defaultPath?: string;
  buttonLabel?: string;
  filters?: { name: string; extensions: string[] }[];
}

/** Electron's `dialog.showSaveDialog`, as the file handlers use it; `dialog` satisfies it. */
export interface SaveDialog<W> {
  showSaveDialog(
    window: W,
    options: DialogOptions & { properties?: 'showOverwriteConfirmation'[] },
  ): Promise<{ canceled: boolean; filePath?: string | undefined }>;
}

/** Electron's `dialog.showOpenDialog` for files or folders (`P`); `dialog` satisfies it. */
export interface OpenDialog<W, P extends string> {
  showOpenDialog(window: W, options: DialogOptions & { properties?: P[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

/**
 * Where the next file dialog opens: the folder of the last file saved or opened there (or the
 * last folder written into), or the facilitator's Documents folder to begin with (null when even
 * that is unknown).
 */
export interface LastFolder {
  start(): string | null;
  used(filePath: string): void;
  usedFolder(dir: string): void;
}

export function lastFolder(documentsDir: () => string | null): LastFolder {
  let last: string | null = null;
  return {
    start() {
      if (last) return last;
      try {
        return documentsDir();
      } catch {
        return null;
      }
    },
    used(filePath) {
      last = dirname(filePath);
    },
    usedFolder(dir) {
      last = dir;
    },
  };
}

/**
 * The files and folders Kindred saved since it started, packs and plan files alike: the only paths
 * the page may ask to open or show ("Open the file", "Show in folder"), so it can never point the
 * system at anything else. Kept in memory only: the next start knows none of them. One is made at
 * start-up and shared by every handler that saves or shows files.
 */
export interface SavedFiles {
  add(path: string): void;
  has(path: string): boolean;
}

export function createSavedFiles(): SavedFiles {
  const paths = new Set<string>();
  return {
    add(path) {
      paths.add(path);
    },
    has(path) {
      return paths.has(path);
    },
  };
}

/** A file to save through the system's save dialog. */
export interface FileToSave {
  /** The dialog's title, e.g. 'Save the pack'. */
  title: string;
  /** The name the dialog suggests: already a plain file name, never a path. */
  name: string;
  filter: { name: string; extensions: string[] };
  bytes: Uint8Array;
}

/**
 * Asks the facilitator where to save `file` (opening in the last folder used, asking before
 * replacing a file), writes it whole, and remembers it as saved this session and its folder as the
 * next dialog's. Answers its path and name, or null when the facilitator cancels.
 */
export async function saveThroughDialog<W>(
  using: { dialog: SaveDialog<W>; folder: LastFolder; savedFiles: SavedFiles },
  window: W,
  file: FileToSave,
): Promise<ApiResponse<{ path: string; name: string } | null>> {
  const dir = using.folder.start();
  const result = await using.dialog.showSaveDialog(window, {
    title: file.title,
    defaultPath: dir ? join(dir, file.name) : file.name,
    filters: [file.filter],
    properties: ['showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return ok(null);
  // The facilitator chose this path in the system's dialog (and agreed to replace any file there).
  const path = result.filePath;
  await writeFileAtomic(path, file.bytes);
  using.savedFiles.add(path);
  using.folder.used(path);
  return ok({ path, name: basename(path) });
}

/**
 * Asks the facilitator to choose a file or folder in the system's open dialog, starting in the
 * last folder used. Answers the path chosen, or null when they cancel.
 */
export async function chooseThroughDialog<W, P extends string>(
  using: { dialog: OpenDialog<W, P>; folder: LastFolder },
  window: W,
  options: DialogOptions & { properties: P[] },
): Promise<string | null> {
  const dir = using.folder.start();
  const result = await using.dialog.showOpenDialog(window, { ...options, ...(dir ? { defaultPath: dir } : {}) });
  const path = result.filePaths[0];
  return result.canceled || !path ? null : path;
}
