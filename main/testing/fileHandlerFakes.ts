import { vi } from 'vitest';
import type { ApiResponse } from '../contract/contract';
import { tempDir } from './tempStore';
import type { InvokeEvent, SenderContents, SenderPolicy } from '../app/ipc';
import { isRendererUrl, rendererSource } from '../app/origin';
import { fakeFrame, fakeIpcMain } from './electronFakes';

/**
 * What the file handler tests (fileHandlers, packSaving, planFiles) stand on: a fake ipcMain, one
 * Kindred window showing the app, the policy and `windowFor` that know it, system dialogs that are
 * cancelled unless a test says otherwise, a Documents folder, and a way to call a channel.
 */

export interface FakeWindow {
  readonly webContents: SenderContents;
}

export const REFUSED = { ok: false, error: { code: 'invalid', message: 'Kindred only answers requests from its own window.' } };

export function fakeFileHost() {
  const ipcMain = fakeIpcMain();
  const source = rendererSource(true, {});
  const ours = new Map<SenderContents, FakeWindow>();
  const policy: SenderPolicy = { isOurContents: (c) => ours.has(c), isAppUrl: (url) => isRendererUrl(source, url) };
  const windowFor = (contents: SenderContents) => ours.get(contents) ?? null;
  const documents = tempDir();
  const log = vi.fn((_message: string) => {});
  const dialog = {
    showSaveDialog: vi.fn((_window: FakeWindow, _options: { defaultPath?: string }) =>
      Promise.resolve<{ canceled: boolean; filePath?: string }>({ canceled: true, filePath: '' }),
    ),
    showOpenDialog: vi.fn((_window: FakeWindow, _options: { defaultPath?: string }) =>
      Promise.resolve<{ canceled: boolean; filePaths: string[] }>({ canceled: true, filePaths: [] }),
    ),
  };

  const contents = { mainFrame: fakeFrame('app://kindred/index.html') };
  const win: FakeWindow = { webContents: contents };
  ours.set(contents, win);
  const fromUs: InvokeEvent = { sender: contents, senderFrame: contents.mainFrame };

  const call = async (channel: string, input?: unknown, event: InvokeEvent = fromUs): Promise<ApiResponse<unknown>> => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler on ${channel}`);
    return handler(event, input);
  };
  /** The save dialog answers with `path` next time. */
  const saveAs = (path: string) => dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
  /** The open dialog answers with `path` next time. */
  const choose = (path: string) => dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
  /** A sender that is not Kindred's window: another window's contents showing the app. */
  const stranger = (): InvokeEvent => {
    const other = { mainFrame: fakeFrame('app://kindred/index.html') };
    return { sender: other, senderFrame: other.mainFrame };
  };

  return { ipcMain, policy, windowFor, ours, documents, log, dialog, contents, win, fromUs, call, saveAs, choose, stranger };
}
