/**
 * Plan files the system hands to Kindred: double-clicked or dropped on the Dock icon (macOS
 * 'open-file', which can come before the app is ready), named on the command line of the first
 * start (Windows puts a double-clicked file there), or of a second start that hands over to the
 * running one ('second-instance'). Paths wait in a queue until the window's page has loaded; then
 * each file is read (20 MB at most, planFiles.ts) and sent to the page on one fixed channel as
 * `{ name, base64 }`, for the page to import as it would a file it chose itself. A file that cannot
 * be read is explained in a message box instead.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { PLAN_FILE_OPENED_CHANNEL } from '../contract/fileChannels';
import type { OpenedPlanFile } from '../contract/bridgeTypes';
import { PLAN_FILE_EXTENSION } from '../domain/planFile';
import { PlanFileReadError, readPlanFileFromDisk } from './planFiles';

/** Whether `path` is a file (not a folder) that exists. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The plan files named on a command line, as absolute paths: arguments ending in .kindred that
 * are existing files. Everything else (the program, switches Chromium adds, ".", other files) is
 * ignored. Relative paths are taken from `workingDirectory` (the second start's, when it hands over).
 */
export function planFilePathsIn(argv: readonly string[], workingDirectory?: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PLAN_FILE_EXTENSION))
    .map((arg) => (workingDirectory === undefined ? resolve(arg) : resolve(workingDirectory, arg)))
    .filter(isFile);
}

/** The page that receives plan files: a window's web contents. */
export interface PlanFilePage {
  send(channel: string, file: OpenedPlanFile): void;
}

export interface PlanFileOpenerOptions {
  /** Shows a plain message, for a file that could not be read. */
  tell(message: string): void;
  log(message: string): void;
  /** For tests; readPlanFileFromDisk otherwise. */
  read?: (path: string) => Promise<OpenedPlanFile>;
}

export interface PlanFileOpener {
  /** Queues plan files to open; they go to the page as soon as it is ready. Resolves once delivered. */
  add(paths: readonly string[]): Promise<void>;
  /** The page has loaded: send it everything waiting, and anything added from now on. */
  pageReady(page: PlanFilePage): Promise<void>;
  /** The page is going (reload, closed window): hold files again until a page is ready. */
  pageGone(page: PlanFilePage): void;
}

export function createPlanFileOpener(options: PlanFileOpenerOptions): PlanFileOpener {
  const read = options.read ?? readPlanFileFromDisk;
  const waiting: string[] = [];
  let page: PlanFilePage | null = null;
  // One delivery at a time, so files reach the page in the order they were opened.
  let delivering: Promise<void> = Promise.resolve();

  const deliver = async () => {
    while (page !== null && waiting.length > 0) {
      const path = waiting[0]!;
      let file: OpenedPlanFile;
      try {
        file = await read(path);
      } catch (err) {
        waiting.shift();
        if (err instanceof PlanFileReadError) options.tell(err.message);
        else {
          options.log(`Could not read a plan file the system opened: ${String(err)}`);
          options.tell('Kindred could not open that file.');
        }
        continue;
      }
      // The page went while the file was read: it stays first in line for the next page.
      if (page === null) break;
      waiting.shift();
      page.send(PLAN_FILE_OPENED_CHANNEL, file);
    }
  };
  const flush = () => {
    delivering = delivering.then(deliver);
    return delivering;
  };

  return {
    add(paths) {
      for (const path of paths) if (!waiting.includes(path)) waiting.push(path);
      return flush();
    },
    pageReady(next) {
      page = next;
      return flush();
    },
    pageGone(gone) {
      if (page === gone) page = null;
    },
  };
}
