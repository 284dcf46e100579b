/**
 * A plan file's bytes from a path on disk, for the command line and the app's "open" (both name a
 * path someone typed, dropped or double-clicked). Only an ordinary file is read: a folder, a pipe
 * (FIFO), a device or a socket is refused from its stat alone, before it is opened, because opening
 * a pipe waits for a writer that may never come and a device such as /dev/zero never ends. The size
 * is checked before reading too, and again while reading, so a file that grows stops at the limit.
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { checkPlanFileSize, PLAN_FILE_MAX_BYTES } from '../domain/planFileBytes';

/** What a path is when it is not an ordinary file. */
export type NotAFileKind = 'folder' | 'pipe' | 'device' | 'socket' | 'other';

/** The path is there but is not an ordinary file; nothing was opened. */
export class NotAPlanFileError extends Error {
  constructor(readonly kind: NotAFileKind) {
    super(`not an ordinary file: ${kind}`);
    this.name = 'NotAPlanFileError';
  }
}

function notAFileKind(info: Stats): NotAFileKind | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'other';
}

const READ_CHUNK_BYTES = 1024 * 1024;
// Non-blocking open: should the path be swapped for a pipe after the stat, opening it still
// returns at once (and the second check below refuses it). Windows has no such flag, nor FIFOs.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of the plan file at `path`. Throws NotAPlanFileError for anything but an ordinary file,
 * PlanFileError ('too_big') over 20 MB, and the system's own error (with its code, such as ENOENT
 * or EACCES) when it cannot be found or opened.
 */
export async function readPlanFileBytes(path: string): Promise<Buffer> {
  const refuse = (info: Stats) => {
    const kind = notAFileKind(info);
    if (kind) throw new NotAPlanFileError(kind);
    checkPlanFileSize(info.size);
  };
  refuse(await stat(path));
  const handle = await open(path, OPEN_FLAGS);
  try {
    refuse(await handle.stat());
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(READ_CHUNK_BYTES, PLAN_FILE_MAX_BYTES + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      checkPlanFileSize(total);
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close().catch(() => {});
  }
}
