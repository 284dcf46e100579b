/**
 * Where a pack goes once it is made: the one place that knows which transport Kindred is running on.
 *
 * - Desktop: through `window.kindred.files` — the system's save and folder dialogs; main writes the
 *   files (whole, or for a folder all or none) and can open or show them afterwards.
 * - Browser mode (the dev and test bridge): a download — the one pack as a .docx, or every
 *   person's pack in one .zip (fflate), since a page cannot write into a folder.
 */
import { zipSync } from 'fflate';
import type { ApiResponse } from '../../../main/contract/contract';
import type { DesktopFiles, PackFileData, PackRequest } from '../../../main/contract/bridgeTypes';
import { ApiError, isDesktop } from '../api/client';

export type { PackFileData } from '../../../main/contract/bridgeTypes';

/**
 * What happened to one saved pack: where it is on disk (desktop), or that it was downloaded;
 * `toPrint` when it is the printable page a browser turns into a PDF.
 */
export type SavedPack = { where: 'disk'; path: string; name: string } | { where: 'download'; name: string; toPrint?: boolean };

/** What happened to a set of packs: the folder and names (desktop), or the zip downloaded. */
export type SavedFolder = { where: 'disk'; path: string; names: string[] } | { where: 'download'; zipName: string; names: string[] };

/** True when packs are saved through the system's dialogs; false when they are downloaded. */
export const savesToDisk = isDesktop;

function desktopFiles(): DesktopFiles {
  const files = (globalThis as { kindred?: { files?: DesktopFiles } }).kindred?.files;
  if (!files) throw new ApiError({ code: 'offline', message: 'Saving files is not ready yet. Please try again in a moment.' });
  return files;
}

async function unwrap<T>(response: Promise<ApiResponse<T>>): Promise<T> {
  const res = await response;
  if (!res.ok) throw new ApiError(res.error);
  return res.value;
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Packs and letters are Word files; the payments list is a workbook or a CSV. */
function typeOfFile(name: string): string {
  if (/\.xlsx$/i.test(name)) return XLSX_TYPE;
  if (/\.csv$/i.test(name)) return 'text/csv;charset=utf-8';
  return DOCX_TYPE;
}

function download(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the bytes go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves one pack (or letter, or payments list): the save dialog on desktop (null when the facilitator cancels), a download in a browser. */
export async function savePack(file: PackFileData): Promise<SavedPack | null> {
  if (!savesToDisk) {
    download(base64ToBytes(file.base64), file.fileName, typeOfFile(file.fileName));
    return { where: 'download', name: file.fileName };
  }
  const saved = await unwrap(desktopFiles().savePack(file));
  return saved ? { where: 'disk', path: saved.path, name: saved.name } : null;
}

/** Saves JSON Kindred made (one person's data): the save dialog on desktop, a download in a browser. */
export async function saveDataFile(file: { fileName: string; text: string }): Promise<SavedPack | null> {
  if (!savesToDisk) {
    download(new TextEncoder().encode(file.text), file.fileName, 'application/json');
    return { where: 'download', name: file.fileName };
  }
  const saved = await unwrap(desktopFiles().saveDataFile(file));
  return saved ? { where: 'disk', path: saved.path, name: saved.name } : null;
}

/**
 * Saves a pack as a PDF. Desktop: main makes and prints the pack itself, then shows the save
 * dialog (null when cancelled). Browser mode cannot print to a file, so it downloads the same
 * self-contained page, for the browser's own Print ▸ Save as PDF.
 */
export async function savePackPdf(request: PackRequest, page: () => Promise<{ fileName: string; html: string }>): Promise<SavedPack | null> {
  if (!savesToDisk) {
    const { fileName, html } = await page();
    const name = fileName.replace(/\.pdf$/i, '') + '.html';
    download(new TextEncoder().encode(html), name, 'text/html');
    return { where: 'download', name, toPrint: true };
  }
  const saved = await unwrap(desktopFiles().savePackPdf(request));
  return saved ? { where: 'disk', path: saved.path, name: saved.name } : null;
}

/** A folder the facilitator chose (desktop), to write packs into later; null when they cancelled. */
export interface ChosenFolder {
  folderId: string;
  path: string;
}

/** Desktop: asks for a folder before any pack is made. Browser: nothing to ask, the zip downloads. */
export async function chooseFolder(): Promise<ChosenFolder | 'download' | null> {
  if (!savesToDisk) return 'download';
  return unwrap(desktopFiles().choosePackFolder());
}

/**
 * Zips packs into one file, each under its own name, with nothing compressed twice (a .docx is
 * already a zip, so storing them is as small and much quicker).
 */
export function zipPacks(files: readonly PackFileData[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const f of files) entries[f.fileName] = [base64ToBytes(f.base64), { level: 0 }];
  return zipSync(entries);
}

/** Writes every pack into the chosen folder (all or none), or downloads them as one zip. */
export async function savePacks(folder: ChosenFolder | 'download', files: PackFileData[], zipName: string): Promise<SavedFolder> {
  if (folder === 'download') {
    download(zipPacks(files), zipName, 'application/zip');
    return { where: 'download', zipName, names: files.map((f) => f.fileName) };
  }
  const written = await unwrap(desktopFiles().writePacksToFolder({ folderId: folder.folderId, files }));
  return { where: 'disk', path: written.path, names: written.names };
}

/** Opens a file saved this session (desktop only). */
export function openSaved(path: string): Promise<null> {
  return unwrap(desktopFiles().openSavedFile(path));
}

/** Shows a saved file or folder in Explorer or the Finder (desktop only). */
export function showSaved(path: string): Promise<null> {
  return unwrap(desktopFiles().showSavedFile(path));
}

/** The service's own kind words when it gave some, otherwise `fallback`. */
export function problemMessage(err: unknown, fallback: string): string {
  return err instanceof ApiError && err.message ? err.message : fallback;
}
