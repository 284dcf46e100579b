/**
 * Builds the object the preload exposes as `window.kindred`: one function per API method, each
 * bound to its own channel, and one listener for a fixed list of menu commands. Kept apart from
 * index.ts so it can be tested with a fake ipcRenderer.
 */
import { API_METHODS, ipcChannel } from '../main/service/methods';
import type { KindredBridge, KindredMethods } from './bridgeTypes';
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

  return { ...methods, platform, onMenuCommand };
}
