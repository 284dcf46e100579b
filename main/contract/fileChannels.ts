/**
 * The IPC channels of `window.kindred.files` (bridgeTypes.ts `DesktopFiles`): one named channel per
 * function, shared by the preload and main (packs: main/app/packSaving.ts; plan files and the
 * backups folder: main/app/planFiles.ts). Dependency-free, because the sandboxed preload may bundle
 * nothing heavier.
 */
export const FILE_CHANNELS = {
  savePack: 'kindred-files:savePack',
  savePackPdf: 'kindred-files:savePackPdf',
  choosePackFolder: 'kindred-files:choosePackFolder',
  writePacksToFolder: 'kindred-files:writePacksToFolder',
  openSavedFile: 'kindred-files:openSavedFile',
  showSavedFile: 'kindred-files:showSavedFile',
  saveDataFile: 'kindred-files:saveDataFile',
} as const;

export type FileFunction = keyof typeof FILE_CHANNELS;

/** Plan files and the backups folder (main/app/planFiles.ts). */
export const PLAN_FILE_CHANNELS = {
  savePlanFile: 'kindred-files:savePlanFile',
  choosePlanFile: 'kindred-files:choosePlanFile',
  showBackupsFolder: 'kindred-files:showBackupsFolder',
} as const;

export type PlanFileFunction = keyof typeof PLAN_FILE_CHANNELS;

/**
 * Main sends `{ name, base64 }` here when the system hands Kindred a plan file (double-click,
 * the Dock, a second start with a file): main/app/openFiles.ts.
 */
export const PLAN_FILE_OPENED_CHANNEL = 'kindred-files:planFileOpened';

/** The most base64 a 20 MB plan file takes: the same limit as importPlanFile's (contract.ts). */
export const PLAN_FILE_MAX_BASE64 = Math.ceil((20 * 1024 * 1024) / 3) * 4;

/**
 * The room screen's window (`openRoomScreen`, bridgeTypes.ts; main/app/roomWindow.ts): the page
 * says which plan, main decides where the window goes. Kept here, with the preload's other
 * dependency-free channels.
 */
export const ROOM_SCREEN_CHANNELS = { openRoomScreen: 'kindred-room:open' } as const;
