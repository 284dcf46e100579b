/**
 * Wires the main process together: single-instance lock, the app:// scheme, the store, IPC,
 * session security, menu and window. Electron and the store come in as arguments, so the whole
 * start-up can be tested with fakes; index.ts passes the real ones.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import { MENU_CHANNEL } from '../../preload/menuCommands';
import type { Dispatch } from '../service/dispatch';
import { contextMenuTemplate, type ContextMenuParams } from './contextMenu';
import { registerIpc, type IpcMainLike, type SenderContents } from './ipc';
import { menuTemplate } from './menu';
import { isRendererUrl, rendererSource } from './origin';
import { registerPackSaving, type PackDialogs, type PackShell } from './packSaving';
import { registerAppScheme, serveApp } from './protocol';
import {
  createExternalLinkOpener,
  denyAllPermissions,
  guardAllWebContents,
  type GuardableContents,
  type PermissionSession,
} from './security';
import { saveBeforeClose } from './closeGuard';
import { createMainWindow, type MainWindow, type WindowConstructor } from './window';

/** What the main process needs from the store (main/service/openKindred.ts). */
export interface KindredStore {
  readonly dispatch: Dispatch;
  close(): void;
}

export interface StoreModule {
  openKindred(options: { dataDir: string; picturesDir?: string }): KindredStore;
  resolveDataDir(defaultDir: string, env?: NodeJS.ProcessEnv): string;
}

/** The window as start-up uses it; Electron's BrowserWindow satisfies it. */
export interface AppWindow extends MainWindow {
  readonly webContents: MainWindow['webContents'] &
    SenderContents & {
      readonly session: MainWindow['webContents']['session'] & { addWordToSpellCheckerDictionary(word: string): boolean };
      on(event: 'context-menu', listener: (event: unknown, params: ContextMenuParams) => void): unknown;
      replaceMisspelling(word: string): void;
    };
  on(event: 'closed', listener: () => void): unknown;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  isDestroyed(): boolean;
  destroy(): void;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

export interface PopupMenu {
  popup(): void;
}

export interface AppLike {
  readonly isPackaged: boolean;
  requestSingleInstanceLock(): boolean;
  quit(): void;
  whenReady(): Promise<void>;
  getPath(name: 'userData' | 'documents'): string;
  setPath(name: 'userData', path: string): void;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'activate', listener: () => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'will-quit', listener: () => void): unknown;
  on(event: 'before-quit', listener: () => void): unknown;
  on(event: 'web-contents-created', listener: (event: unknown, contents: GuardableContents) => void): unknown;
}

/** The Electron modules start-up uses, injected. */
export interface ElectronApis<W extends AppWindow, M extends PopupMenu> {
  app: AppLike;
  BrowserWindow: WindowConstructor<W>;
  ipcMain: IpcMainLike;
  session: { readonly defaultSession: PermissionSession };
  protocol: Parameters<typeof registerAppScheme>[0] & Parameters<typeof serveApp>[0];
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): M; setApplicationMenu(menu: M): void };
  shell: PackShell & { openExternal(url: string): Promise<void> };
  dialog: PackDialogs<W> & {
    showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
    showErrorBox(title: string, content: string): void;
  };
  nativeTheme: { readonly shouldUseDarkColors: boolean };
}

export interface StartOptions {
  store: StoreModule;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** out/preload/index.cjs */
  preloadPath: string;
  /** out/renderer, served as app://kindred/ */
  rendererRoot: string;
  /** process.resourcesPath: the packaged app keeps the Easy Read pictures there (extraResources). */
  resourcesPath?: string;
  log(message: string): void;
}

export function startKindred<W extends AppWindow, M extends PopupMenu>(
  electron: ElectronApis<W, M>,
  options: StartOptions,
): void {
  const { app } = electron;
  const { log, platform } = options;

  // With KINDRED_DATA_DIR set (tests, a second profile), Chromium's own files and the
  // single-instance lock move there too, so parallel test runs neither collide nor touch the
  // user's real profile. Must happen before the lock and before ready.
  const defaultDir = app.getPath('userData');
  const chosenDir = options.store.resolveDataDir(defaultDir, options.env);
  const dataDir = chosenDir === defaultDir ? defaultDir : resolve(chosenDir);
  if (dataDir !== defaultDir) {
    try {
      // Electron refuses a userData folder that does not exist yet.
      mkdirSync(dataDir, { recursive: true });
      app.setPath('userData', dataDir);
    } catch (err) {
      // The store is still opened there below; if that fails as well, the user is told.
      log(`Could not use ${dataDir} as the data folder: ${String(err)}`);
    }
  }

  // A second copy would open the same database; hand over to the first instead (it gets
  // 'second-instance'). Issue #7 adds opening a .kindred file passed on that command line.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  registerAppScheme(electron.protocol);
  const source = rendererSource(app.isPackaged, options.env);
  const isAppUrl = (url: string) => isRendererUrl(source, url);
  const openExternalLink = createExternalLinkOpener({
    showMessageBox: (box) => electron.dialog.showMessageBox(box),
    openExternal: (url) => electron.shell.openExternal(url),
  });
  guardAllWebContents(app, { isAppUrl, openExternalLink, log });

  /** Web contents of the windows created below: the only senders IPC answers. */
  const ourContents = new WeakSet<object>();
  let store: KindredStore | null = null;
  let mainWindow: W | null = null;
  let ready = false;
  let quitRequested = false;

  const openWindow = (): W => {
    const win = createMainWindow(electron.BrowserWindow, {
      preloadPath: options.preloadPath,
      entryUrl: source.entryUrl,
      darkMode: electron.nativeTheme.shouldUseDarkColors,
      platform,
      log,
    });
    ourContents.add(win.webContents);
    win.webContents.on('context-menu', (_event, params) => {
      const template = contextMenuTemplate(params, {
        replaceMisspelling: (word) => win.webContents.replaceMisspelling(word),
        addToDictionary: (word) => win.webContents.session.addWordToSpellCheckerDictionary(word),
      });
      if (template.length > 0) electron.Menu.buildFromTemplate(template).popup();
    });
    saveBeforeClose(win);
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
      // Cmd+Q on macOS: the held close cancelled the quit, so carry it on now the window is gone.
      if (quitRequested) app.quit();
    });
    return win;
  };

  const showMainWindow = () => {
    if (!ready) return;
    if (!mainWindow) {
      mainWindow = openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  const onReady = () => {
    try {
      // Packaged, the pictures sit beside the app; otherwise the store finds resources/pictograms itself.
      const picturesDir = app.isPackaged && options.resourcesPath ? join(options.resourcesPath, 'pictograms') : undefined;
      store = options.store.openKindred(picturesDir ? { dataDir, picturesDir } : { dataDir });
    } catch (err) {
      log(`Could not open the store in ${dataDir}: ${String(err)}`);
      electron.dialog.showErrorBox(
        'Kindred could not open your plans',
        `Kindred keeps your plans in ${dataDir} and could not open them, so it will close now. ` +
          `Nothing has been changed.\n\n${err instanceof Error ? err.message : String(err)}`,
      );
      app.quit();
      return;
    }

    denyAllPermissions(electron.session.defaultSession);
    serveApp(electron.protocol, options.rendererRoot);
    const policy = { isOurContents: (c: SenderContents) => ourContents.has(c), isAppUrl };
    registerIpc(electron.ipcMain, store.dispatch, policy, log);
    registerPackSaving<W>({
      ipcMain: electron.ipcMain,
      policy,
      dialog: electron.dialog,
      shell: electron.shell,
      windowFor: (contents) => (mainWindow && mainWindow.webContents === contents ? mainWindow : null),
      documentsDir: () => app.getPath('documents'),
      log,
    });
    const menu = menuTemplate({
      platform,
      isPackaged: app.isPackaged,
      sendCommand: (command) => mainWindow?.webContents.send(MENU_CHANNEL, command),
    });
    electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(menu));

    ready = true;
    showMainWindow();
  };

  app.on('second-instance', showMainWindow);
  // macOS: clicking the Dock icon with no window open brings one back.
  app.on('activate', showMainWindow);
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('will-quit', () => {
    store?.close();
    store = null;
  });

  app
    .whenReady()
    .then(onReady)
    .catch((err: unknown) => {
      log(`Kindred could not start: ${String(err)}`);
      app.quit();
    });
}
