/**
 * Wires the main process together: single-instance lock, the app:// scheme, the store, IPC,
 * session security, menu and window. Electron and the store come in as arguments, so the whole
 * start-up can be tested with fakes; index.ts passes the real ones.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import { MENU_CHANNEL } from '../contract/menuCommands';
import type { Dispatch } from '../service/dispatch';
import { contextMenuTemplate, type ContextMenuParams } from './contextMenu';
import { createSavedFiles } from './fileHandlers';
import { registerIpc, type IpcMainLike, type SenderContents } from './ipc';
import { menuTemplate } from './menu';
import { createPlanFileOpener, planFilePathsIn } from './openFiles';
import { isRendererUrl, rendererSource } from './origin';
import { registerPackSaving, type PackDialogs, type PackShell } from './packSaving';
import { PrintError } from './pdfPrinter';
import type { ApiResponse } from '../contract/contract';
import { registerPlanFiles, type PlanFileDialogs } from './planFiles';
import { registerAppScheme, serveApp } from './protocol';
import {
  blockNetwork,
  createExternalLinkOpener,
  denyAllPermissions,
  guardAllWebContents,
  type GuardableContents,
  type NetworkSession,
  type PermissionSession,
} from './security';
import { saveBeforeClose } from './closeGuard';
import { setAboutPanel, type AboutApp } from './about';
import { keepSpellcheckOffline, type SpellcheckSession } from './spellcheck';
import { createMainWindow, type MainWindow, type WindowConstructor } from './window';
import { createRoomWindows, registerRoomScreen, type Bounds, type ScreenLike } from './roomWindow';
import { DatabaseDamagedError } from '../service/openKindred';
import { recoverDamagedStore } from './recovery';

/** What the main process needs from the store (main/service/openKindred.ts). */
export interface KindredStore {
  readonly dispatch: Dispatch;
  close(): void;
}

export interface StoreModule {
  openKindred(options: { dataDir: string; picturesDir?: string; fontsDir?: string }): KindredStore;
  /** After DatabaseDamagedError: puts the backup in place of the damaged file (kept aside), then opens. */
  recoverFromBackup(options: { dataDir: string; picturesDir?: string; fontsDir?: string; backupId: string }): KindredStore;
  /** After DatabaseDamagedError, when chosen: sets the damaged file aside (kept), then opens a new, empty store. */
  startAfresh(options: { dataDir: string; picturesDir?: string; fontsDir?: string }): KindredStore;
  resolveDataDir(defaultDir: string, env?: NodeJS.ProcessEnv): string;
}

/** The window as start-up uses it; Electron's BrowserWindow satisfies it. */
export interface AppWindow extends MainWindow {
  readonly webContents: MainWindow['webContents'] &
    SenderContents & {
      readonly session: { addWordToSpellCheckerDictionary(word: string): boolean };
      on(event: 'context-menu', listener: (event: unknown, params: ContextMenuParams) => void): unknown;
      on(event: 'did-finish-load' | 'did-start-loading', listener: () => void): unknown;
      replaceMisspelling(word: string): void;
    };
  on(event: 'closed', listener: () => void): unknown;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  isDestroyed(): boolean;
  destroy(): void;
  getBounds(): Bounds;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

export interface PopupMenu {
  popup(): void;
}

export interface AppLike extends AboutApp {
  readonly isPackaged: boolean;
  requestSingleInstanceLock(): boolean;
  quit(): void;
  whenReady(): Promise<void>;
  getPath(name: 'userData' | 'documents'): string;
  setPath(name: 'userData', path: string): void;
  on(event: 'second-instance', listener: (event: unknown, argv?: string[], workingDirectory?: string) => void): unknown;
  /** macOS: a file opened with Kindred (double-click, the Dock); may come before ready. */
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
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
  /** Electron's screen, for the room screen's display; read only after ready. */
  screen?: ScreenLike;
  session: { readonly defaultSession: PermissionSession & NetworkSession & SpellcheckSession };
  protocol: Parameters<typeof registerAppScheme>[0] & Parameters<typeof serveApp>[0];
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): M; setApplicationMenu(menu: M): void };
  shell: PackShell & { openExternal(url: string): Promise<void> };
  dialog: PackDialogs<W> &
    PlanFileDialogs<W> & {
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
  /** Prints a pack's page to PDF (pdfPrinter.ts, with the real BrowserWindow and session). */
  printPdf?: (html: string) => Promise<Uint8Array>;
  /** This start's command line (process.argv): a .kindred file named there is opened (Windows double-click). */
  argv?: readonly string[];
  log(message: string): void;
}

export function startKindred<W extends AppWindow, M extends PopupMenu>(electron: ElectronApis<W, M>, options: StartOptions): void {
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
  // 'second-instance', with this start's command line and any .kindred file on it).
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Plan files the system opens with Kindred wait here until the page can take them (openFiles.ts).
  const planFileOpener = createPlanFileOpener({
    tell: (message) => void electron.dialog.showMessageBox({ type: 'info', title: 'Kindred', message, buttons: ['OK'] }),
    log,
  });
  void planFileOpener.add(planFilePathsIn(options.argv ?? []));

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
      log,
    });
    ourContents.add(win.webContents);
    const contents = win.webContents;
    contents.on('did-finish-load', () => void planFileOpener.pageReady(contents));
    contents.on('did-start-loading', () => planFileOpener.pageGone(contents));
    win.webContents.on('context-menu', (_event, params) => {
      const template = contextMenuTemplate(params, {
        replaceMisspelling: (word) => win.webContents.replaceMisspelling(word),
        addToDictionary: (word) => win.webContents.session.addWordToSpellCheckerDictionary(word),
      });
      if (template.length > 0) electron.Menu.buildFromTemplate(template).popup();
    });
    saveBeforeClose(win);
    win.on('closed', () => {
      planFileOpener.pageGone(contents);
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
    // Packaged, the pictures sit beside the app; otherwise the store finds resources/pictograms itself.
    const picturesDir = app.isPackaged && options.resourcesPath ? join(options.resourcesPath, 'pictograms') : undefined;
    // The printed pack's typeface sits beside them (electron-builder.yml); otherwise @fontsource has it.
    const where = picturesDir ? { dataDir, picturesDir, fontsDir: join(options.resourcesPath!, 'fonts') } : { dataDir };
    let opened: KindredStore;
    try {
      opened = options.store.openKindred(where);
    } catch (err) {
      if (err instanceof DatabaseDamagedError) {
        // Never start with an empty store unasked: restore the newest good backup, start with no plans
        // (the damaged file kept aside) or quit, as the facilitator chooses (recovery.ts).
        log(`The plans file in ${dataDir} looks damaged: ${String(err.cause)}`);
        recoverDamagedStore(err, {
          dialog: electron.dialog,
          shell: electron.shell,
          restore: (backupId) => options.store.recoverFromBackup({ ...where, backupId }),
          startAfresh: () => options.store.startAfresh(where),
          log,
        })
          .then((recovered) => (recovered ? startWithStore(recovered) : app.quit()))
          .catch((recoveryErr: unknown) => {
            log(`Recovery did not finish: ${String(recoveryErr)}`);
            app.quit();
          });
        return;
      }
      log(`Could not open the store in ${dataDir}: ${String(err)}`);
      electron.dialog.showErrorBox(
        'Kindred could not open your plans',
        `Kindred keeps your plans in ${dataDir} and could not open them, so it will close now. ` +
          `Nothing has been changed.\n\n${err instanceof Error ? err.message : String(err)}`,
      );
      app.quit();
      return;
    }
    startWithStore(opened);
  };

  const startWithStore = (opened: KindredStore) => {
    store = opened;
    // Name, version, copyright, where the plans are and how to update (there is no auto-update).
    setAboutPanel(app, dataDir);
    denyAllPermissions(electron.session.defaultSession);
    blockNetwork(electron.session.defaultSession, { isAppUrl, log });
    // Before any window asks for a language (spellcheck.ts): dictionaries come from this computer only.
    const resourcesDir = app.isPackaged && options.resourcesPath ? options.resourcesPath : join(options.rendererRoot, '..', '..', 'resources');
    keepSpellcheckOffline(electron.session.defaultSession, { platform, resourcesDir, log });
    serveApp(electron.protocol, options.rendererRoot);
    const policy = { isOurContents: (c: SenderContents) => ourContents.has(c), isAppUrl };
    registerIpc(electron.ipcMain, store.dispatch, policy, log);
    // One list of what this session saved, packs and plan files alike, so "Show in folder" works for both.
    const savedFiles = createSavedFiles();
    registerPackSaving<W>({
      ipcMain: electron.ipcMain,
      policy,
      dialog: electron.dialog,
      shell: electron.shell,
      windowFor: (contents) => (mainWindow && mainWindow.webContents === contents ? mainWindow : null),
      documentsDir: () => app.getPath('documents'),
      savedFiles,
      log,
      // The same validated dispatch as the page's own calls: main makes the page it prints itself.
      packPage: (request) => Promise.resolve(opened.dispatch('packHtml', request) as ApiResponse<{ fileName: string; html: string }>),
      printPdf:
        options.printPdf ?? (() => Promise.reject(new PrintError('Saving as a PDF is not available here. Please save the pack as a Word document.'))),
    });
    const { screen } = electron;
    if (screen) {
      const rooms = createRoomWindows<W>({
        BrowserWindow: electron.BrowserWindow,
        screen,
        window: { preloadPath: options.preloadPath, entryUrl: source.entryUrl, darkMode: electron.nativeTheme.shouldUseDarkColors, log },
        trust: (contents) => ourContents.add(contents),
      });
      registerRoomScreen<W>({
        ipcMain: electron.ipcMain,
        policy,
        windowFor: (contents) => (mainWindow && mainWindow.webContents === contents ? mainWindow : null),
        open: (planId, from) => rooms.open(planId, from),
        log,
      });
    }
    registerPlanFiles<W>({
      ipcMain: electron.ipcMain,
      policy,
      dialog: electron.dialog,
      openPath: (path) => electron.shell.openPath(path),
      windowFor: (contents) => (mainWindow && mainWindow.webContents === contents ? mainWindow : null),
      documentsDir: () => app.getPath('documents'),
      backupsDir: join(dataDir, 'backups'),
      savedFiles,
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

  // Started again (perhaps by double-clicking a plan file): open its files here and come forward.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void planFileOpener.add(planFilePathsIn(argv ?? [], workingDirectory));
    showMainWindow();
  });
  // macOS hands over files this way, even to start the app; without preventDefault it would not
  // count them as opened.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void planFileOpener.add(planFilePathsIn([path]));
    showMainWindow();
  });
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
