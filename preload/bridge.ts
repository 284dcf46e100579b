/**
 * Builds the object the preload exposes as `window.kindred`: one function per API method, each
 * bound to its own channel, one listener for a fixed list of menu commands, and `files`, one
 * function per file dialog action, each on its own channel too, and one listener for plan files the
 * system opens with Kindred. Kept apart from index.ts so it can be tested with a fake ipcRenderer.
 */
import { API_METHODS, ipcChannel } from '../main/contract/methods';
import type { DesktopFiles, KindredBridge, KindredMethods, OpenedPlanFile } from '../main/contract/bridgeTypes';
import {
  FILE_CHANNELS,
  PLAN_FILE_CHANNELS,
  PLAN_FILE_MAX_BASE64,
  PLAN_FILE_OPENED_CHANNEL,
  ROOM_SCREEN_CHANNELS,
} from '../main/contract/fileChannels';
import { MENU_CHANNEL, isMenuCommand, type MenuCommand } from '../main/contract/menuCommands';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** What of ipcRenderer the bridge uses; Electron's IpcRenderer satisfies it. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: Listener): unknown;
  removeListener(channel: string, listener: Listener): unknown;
}

/** Plan files held for the page until it listens; more than this and the oldest go. */
export const HELD_PLAN_FILES = 5;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Only `{ name, base64 }` of the right shape and size reaches the page; anything else is dropped. */
function asOpenedPlanFile(value: unknown): OpenedPlanFile | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, base64 } = value as Record<string, unknown>;
  if (typeof name !== 'string' || name.length === 0 || name.length > 1000) return null;
  if (typeof base64 !== 'string' || base64.length > PLAN_FILE_MAX_BASE64 || !BASE64.test(base64)) return null;
  return { name, base64 };
}

export function createBridge(ipc: BridgeIpc, platform: string): KindredBridge {
  // Each method passes its one input argument and hands back the envelope untouched.
  const methods = Object.fromEntries(
    API_METHODS.map((method) => [method, (input?: unknown) => ipc.invoke(ipcChannel(method), input)]),
  ) as KindredMethods;

  const onMenuCommand = (listener: (command: MenuCommand) => void) => {
    // The IPC event (with its sender) never reaches the page; only a command from the list does.
    const relay: Listener = (_event, command) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipc.on(MENU_CHANNEL, relay);
    return () => {
      ipc.removeListener(MENU_CHANNEL, relay);
    };
  };

  // A file double-clicked to start Kindred can arrive before the page has mounted its listener, so
  // the preload listens from the start and holds files until someone does.
  const planFileListeners = new Set<(file: OpenedPlanFile) => void>();
  const heldPlanFiles: OpenedPlanFile[] = [];
  ipc.on(PLAN_FILE_OPENED_CHANNEL, (_event, value) => {
    const file = asOpenedPlanFile(value);
    if (!file) return;
    if (planFileListeners.size === 0) {
      heldPlanFiles.push(file);
      if (heldPlanFiles.length > HELD_PLAN_FILES) heldPlanFiles.shift();
      return;
    }
    for (const listener of planFileListeners) listener(file);
  });
  const onPlanFileOpened = (listener: (file: OpenedPlanFile) => void) => {
    planFileListeners.add(listener);
    for (const file of heldPlanFiles.splice(0)) listener(file);
    return () => {
      planFileListeners.delete(listener);
    };
  };

  // Main checks every input again and decides every path itself; the page only ever passes back a
  // folder id or a path main gave it.
  const files: DesktopFiles = {
    savePack: (file) => ipc.invoke(FILE_CHANNELS.savePack, file) as ReturnType<DesktopFiles['savePack']>,
    savePackPdf: (request) => ipc.invoke(FILE_CHANNELS.savePackPdf, request) as ReturnType<DesktopFiles['savePackPdf']>,
    saveDataFile: (file) => ipc.invoke(FILE_CHANNELS.saveDataFile, file) as ReturnType<DesktopFiles['saveDataFile']>,
    choosePackFolder: () => ipc.invoke(FILE_CHANNELS.choosePackFolder) as ReturnType<DesktopFiles['choosePackFolder']>,
    writePacksToFolder: (input) => ipc.invoke(FILE_CHANNELS.writePacksToFolder, input) as ReturnType<DesktopFiles['writePacksToFolder']>,
    openSavedFile: (path) => ipc.invoke(FILE_CHANNELS.openSavedFile, path) as ReturnType<DesktopFiles['openSavedFile']>,
    showSavedFile: (path) => ipc.invoke(FILE_CHANNELS.showSavedFile, path) as ReturnType<DesktopFiles['showSavedFile']>,
    savePlanFile: (file) => ipc.invoke(PLAN_FILE_CHANNELS.savePlanFile, file) as ReturnType<DesktopFiles['savePlanFile']>,
    choosePlanFile: () => ipc.invoke(PLAN_FILE_CHANNELS.choosePlanFile) as ReturnType<DesktopFiles['choosePlanFile']>,
    onPlanFileOpened,
    showBackupsFolder: () => ipc.invoke(PLAN_FILE_CHANNELS.showBackupsFolder) as ReturnType<DesktopFiles['showBackupsFolder']>,
  };

  // Main decides where the room screen goes; the page only says which plan.
  const openRoomScreen = (planId: string) => ipc.invoke(ROOM_SCREEN_CHANNELS.openRoomScreen, planId) as ReturnType<KindredBridge['openRoomScreen']>;

  return { ...methods, platform, onMenuCommand, files, openRoomScreen };
}
