/**
 * The shape of `window.kindred`, for the renderer to import without pulling in Electron.
 *
 * - One function per API method (main/service/methods.ts). Each sends its input over its own IPC
 *   channel and resolves to the service's `ApiResponse` envelope unchanged; the renderer's client
 *   (renderer/src/api/client.ts) unwraps it. Nothing generic (no invoke/send) is exposed.
 * - `onMenuCommand(listener)`: called with a `MenuCommand` when the user picks a menu item the page
 *   must act on (File > New plan → 'new-plan'). Returns a function that removes the listener.
 * - `platform`: the OS, for showing ⌘ or Ctrl in keyboard hints.
 */
import type { ApiResponse, ApiResults } from '../main/service/contract';
import type { ApiMethod } from '../main/service/methods';
import type { MenuCommand } from './menuCommands';

export type { MenuCommand } from './menuCommands';

export type KindredMethods = { [M in ApiMethod]: (input?: unknown) => Promise<ApiResponse<ApiResults[M]>> };

export interface KindredBridge extends KindredMethods {
  readonly platform: string;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The global name the preload exposes the bridge under. */
export const BRIDGE_KEY = 'kindred';
