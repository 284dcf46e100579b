/**
 * Tells the screens that keep data between visits (the plans list) when what is stored may have
 * changed. Every method that can write counts as a change; only the methods listed here only read.
 * A new method is a write until it is added here, so a kept copy can only be refetched too often,
 * never shown out of date.
 */
import type { ApiMethod } from '../../../main/contract/methods';

const READS_ONLY: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'listPlans',
  'getPlan',
  'getSettings',
  'previewPack',
  'packFile',
  'packHtml',
  'listLibrary',
  'listTemplates',
  'exportPlanFile',
  'listBackups',
  'listProjects',
  'getProject',
  'getPlanProject',
  'impactReportFile',
  'getNotesOnTheDay',
  'getRunNotes',
]);

let version = 0;
const listeners = new Set<() => void>();

/** Counts up on every call that may have changed what is stored. */
export function dataVersion(): number {
  return version;
}

/** Called by the client after each call, answered or refused: a refused write changes nothing, but a lost answer may hide one that did. */
export function noteCall(method: ApiMethod): void {
  if (READS_ONLY.has(method)) return;
  version++;
  for (const listener of listeners) listener();
}

export function onDataChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
