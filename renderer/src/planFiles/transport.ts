/**
 * Where plan files come from and go to, the one place in this folder that knows which transport
 * Kindred runs on (as renderer/src/packs/saving.ts does for packs).
 *
 * - Desktop: `window.kindred.files`. Main shows the system's save and open dialogs, writes and reads
 *   the file, and hands over files the system opened with Kindred (a double-click).
 * - Browser mode (the dev and test bridge): a download to save, and the page's own file input or a
 *   drop to open.
 */
import type { ApiResponse } from '../../../main/contract/contract';
import type { DesktopFiles, OpenedPlanFile, PlanFileText } from '../../../main/contract/bridgeTypes';
import { ApiError, isDesktop } from '../api/client';
import { bytesToBase64 } from './base64';

export type { OpenedPlanFile, PlanFileText } from '../../../main/contract/bridgeTypes';

/** What happened to a saved plan file: where it is (desktop), or that it was downloaded. */
export type SavedPlanFile = { where: 'disk'; path: string; name: string } | { where: 'download'; name: string };

function files(): DesktopFiles | null {
  return isDesktop ? ((globalThis as { kindred?: { files?: DesktopFiles } }).kindred?.files ?? null) : null;
}

async function desktop<T>(call: (f: DesktopFiles) => Promise<ApiResponse<T>>): Promise<T> {
  const f = files();
  if (!f) throw new ApiError({ code: 'offline', message: 'Kindred is not ready to open or save files yet. Please try again in a moment.' });
  const res = await call(f);
  if (!res.ok) throw new ApiError(res.error);
  return res.value;
}

/** Saves a plan file: the save dialog on desktop (null when the facilitator cancels), a download in a browser. */
export async function savePlanFile(file: PlanFileText): Promise<SavedPlanFile | null> {
  if (!isDesktop) {
    // octet-stream, so no browser decides a .kindred file is "really" .json and renames it.
    const url = URL.createObjectURL(new Blob([file.text], { type: 'application/octet-stream' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.fileName;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { where: 'download', name: file.fileName };
  }
  const saved = await desktop((f) => f.savePlanFile(file));
  return saved ? { where: 'disk', path: saved.path, name: saved.name } : null;
}

/** Desktop: the system's open dialog for .kindred files (null when cancelled). */
export function choosePlanFile(): Promise<OpenedPlanFile | null> {
  return desktop((f) => f.choosePlanFile());
}

/** Files the system opened with Kindred (desktop only; browser mode has none). */
export function onPlanFileOpened(listener: (file: OpenedPlanFile) => void): () => void {
  return files()?.onPlanFileOpened(listener) ?? (() => {});
}

/** Reads a file from a drop or the browser's file input, as the service takes it. */
export async function readPlanFile(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
