/**
 * Writing packs to disk so that a failure never leaves half a file behind: each file is written
 * under a temporary name in the same folder and renamed into place only when complete, and a run
 * that fails or is cancelled part-way removes what it had written. Used by the CLI and the app.
 */
import { randomUUID } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A pack file could not be written; the message is plain and safe to show as it is. */
export class PackWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackWriteError';
  }
}

/** Plain words for why writing to `where` failed. */
export function writeProblem(err: unknown, where: string): string {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `There is not enough space on the disk to save to “${where}”. Nothing was saved; free some space and try again.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Kindred is not allowed to save in “${where}”. Nothing was saved; try another folder, such as Documents.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder for “${where}” could not be found. Nothing was saved; choose a folder that exists.`;
    case 'EISDIR':
      return `“${where}” is a folder. Choose a file name to save the pack as.`;
    default:
      return `Kindred could not save to “${where}”. Nothing was saved; try another folder.`;
  }
}

/** Writes `bytes` to `path` whole or not at all. */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  // A short name in the same folder (so the rename stays on one disk), whatever the final name's length.
  const temporary = join(dirname(path), `.kindred-${randomUUID().slice(0, 8)}.part`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (err) {
    await rm(temporary, { force: true }).catch(() => {});
    throw new PackWriteError(writeProblem(err, path));
  }
}

export interface PackFileToWrite {
  name: string;
  /** Made when its turn comes, so a long run can report progress and be cancelled between files. */
  bytes(): Promise<Uint8Array>;
}

export interface WritePacksOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, name: string) => void;
}

export type WritePacksResult = { status: 'written'; names: string[] } | { status: 'cancelled' };

/**
 * Writes every file into `dir`. If one cannot be written, or the run is cancelled, the files this
 * run had created are removed again, so no partial set is left behind.
 */
export async function writePacks(dir: string, files: readonly PackFileToWrite[], options: WritePacksOptions = {}): Promise<WritePacksResult> {
  try {
    if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (err) {
    throw new PackWriteError(writeProblem(err, dir));
  }
  // Only files this run created are removed again; one it replaced keeps its new, complete content.
  const created: string[] = [];
  const undo = async () => {
    for (const path of created) await rm(path, { force: true });
  };
  for (const [i, file] of files.entries()) {
    if (options.signal?.aborted) {
      await undo();
      return { status: 'cancelled' };
    }
    const path = join(dir, file.name);
    const existed = await stat(path).then(
      () => true,
      () => false,
    );
    try {
      await writeFileAtomic(path, await file.bytes());
    } catch (err) {
      await undo();
      throw err;
    }
    if (!existed) created.push(path);
    options.onProgress?.(i + 1, files.length, file.name);
  }
  return { status: 'written', names: files.map((f) => f.name) };
}
