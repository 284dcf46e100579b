/**
 * Saving packs through the system's own dialogs: the main-process side of `window.kindred.files`
 * (main/contract/bridgeTypes.ts `DesktopFiles`), one `ipcMain.handle` per function on its own channel
 * (main/contract/fileChannels.ts), each refusing senders exactly as the API's handlers do and checking its
 * input with zod (fileHandlers.ts).
 *
 * The page never names a path to write to. It hands over a pack's bytes and a suggested name; main
 * asks the facilitator where to put it, writes it whole (packFiles.ts), and remembers what it saved
 * (fileHandlers.ts `SavedFiles`, shared with plan files) so that "Open the file" and "Show in
 * folder" work only for those. A folder chosen for a set of
 * packs is remembered under a random id, so the page can only write into a folder the facilitator
 * picked. Names from the page are reduced to a plain .docx file name (fileNames.ts), never a path.
 */
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { FILE_CHANNELS, type FileFunction } from '../contract/fileChannels';
import { safeFileName, uniqueFileNames } from '../domain/pack/fileNames';
import type { ApiResponse } from '../contract/contract';
import { PackWriteError, writePacks } from '../service/packFiles';
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
import { PrintError } from './pdfPrinter';

/** The largest pack accepted, in bytes. A full-day Easy Read pack with pictures is well under 5 MB. */
export const MAX_PACK_BYTES = 30 * 1024 * 1024;
/** The most packs written into a folder at once (one per person, with room to spare). */
export const MAX_PACKS_PER_FOLDER = 300;
/** The most bytes written into a folder at once, all packs together. */
export const MAX_FOLDER_BYTES = 300 * 1024 * 1024;
/** Longest path the page may hand back to open or show (it can only be one main gave it). */
const MAX_PATH_LENGTH = 4096;

const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;
const decodedLength = (base64: string) => (base64.length / 4) * 3 - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
/** Every .docx is a zip, and every zip starts with these bytes: "PK\x03\x04". */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const NOT_A_PACK = 'That isn’t a Word document Kindred made, so it wasn’t saved.';
const NOT_A_LIST = 'That isn’t a payments list Kindred made, so it wasn’t saved.';
const NOT_DATA = 'That isn’t data Kindred made, so it wasn’t saved.';
/** The most JSON saved at once: one person's data is far smaller. */
export const MAX_DATA_BYTES = 20 * 1024 * 1024;

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const packFileData = z
  .object({
    fileName: z.string({ error: 'The pack needs a file name.' }).max(1000, { error: 'That file name is too long.' }),
    base64: z
      .string({ error: NOT_A_PACK })
      .min(8, { error: NOT_A_PACK })
      .max(base64Length(MAX_PACK_BYTES), { error: 'That pack is too large to save (over 30 MB).' })
      .refine((s) => s.length % 4 === 0 && BASE64.test(s), { error: NOT_A_PACK }),
  })
  .strict();

/** A path main gave the page earlier; whether it really is one is checked against what was saved. */
const savedPath = z
  .string({ error: 'Kindred can only open files it saved since it was started.' })
  .min(1, { error: 'Kindred can only open files it saved since it was started.' })
  .max(MAX_PATH_LENGTH, { error: 'Kindred can only open files it saved since it was started.' });

const inputSchemas = {
  savePack: packFileData,
  // Which pack: checked in full by the API's own dispatch (packHtml), which main calls itself.
  savePackPdf: z.looseObject({}, { error: 'Choose a pack to save as a PDF.' }),
  choosePackFolder: z.undefined().or(z.object({}).strict()),
  writePacksToFolder: z
    .object({
      folderId: z.string({ error: 'Choose a folder first.' }).max(100, { error: 'Choose a folder first.' }),
      files: z
        .array(packFileData)
        .min(1, { error: 'There are no packs to save.' })
        .max(MAX_PACKS_PER_FOLDER, { error: `Kindred can save up to ${MAX_PACKS_PER_FOLDER} packs at once.` })
        .refine((files) => files.reduce((sum, f) => sum + f.base64.length, 0) <= base64Length(MAX_FOLDER_BYTES), {
          error: 'Those packs are too large to save together (over 300 MB). Try fewer at a time.',
        }),
    })
    .strict(),
  openSavedFile: savedPath,
  showSavedFile: savedPath,
  saveDataFile: z
    .object({
      fileName: z.string({ error: 'The file needs a name.' }).max(1000, { error: 'That file name is too long.' }),
      text: z
        .string({ error: NOT_DATA })
        .max(MAX_DATA_BYTES, { error: 'That is too large to save (over 20 MB).' })
        .refine(isJson, { error: NOT_DATA }),
    })
    .strict(),
} satisfies Record<FileFunction, z.ZodType>;

/** The bytes of a pack the page sent, or null when they are not a .docx (zip) at all. */
function packBytes(base64: string): Uint8Array | null {
  if (decodedLength(base64) < ZIP_MAGIC.length) return null;
  const bytes = Buffer.from(base64, 'base64');
  return ZIP_MAGIC.every((b, i) => bytes[i] === b) ? bytes : null;
}

/** Whether the first bytes of a base64 pack are a zip's, without decoding all of it. */
function looksLikePack(base64: string): boolean {
  return packBytes(base64.slice(0, 8)) !== null;
}

/**
 * A name from the page as a plain file name: only the last part of anything path-like, cleaned
 * with the pack naming rules, and always ending in .docx.
 */
export function packNameFromPage(fileName: string, extension: SavedExtension | '.pdf' = '.docx'): string {
  const last = fileName.split(/[/\\]/).pop() ?? '';
  return safeFileName(last.replace(/\.(docx|pdf|xlsx|csv)$/i, ''), extension);
}

/**
 * What `savePack` writes, by the name's extension: Word files (packs, letters), and the payments
 * list as an Excel workbook or a CSV. Each is checked to be what its name says before it is saved.
 */
const SAVED_KINDS = {
  '.docx': {
    title: 'Save the pack',
    notIt: NOT_A_PACK,
    filter: { name: 'Word document', extensions: ['docx'] },
    looksRight: (b: Uint8Array) => isZip(b),
  },
  '.xlsx': {
    title: 'Save the payments list',
    notIt: NOT_A_LIST,
    filter: { name: 'Excel workbook', extensions: ['xlsx'] },
    looksRight: (b: Uint8Array) => isZip(b),
  },
  // The payments CSV always starts with a UTF-8 byte order mark (domain/payments/paymentsCsv.ts).
  '.csv': {
    title: 'Save the payments list',
    notIt: NOT_A_LIST,
    filter: { name: 'CSV file', extensions: ['csv'] },
    looksRight: (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf,
  },
} as const;
type SavedExtension = keyof typeof SAVED_KINDS;

/** The kind of file a name from the page asks for: .xlsx or .csv when it ends so, a .docx otherwise. */
export function savedExtension(fileName: string): SavedExtension {
  const match = /\.(xlsx|csv)$/i.exec(fileName.trim());
  return match ? (`.${match[1]!.toLowerCase()}` as SavedExtension) : '.docx';
}

const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);

/** Every PDF starts with these bytes: "%PDF-". */
const PDF_MAGIC = '%PDF-';

/** What of Electron's dialog module saving uses; `dialog` satisfies it. */
export interface PackDialogs<W> extends SaveDialog<W>, OpenDialog<W, 'openDirectory' | 'createDirectory'> {}

/** What of Electron's shell module saving uses; `shell` satisfies it. */
export interface PackShell {
  /** Resolves to an error message, or '' when it opened. */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}

export interface PackSavingOptions<W> {
  ipcMain: IpcMainLike;
  policy: SenderPolicy;
  dialog: PackDialogs<W>;
  shell: PackShell;
  /** The window a sender belongs to, for the dialogs to sit on; null when it has none. */
  windowFor(contents: SenderContents): W | null;
  /** The facilitator's Documents folder, where the first save dialog opens; null when unknown. */
  documentsDir(): string | null;
  /** Files this session saved (plan files too): the only ones open and show will touch. */
  savedFiles: SavedFiles;
  log(message: string): void;
  /** For tests; crypto.randomUUID otherwise. */
  newId?: () => string;
  /** For tests (a disk that fills part-way); packFiles.ts writePacks otherwise. */
  writePacks?: typeof writePacks;
  /** The API's packHtml through the validated dispatch: the pack's printable page and its file name. */
  packPage(request: unknown): Promise<ApiResponse<{ fileName: string; html: string }>>;
  /** Prints a page to PDF (pdfPrinter.ts). */
  printPdf(html: string): Promise<Uint8Array>;
}

/** Registers the seven handlers (fileHandlers.ts does the sender check and validation). */
export function registerPackSaving<W>(options: PackSavingOptions<W>): void {
  const { dialog, shell, savedFiles: saved, log } = options;
  const newId = options.newId ?? randomUUID;
  const writeAll = options.writePacks ?? writePacks;
  /** Folders the facilitator chose, by the id the page was given. */
  const folders = new Map<string, string>();
  /** Where the save dialog opens next: the folder of the last save, or Documents. */
  const folder = lastFolder(options.documentsDir);

  registerFileHandlers<W, FileFunction, typeof inputSchemas>({
    ipcMain: options.ipcMain,
    policy: options.policy,
    windowFor: options.windowFor,
    log,
    channels: FILE_CHANNELS,
    schemas: inputSchemas,
    isPlainError: (err): err is Error => err instanceof PackWriteError || err instanceof PrintError,
    handlers: {
      async savePack(window, file) {
        const extension = savedExtension(file.fileName);
        const kind = SAVED_KINDS[extension];
        const bytes = Buffer.from(file.base64, 'base64');
        if (!kind.looksRight(bytes)) return invalid(kind.notIt);
        return saveThroughDialog({ dialog, folder, savedFiles: saved }, window, {
          title: kind.title,
          name: packNameFromPage(file.fileName, extension),
          filter: { name: kind.filter.name, extensions: [...kind.filter.extensions] },
          bytes,
        });
      },

      async saveDataFile(window, file) {
        const last = file.fileName.split(/[/\\]/).pop() ?? '';
        return saveThroughDialog({ dialog, folder, savedFiles: saved }, window, {
          title: 'Save the data',
          name: safeFileName(last.replace(/\.json$/i, ''), '.json'),
          filter: { name: 'JSON data', extensions: ['json'] },
          bytes: Buffer.from(file.text, 'utf8'),
        });
      },

      async savePackPdf(window, request) {
        const page = await options.packPage(request);
        if (!page.ok) return page;
        const pdf = await options.printPdf(page.value.html);
        if (Buffer.from(pdf.subarray(0, PDF_MAGIC.length)).toString('latin1') !== PDF_MAGIC) {
          log('printToPDF gave something that is not a PDF');
          return invalid('We couldn’t make the PDF just now. Please try again, or save the pack as a Word document.');
        }
        return saveThroughDialog({ dialog, folder, savedFiles: saved }, window, {
          title: 'Save the pack as a PDF',
          name: packNameFromPage(page.value.fileName, '.pdf'),
          filter: { name: 'PDF document', extensions: ['pdf'] },
          bytes: pdf,
        });
      },

      async choosePackFolder(window) {
        const path = await chooseThroughDialog({ dialog, folder }, window, {
          title: 'Choose a folder for the packs',
          buttonLabel: 'Save packs here',
          properties: ['openDirectory', 'createDirectory'],
        });
        if (path === null) return ok(null);
        const folderId = newId();
        folders.set(folderId, path);
        return ok({ folderId, path });
      },

      async writePacksToFolder(_window, { folderId, files }) {
        const dir = folders.get(folderId);
        if (!dir) return notFound('Kindred has lost track of that folder. Please choose the folder again.');
        if (!files.every((f) => looksLikePack(f.base64))) return invalid(NOT_A_PACK);
        // Names already in the folder are kept clear of, so no file there is replaced and a failure
        // can remove everything this run wrote: all the packs, or none.
        const existing = await readdir(dir).catch(() => [] as string[]);
        const names = uniqueFileNames([...existing, ...files.map((f) => packNameFromPage(f.fileName))]).slice(existing.length);
        const toWrite = files.map((f, i) => ({
          name: names[i]!,
          bytes: () => {
            const bytes = packBytes(f.base64);
            return bytes ? Promise.resolve(bytes) : Promise.reject(new PackWriteError(NOT_A_PACK));
          },
        }));
        const result = await writeAll(dir, toWrite);
        if (result.status !== 'written') return invalid('Saving the packs was stopped. Nothing was saved.');
        saved.add(dir);
        for (const name of result.names) saved.add(join(dir, name));
        folder.usedFolder(dir);
        return ok({ path: dir, names: result.names });
      },

      async openSavedFile(_window, path) {
        if (!saved.has(path)) {
          log('Refused openSavedFile: not a file Kindred saved since it started');
          return notFound('Kindred can only open files it saved since it was started.');
        }
        const problem = await shell.openPath(path);
        if (problem) {
          log(`Could not open a saved file: ${problem}`);
          return notFound(`Kindred could not open “${basename(path)}”. It may have been moved or deleted.`);
        }
        return ok(null);
      },

      async showSavedFile(_window, path) {
        if (!saved.has(path)) {
          log('Refused showSavedFile: not a file Kindred saved since it started');
          return notFound('Kindred can only show files it saved since it was started.');
        }
        shell.showItemInFolder(path);
        return ok(null);
      },
    },
  });
}
