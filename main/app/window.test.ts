import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { FakeEmitter } from '../testing/electronFakes';
import { createMainWindow, WINDOW_BACKGROUND } from './window';

class FakeWindow extends FakeEmitter {
  static created: FakeWindow[] = [];
  readonly shown = vi.fn();
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly webContents = { send: vi.fn() };
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
  show(): void {
    this.shown();
  }
}

/** The webPreferences every window must get, exactly: the locked-down set. */
const LOCKED_DOWN = {
  preload: '/app/out/preload/index.cjs',
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
  disableBlinkFeatures: 'Auxclick',
};

const windowSource = readFileSync(path.resolve(import.meta.dirname, 'window.ts'), 'utf8');

describe('the BrowserWindow call', () => {
  const base = { preloadPath: '/app/out/preload/index.cjs', entryUrl: 'app://kindred/index.html', darkMode: false, log: () => {} };

  it('gets exactly the locked-down webPreferences: isolated, sandboxed, no Node, web security on, no webviews, no Auxclick', () => {
    const win = createMainWindow(FakeWindow, base);
    expect(win.options.webPreferences).toStrictEqual(LOCKED_DOWN);
  });

  it('writes every setting as one literal inside new BrowserWindow({...}), not spread from a helper', () => {
    // What scanners and reviewers read: the text of the call itself.
    const call = /new BrowserWindow\(\{([\s\S]*?)\n {2}\}\);/.exec(windowSource)?.[1] ?? '';
    const prefs = /webPreferences: \{([\s\S]*?)\n {4}\},/.exec(call)?.[1] ?? '';
    expect(call).not.toContain('...');
    expect(prefs).not.toContain('...');
    for (const line of [
      'contextIsolation: true,',
      'sandbox: true,',
      'nodeIntegration: false,',
      'webSecurity: true,',
      "disableBlinkFeatures: 'Auxclick',",
    ]) {
      expect(prefs).toContain(line);
    }
  });

  it('opens at 1200×820, no smaller than 720×560, titled Kindred, hidden until painted', () => {
    const win = createMainWindow(FakeWindow, base);
    expect(win.options).toMatchObject({
      title: 'Kindred',
      width: 1200,
      height: 820,
      minWidth: 720,
      minHeight: 560,
      show: false,
      backgroundColor: WINDOW_BACKGROUND.light,
    });
  });

  it('starts dark when the system is dark', () => {
    expect(createMainWindow(FakeWindow, { ...base, darkMode: true }).options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  const tokens = path.resolve(import.meta.dirname, '../../renderer/src/styles/tokens.css');
  it("matches the renderer's page background, light and dark", () => {
    const pair = /--bg:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(readFileSync(tokens, 'utf8'));
    expect([pair?.[1]?.toLowerCase(), pair?.[2]?.toLowerCase()]).toEqual([WINDOW_BACKGROUND.light, WINDOW_BACKGROUND.dark]);
  });
});

describe('createMainWindow', () => {
  const base = { preloadPath: '/app/out/preload/index.cjs', entryUrl: 'app://kindred/index.html', darkMode: false, log: () => {} };

  it('creates one window with the secure preferences and loads the entry URL', () => {
    FakeWindow.created = [];
    const win = createMainWindow(FakeWindow, base);
    expect(FakeWindow.created).toEqual([win]);
    expect(win.options.webPreferences).toStrictEqual(LOCKED_DOWN);
    expect(win.loadURL).toHaveBeenCalledExactlyOnceWith('app://kindred/index.html');
  });

  it('shows the window only once it is ready to show', () => {
    const win = createMainWindow(FakeWindow, base);
    expect(win.shown).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.shown).toHaveBeenCalledOnce();
  });

  it('logs a page that fails to load instead of crashing the main process', async () => {
    const log = vi.fn();
    class FailingWindow extends FakeWindow {
      override readonly loadURL = vi.fn(() => Promise.reject(new Error('ERR_FILE_NOT_FOUND')));
    }
    createMainWindow(FailingWindow, { ...base, log });
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('ERR_FILE_NOT_FOUND')));
  });
});
