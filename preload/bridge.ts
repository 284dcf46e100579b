/**
 * Builds the object the preload exposes as `window.kindred`: one function per API method, each
 * bound to its own channel, one listener for a fixed list of menu commands, and `files`, one
 * function per file dialog action, each on its own channel too. Kept apart from index.ts so it can
 * be tested with a fake ipcRenderer.
 */
import { API_METHODS, ipcChannel } from '../main/service/methods';
import type { DesktopFiles, KindredBridge, KindredMethods } from './bridgeTypes';
import { FILE_CHANNELS } from './fileChannels';
import { MENU_CHANNEL, isMenuCommand, type MenuCommand } from './menuCommands';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** What of ipcRenderer the bridge uses; Electron's IpcRenderer satisfies it. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: Listener): unknown;
  removeListener(channel: string, listener: Listener): unknown;
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

  // Main checks every input again and decides every path itself; the page only ever passes back a
  // folder id or a path main gave it.
  const files: DesktopFiles = {
    savePack: (file) => ipc.invoke(FILE_CHANNELS.savePack, file) as ReturnType<DesktopFiles['savePack']>,
    choosePackFolder: () => ipc.invoke(FILE_CHANNELS.choosePackFolder) as ReturnType<DesktopFiles['choosePackFolder']>,
    writePacksToFolder: (input) => ipc.invoke(FILE_CHANNELS.writePacksToFolder, input) as ReturnType<DesktopFiles['writePacksToFolder']>,
    openSavedFile: (path) => ipc.invoke(FILE_CHANNELS.openSavedFile, path) as ReturnType<DesktopFiles['openSavedFile']>,
    showSavedFile: (path) => ipc.invoke(FILE_CHANNELS.showSavedFile, path) as ReturnType<DesktopFiles['showSavedFile']>,
  };

  return { ...methods, platform, onMenuCommand, files };
}
