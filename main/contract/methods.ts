/**
 * The names of the API methods, with no dependencies, so the sandboxed preload can expose one named
 * function per method without bundling the validation code. `contract.ts` checks it lists them all.
 */
export const API_METHODS = [
  'listPlans',
  'getPlan',
  'createPlan',
  'updatePlan',
  'duplicatePlan',
  'deletePlan',
  'restorePlan',
  'addSamplePlan',
  'addBlock',
  'updateBlock',
  'deleteBlock',
  'duplicateBlock',
  'moveBlock',
  'setAgenda',
  'getSettings',
  'updateSettings',
  'addPerson',
  'updatePerson',
  'deletePerson',
  'forgetPerson',
  'clearPersonalData',
  'previewPack',
  'packFile',
  'packHtml',
  'setAsideFinding',
  'restoreFinding',
  'updateDebrief',
  'setChanges',
  'listLibrary',
  'saveToLibrary',
  'deleteLibraryItem',
  'listTemplates',
  'createPlanFromTemplate',
  'savePlanAsTemplate',
  'deleteTemplate',
  'exportPlanFile',
  'importPlanFile',
  'listBackups',
  'backupNow',
  'restoreBackup',
  'getRunDay',
  'runDay',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

/** IPC channel for a method: one channel per method, never a generic one. */
export const ipcChannel = (method: ApiMethod) => `kindred:${method}` as const;
