/**
 * The IPC channel of `window.kindred.openRoomScreen` (bridgeTypes.ts), shared by the preload and
 * main (main/app/roomWindow.ts). Dependency-free, because the sandboxed preload may bundle nothing
 * heavier.
 */
export const ROOM_SCREEN_CHANNELS = { openRoomScreen: 'kindred-room:open' } as const;
