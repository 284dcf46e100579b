/**
 * The room screen's window (`openRoomScreen`, bridgeTypes.ts): the page at #/plan/<id>/room, for a
 * projector or TV. It goes full screen on a display other than the main window's when there is
 * one (a projector plugged in), or opens as an ordinary window beside the main one when there is
 * not. It is made by createMainWindow, so it has exactly the main window's locked-down settings
 * and preload, and it reads only getRoomScreen (nothing personal) through the same validated IPC.
 * One room window per plan: asking again brings it forward.
 */
import { z } from 'zod';
import { ROOM_SCREEN_CHANNELS } from '../contract/fileChannels';
import { ok, registerFileHandlers } from './fileHandlers';
import type { IpcMainLike, SenderContents, SenderPolicy } from './ipc';
import { createMainWindow, type CreateWindowOptions, type MainWindow, type WindowConstructor } from './window';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What of Electron's Display the room window uses. */
export interface DisplayLike {
  id: number;
  bounds: Bounds;
}

/** What of Electron's screen module it uses. */
export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getDisplayMatching(rect: Bounds): DisplayLike;
}

/**
 * Where the room screen goes: full screen on the first display that is not the one the facilitator
 * is working on; with only one display, a window beside theirs (they move it, or share the screen).
 */
export function roomPlacement(displays: readonly DisplayLike[], facilitatorDisplay: DisplayLike): { bounds: Bounds; fullscreen: boolean } {
  const other = displays.find((d) => d.id !== facilitatorDisplay.id);
  if (other) return { bounds: { ...other.bounds }, fullscreen: true };
  const { x, y, width, height } = facilitatorDisplay.bounds;
  return {
    bounds: { x: x + Math.round(width * 0.1), y: y + Math.round(height * 0.1), width: Math.round(width * 0.8), height: Math.round(height * 0.8) },
    fullscreen: false,
  };
}

/** The room screen's address: the page's own entry with the room route, so the same origin and CSP apply. */
export function roomUrl(entryUrl: string, planId: string): string {
  return `${entryUrl.split('#')[0]}#/plan/${planId}/room`;
}

export interface RoomWindow extends MainWindow {
  focus(): void;
  /** The room screen holds nothing to save, so it simply goes. */
  destroy(): void;
  isDestroyed(): boolean;
  on(event: 'closed', listener: () => void): unknown;
}

export interface RoomWindowsOptions<W extends RoomWindow> {
  BrowserWindow: WindowConstructor<W>;
  screen: ScreenLike;
  window: Omit<CreateWindowOptions, 'place'>;
  /** Each new window's web contents is made one IPC answers (startKindred's ourContents). */
  trust(contents: object): void;
}

/** The facilitator's window, which the room screen is placed beside and closes with. */
export interface FacilitatorWindow {
  getBounds(): Bounds;
  on(event: 'closed', listener: () => void): unknown;
}

/** Opens (or brings forward) the room screen for a plan, next to `from`, the facilitator's window. */
export function createRoomWindows<W extends RoomWindow>(options: RoomWindowsOptions<W>) {
  const open = new Map<string, W>();
  return {
    open(planId: string, from: FacilitatorWindow): W {
      const existing = open.get(planId);
      if (existing && !existing.isDestroyed()) {
        existing.focus();
        return existing;
      }
      const placement = roomPlacement(options.screen.getAllDisplays(), options.screen.getDisplayMatching(from.getBounds()));
      const win = createMainWindow(options.BrowserWindow, {
        ...options.window,
        entryUrl: roomUrl(options.window.entryUrl, planId),
        place: { title: 'Kindred room screen', ...placement },
      });
      options.trust(win.webContents);
      open.set(planId, win);
      win.on('closed', () => {
        if (open.get(planId) === win) open.delete(planId);
      });
      // The room screen goes with the facilitator's window, so closing Kindred's window never leaves
      // a lone projector window keeping the app open.
      from.on('closed', () => {
        if (!win.isDestroyed()) win.destroy();
      });
      return win;
    },
  };
}

const planId = z.uuid({ error: 'Kindred could not find that plan.' });

/** The IPC handler: the main window's page asks, main decides where the window goes. */
export function registerRoomScreen<W extends FacilitatorWindow>(options: {
  ipcMain: IpcMainLike;
  policy: SenderPolicy;
  windowFor(contents: SenderContents): W | null;
  open(planId: string, from: W): unknown;
  log(message: string): void;
}): void {
  registerFileHandlers({
    ipcMain: options.ipcMain,
    policy: options.policy,
    windowFor: options.windowFor,
    log: options.log,
    channels: ROOM_SCREEN_CHANNELS,
    schemas: { openRoomScreen: planId },
    handlers: {
      openRoomScreen: (from, id) => {
        options.open(id, from);
        return Promise.resolve(ok(null));
      },
    },
    // Opening a window has no message of its own for the facilitator: any failure is logged.
    isPlainError: (_err): _err is Error => false,
  });
}
