/**
 * Nothing typed is lost by closing the window. Autosave waits for a pause in typing, so an edit
 * can still be on its way when the facilitator closes Kindred. The first close is held: the page is
 * asked to send what it still has and closes the window itself once the store has acknowledged
 * everything. A time limit keeps a stuck page from keeping the window open.
 */
import { MENU_CHANNEL } from '../contract/menuCommands';

export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  isDestroyed(): boolean;
  destroy(): void;
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
}

export interface CloseGuardOptions {
  timeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

export const SAVE_BEFORE_CLOSE_TIMEOUT_MS = 3_000;

export function saveBeforeClose(win: GuardedWindow, options: CloseGuardOptions = {}): void {
  const { timeoutMs = SAVE_BEFORE_CLOSE_TIMEOUT_MS, setTimer = setTimeout } = options;
  let asked = false;
  win.on('close', (event) => {
    // The page's own window.close(), or a second close by the user while waiting: let it go.
    if (asked) return;
    asked = true;
    event.preventDefault();
    win.webContents.send(MENU_CHANNEL, 'save-before-close');
    setTimer(() => {
      if (!win.isDestroyed()) win.destroy();
    }, timeoutMs);
  });
}
