/**
 * What Kindred can tell about a file before reading it: whether its name says it is a plan file,
 * and whether it is small enough. The service checks everything again (and the content), with the
 * same limit and words; checking here spares a wait, and a 200 MB video dropped by mistake is
 * never read at all.
 */
import { PLAN_FILE_EXTENSION } from '../../../main/domain/planFile';
import { PLAN_FILE_MAX_BYTES, PLAN_FILE_TOO_BIG } from '../../../main/domain/planFileBytes';

export { PLAN_FILE_EXTENSION, PLAN_FILE_MAX_BYTES };

export function isPlanFileName(name: string): boolean {
  return name.trim().toLowerCase().endsWith(PLAN_FILE_EXTENSION);
}

/** A kind reason not to read this file, or null when it may be read. */
export function problemBeforeReading(file: { size: number }): string | null {
  return file.size > PLAN_FILE_MAX_BYTES ? PLAN_FILE_TOO_BIG : null;
}

/** Splits what was dropped or chosen into plan files and everything else, keeping their order. */
export function sortOutFiles<F extends { name: string }>(files: readonly F[]): { planFiles: F[]; others: F[] } {
  const planFiles: F[] = [];
  const others: F[] = [];
  for (const f of files) (isPlanFileName(f.name) ? planFiles : others).push(f);
  return { planFiles, others };
}
