/**
 * The main window: locked-down web preferences, shown only once painted (no white flash), sized so
 * the agenda fits at 200% zoom on a small laptop.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The page background (--bg in renderer/src/styles/tokens.css, light and system-dark), painted
 * before the page loads so the window never flashes another colour. Keep the two in step.
 */
export const WINDOW_BACKGROUND = { light: '#f8f6f2', dark: '#131518' } as const;

/** What of a BrowserWindow Kindred uses; Electron's BrowserWindow satisfies it. */
export interface MainWindow {
  readonly webContents: {
    send(channel: string, ...args: unknown[]): void;
  };
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
}

export type WindowConstructor<W extends MainWindow> = new (options: BrowserWindowConstructorOptions) => W;

export interface CreateWindowOptions {
  preloadPath: string;
  entryUrl: string;
  darkMode: boolean;
  log(message: string): void;
  /**
   * Another window with the very same locked-down settings, placed by main: the room screen
   * (roomWindow.ts), on a display of its own. Left out, it is the main window.
   */
  place?: { title: string; bounds: { x: number; y: number; width: number; height: number }; fullscreen: boolean };
}

export function createMainWindow<W extends MainWindow>(BrowserWindow: WindowConstructor<W>, options: CreateWindowOptions): W {
  // Every option, and above all every webPreference, is written out here in the one literal so a
  // security scanner or a reviewer reads the whole of it in the BrowserWindow call itself: the
  // renderer gets no Node, no Electron, no way round the same-origin policy and no middle-click
  // (Auxclick) opening of links in new windows. Do not move these into a helper or a spread.
  const win = new BrowserWindow({
    title: options.place?.title ?? 'Kindred',
    width: options.place?.bounds.width ?? 1200,
    height: options.place?.bounds.height ?? 820,
    x: options.place?.bounds.x,
    y: options.place?.bounds.y,
    fullscreen: options.place?.fullscreen ?? false,
    minWidth: 720,
    minHeight: 560,
    show: false,
    backgroundColor: options.darkMode ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: {
      preload: options.preloadPath,
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
    },
  });
  win.once('ready-to-show', () => win.show());
  win.loadURL(options.entryUrl).catch((err: unknown) => options.log(`Could not load ${options.entryUrl}: ${String(err)}`));
  return win;
}
