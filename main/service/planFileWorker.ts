/**
 * The worker thread that reads a plan file's text (planFileReader.ts): the parse and every check run
 * here, so a hostile file never holds up Electron's main process and the window stays responsive.
 * It answers once, with the plan or the PlanFileError's parts, and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PlanFileError, readPlanFile } from '../domain/planFile';
import type { WorkerAnswer } from './planFileReader';

function answer(text: unknown): WorkerAnswer {
  if (typeof text !== 'string') return { kind: 'crashed', message: 'No text was given.' };
  try {
    return { kind: 'read', file: readPlanFile(text) };
  } catch (err) {
    if (err instanceof PlanFileError) return { kind: 'refused', message: err.message, problem: err.problem, fields: err.fields };
    return { kind: 'crashed', message: String(err) };
  }
}

parentPort?.postMessage(answer(workerData));
