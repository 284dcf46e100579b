/**
 * The API's IPC handlers: exactly one `ipcMain.handle` per API method, each checking who is asking
 * before handing the input to the shared dispatch (which validates it with zod and never throws).
 * The only other listeners are the file channels (packs, packSaving.ts; plan files and the backups
 * folder, planFiles.ts), registered through fileHandlers.ts with the same sender check
 * (`refuseSender`) and the same refusal, and their own validation.
 */
import type { ApiResponse } from '../contract/contract';
import type { Dispatch } from '../service/dispatch';
import { API_METHODS, ipcChannel, type ApiMethod } from '../contract/methods';

/** What of a WebFrameMain the check reads; Electron's WebFrameMain satisfies it. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly frameToken: string;
}

/** What of a WebContents the check reads; Electron's WebContents satisfies it. */
export interface SenderContents {
  readonly mainFrame: SenderFrame;
}

/** What of an IpcMainInvokeEvent the check reads. */
export interface InvokeEvent {
  readonly sender: SenderContents;
  readonly senderFrame: SenderFrame | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, input: unknown) => ApiResponse<unknown> | Promise<ApiResponse<unknown>>): void;
}

export interface SenderPolicy {
  /** True only for the web contents of windows Kindred created (not devtools, not anything else). */
  isOurContents(contents: SenderContents): boolean;
  /** True for URLs on the renderer's origin (origin.ts). */
  isAppUrl(url: string): boolean;
}

/**
 * Why a sender is refused, or null when it may call the API: the frame must still exist, be the
 * main frame of one of our windows (not an iframe), and show a page from our origin.
 */
export function refuseSender(event: InvokeEvent, policy: SenderPolicy): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame has gone';
  if (!policy.isOurContents(event.sender)) return 'the sender is not a Kindred window';
  const main = event.sender.mainFrame;
  // Compared by process and token rather than object identity, which Electron does not promise.
  if (frame.parent !== null || frame.processId !== main.processId || frame.frameToken !== main.frameToken) {
    return 'the sender is not the main frame';
  }
  if (!policy.isAppUrl(frame.url)) return `the page ${frame.url} is not Kindred's`;
  return null;
}

/** The answer to a refused sender, from every handler in main (the file handlers' too). */
export const REFUSED: ApiResponse<never> = {
  ok: false,
  error: { code: 'invalid', message: 'Kindred only answers requests from its own window.' },
};

export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, policy: SenderPolicy, log: (message: string) => void): void {
  const register = (method: ApiMethod) => {
    ipcMain.handle(ipcChannel(method), (event, input) => {
      const reason = refuseSender(event, policy);
      if (reason !== null) {
        log(`Refused ${method}: ${reason}`);
        return REFUSED;
      }
      return dispatch(method, input);
    });
  };
  API_METHODS.forEach(register);
}
