/**
 * Who reads an imported plan file's text. In the app, a worker thread does (planFileWorker.ts, built
 * beside the main entry by electron-vite), so the parse and the checks never block the main process
 * however the file was crafted, and its memory is capped. The web bridge, the command line and the
 * tests read in process: the shape scan before JSON.parse (planFileScan.ts) already bounds the work.
 */
import { Worker } from 'node:worker_threads';
import { PlanFileError, readPlanFile, type PlanFileProblem, type ReadPlanFile } from '../domain/planFile';

export type PlanFileReader = (text: string) => ReadPlanFile | Promise<ReadPlanFile>;

/** What the worker posts back. */
export type WorkerAnswer =
  | { kind: 'read'; file: ReadPlanFile }
  | { kind: 'refused'; message: string; problem: PlanFileProblem; fields: Record<string, string> }
  | { kind: 'crashed'; message: string };

export const readInProcess: PlanFileReader = readPlanFile;

/**
 * Far more than a plan at every limit needs (about 250,000 values parse in tens of MB); a file that
 * needs more is refused, and only the worker's memory was spent on it.
 */
export const WORKER_MEMORY_MB = 160;

export const TOO_MUCH_TO_READ = 'This file is not a Kindred plan file: it holds far more than any plan, so Kindred has not opened it.';

/**
 * Reads in a new worker thread running `workerFile`. If the worker cannot start at all (a build
 * without it), the text is read in process instead, after logging why: refusing every import
 * would be worse, and the shape scan still bounds the work.
 */
export function readInWorker(workerFile: string, log: (message: string) => void = () => {}): PlanFileReader {
  return (text) =>
    new Promise<ReadPlanFile>((resolve, reject) => {
      let settled = false;
      const settle = (then: () => void) => {
        if (settled) return;
        settled = true;
        then();
      };
      const worker = new Worker(workerFile, { workerData: text, resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } });
      worker.once('message', (answer: WorkerAnswer) =>
        settle(() => {
          if (answer.kind === 'read') resolve(answer.file);
          else if (answer.kind === 'refused') reject(new PlanFileError(answer.message, answer.problem, answer.fields));
          else reject(new Error(`The plan file reader failed: ${answer.message}`));
        }),
      );
      worker.once('error', (err: Error & { code?: string }) =>
        settle(() => {
          if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') return reject(new PlanFileError(TOO_MUCH_TO_READ, 'too_big'));
          log(`The plan file reader could not run in its own thread (${err.message}); reading in process.`);
          try {
            resolve(readPlanFile(text));
          } catch (readErr) {
            reject(readErr);
          }
        }),
      );
      worker.once('exit', (code) => settle(() => reject(new Error(`The plan file reader stopped (exit code ${code}).`))));
    });
}
