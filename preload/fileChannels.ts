/**
 * The IPC channels of `window.kindred.files` (bridgeTypes.ts `DesktopFiles`): one named channel per
 * function, shared by the preload and main/app/packSaving.ts. Dependency-free, because the sandboxed
 * preload may bundle nothing heavier.
 */
export const FILE_CHANNELS = {
  savePack: 'kindred-files:savePack',
  choosePackFolder: 'kindred-files:choosePackFolder',
  writePacksToFolder: 'kindred-files:writePacksToFolder',
  openSavedFile: 'kindred-files:openSavedFile',
  showSavedFile: 'kindred-files:showSavedFile',
} as const;

export type FileFunction = keyof typeof FILE_CHANNELS;
