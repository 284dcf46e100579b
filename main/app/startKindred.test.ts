import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { FILE_CHANNELS, PLAN_FILE_CHANNELS, PLAN_FILE_OPENED_CHANNEL } from '../contract/fileChannels';
import { MENU_CHANNEL } from '../contract/menuCommands';
import { templateAsPlan } from '../domain/library/templatePlan';
import { STARTER_TEMPLATES } from '../domain/library/templates';
import { serialisePlanFile } from '../domain/planFile';
import type { ApiResponse } from '../contract/contract';
import type { Dispatch } from '../service/dispatch';
import { API_METHODS, ipcChannel } from '../contract/methods';
import type { InvokeEvent } from './ipc';
import { DatabaseDamagedError } from '../service/openKindred';
import type { NetworkSession } from './security';
import { startKindred, type StartOptions } from './startKindred';
import { FakeEmitter, fakeFrame, fakeIpcMain, preventable } from '../testing/electronFakes';

const USER_DATA = '/home/sam/.config/Kindred';
type NetworkFilter = Parameters<NetworkSession['webRequest']['onBeforeRequest']>[0];
const DOCUMENTS = '/home/sam/Documents';

interface FakeMenu {
  template: MenuItemConstructorOptions[];
  popup(): void;
}

/** A fresh set of fake Electron modules, recording the order of the things that matter. */
function fakeElectron({ lock = true, isPackaged = true, storeFails = false, damaged = null as DatabaseDamagedError | null } = {}) {
  const order: string[] = [];
  let fireReady: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => (fireReady = resolve));

  class FakeApp extends FakeEmitter {
    readonly isPackaged = isPackaged;
    readonly requestSingleInstanceLock = vi.fn(() => lock);
    readonly quit = vi.fn();
    userData = USER_DATA;
    readonly getPath = vi.fn((name: 'userData' | 'documents') => (name === 'documents' ? DOCUMENTS : this.userData));
    readonly setPath = vi.fn((_name: 'userData', path: string) => {
      order.push('userData');
      this.userData = path;
    });
    readonly whenReady = vi.fn(() => readyPromise);
    readonly getVersion = vi.fn(() => '0.9.1');
    readonly setAboutPanelOptions = vi.fn((_options: { applicationVersion?: string; credits?: string }) => {});
  }
  const app = new FakeApp();

  class FakeContents extends FakeEmitter {
    mainFrame = fakeFrame('');
    readonly session = { addWordToSpellCheckerDictionary: vi.fn(() => true) };
    readonly send = vi.fn();
    readonly replaceMisspelling = vi.fn();
  }

  class FakeWindow extends FakeEmitter {
    static readonly created: FakeWindow[] = [];
    readonly webContents = new FakeContents();
    minimized = false;
    readonly show = vi.fn();
    readonly restore = vi.fn();
    readonly focus = vi.fn();
    readonly getBounds = vi.fn(() => ({ x: 0, y: 0, width: 1200, height: 820 }));
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      order.push('window');
      FakeWindow.created.push(this);
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    destroyed = false;
    isDestroyed(): boolean {
      return this.destroyed;
    }
    destroy(): void {
      this.destroyed = true;
    }
    loadURL(url: string): Promise<void> {
      this.webContents.mainFrame = fakeFrame(url);
      return Promise.resolve();
    }
  }

  const ipcMain = fakeIpcMain();
  const handle = ipcMain.handle.bind(ipcMain);
  ipcMain.handle = (channel, listener) => {
    order.push('ipc');
    handle(channel, listener);
  };

  const permissions = {
    setPermissionRequestHandler: vi.fn(() => order.push('permissions')),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
    setSpellCheckerLanguages: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn((_url: string) => order.push('spellcheck')),
    on: vi.fn(),
  };
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => order.push('scheme')),
    handle: vi.fn((_scheme: string, _handler: (r: Request) => Promise<Response>) => order.push('protocol')),
  };
  const popup = vi.fn();
  const Menu = {
    buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]): FakeMenu => ({ template, popup })),
    setApplicationMenu: vi.fn((_menu: FakeMenu) => order.push('menu')),
  };
  const dialog = {
    showMessageBox: vi.fn(() => Promise.resolve({ response: 1 })),
    showErrorBox: vi.fn(),
    showSaveDialog: vi.fn((_window: FakeWindow, _options: object) => Promise.resolve({ canceled: true, filePath: '' })),
    showOpenDialog: vi.fn((_window: FakeWindow, _options: object) => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
  };

  const dispatched: ApiResponse<unknown> = { ok: true, value: 'dispatched' };
  const dispatch = vi.fn((_method: string, _input: unknown) => dispatched);
  const store = { dispatch: dispatch as typeof dispatch & Dispatch, close: vi.fn() };
  const storeModule = {
    openKindred: vi.fn((_options: { dataDir: string }) => {
      order.push('store');
      if (storeFails) throw new Error('database disk image is malformed');
      if (damaged) throw damaged;
      return store;
    }),
    recoverFromBackup: vi.fn((_options: { dataDir: string; backupId: string }) => {
      order.push('recovered');
      return store;
    }),
    startAfresh: vi.fn((_options: { dataDir: string }) => {
      order.push('afresh');
      return store;
    }),
    resolveDataDir: vi.fn((defaultDir: string, env?: NodeJS.ProcessEnv) => env?.['KINDRED_DATA_DIR'] ?? defaultDir),
  };

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain,
    session: { defaultSession: permissions },
    protocol,
    Menu,
    shell: { openExternal: vi.fn(() => Promise.resolve()), openPath: vi.fn(() => Promise.resolve('')), showItemInFolder: vi.fn() },
    dialog,
    nativeTheme: { shouldUseDarkColors: false },
  };

  const start = (options: Partial<StartOptions> = {}) =>
    startKindred<FakeWindow, FakeMenu>(electron, {
      store: storeModule,
      env: {},
      platform: 'win32',
      preloadPath: '/app/out/preload/index.cjs',
      rendererRoot: '/app/out/renderer',
      log: () => {},
      ...options,
    });

  /** Resolves whenReady and lets the start-up run. */
  const becomeReady = async () => {
    fireReady();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  const invoke = (method: string, event: InvokeEvent, input: unknown) => {
    const handler = ipcMain.handlers.get(`kindred:${method}`);
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler(event, input);
  };

  return {
    electron,
    app,
    FakeWindow,
    ipcMain,
    permissions,
    protocol,
    Menu,
    popup,
    dialog,
    store,
    storeModule,
    order,
    start,
    becomeReady,
    invoke,
    dispatched,
  };
}

describe('startKindred', () => {
  it('quits at once, touching nothing, when another Kindred is already running', async () => {
    const f = fakeElectron({ lock: false });
    f.start();
    await f.becomeReady();
    expect(f.app.quit).toHaveBeenCalledOnce();
    expect(f.order).toEqual([]);
    expect(f.app.whenReady).not.toHaveBeenCalled();
    expect(f.storeModule.openKindred).not.toHaveBeenCalled();
  });

  it('before ready: registers app:// as privileged and guards web contents, but opens nothing', () => {
    const f = fakeElectron();
    f.start();
    expect(f.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(f.app.listenerCount('web-contents-created')).toBe(1);
    expect(f.order).toEqual(['scheme']);
  });

  it('packaged, opens the store with the pictures and the PDF typeface from the app’s resources', async () => {
    const f = fakeElectron();
    f.start({ env: {}, resourcesPath: '/Applications/Kindred.app/Contents/Resources' });
    await f.becomeReady();
    expect(f.storeModule.openKindred).toHaveBeenCalledExactlyOnceWith({
      dataDir: USER_DATA,
      picturesDir: join('/Applications/Kindred.app/Contents/Resources', 'pictograms'),
      fontsDir: join('/Applications/Kindred.app/Contents/Resources', 'fonts'),
    });
  });

  it('on ready: opens the store in userData, then locks down the session, serves app://, registers IPC, sets the menu, and only then opens the window', async () => {
    const f = fakeElectron();
    f.start({ env: {} });
    await f.becomeReady();

    expect(f.storeModule.resolveDataDir).toHaveBeenCalledWith(USER_DATA, {});
    expect(f.storeModule.openKindred).toHaveBeenCalledExactlyOnceWith({ dataDir: USER_DATA });
    expect(f.permissions.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(f.permissions.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(f.permissions.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    // The session cancels every request off the app's own origin (security.ts blockNetwork).
    const [filter] = f.permissions.webRequest.onBeforeRequest.mock.calls[0] as unknown as [NetworkFilter];
    const cancels = (url: string) => new Promise((done) => filter({ url }, ({ cancel }) => done(cancel)));
    expect(await cancels('https://example.org/')).toBe(true);
    expect(await cancels('app://kindred/index.html')).toBe(false);
    expect(f.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...f.ipcMain.handlers.keys()].sort()).toEqual(
      [...API_METHODS.map(ipcChannel), ...Object.values(FILE_CHANNELS), ...Object.values(PLAN_FILE_CHANNELS)].sort(),
    );

    const firstOf = (step: string) => f.order.indexOf(step);
    expect(f.order.filter((s) => s !== 'ipc')).toEqual(['scheme', 'store', 'permissions', 'spellcheck', 'protocol', 'menu', 'window']);
    // Spellcheck dictionaries come from the app's own folder (spellcheck.ts), set before any window asks for UK English.
    expect(f.permissions.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledExactlyOnceWith(
      expect.stringMatching(/^file:\/\/\/.*\/dictionaries\/$/),
    );
    expect(f.permissions.setSpellCheckerLanguages).toHaveBeenCalledExactlyOnceWith(['en-GB']);
    expect(firstOf('ipc')).toBeLessThan(firstOf('window'));

    expect(f.FakeWindow.created).toHaveLength(1);
    const win = f.FakeWindow.created[0];
    // The full literal is checked in window.test.ts; here, that this window got it with our preload.
    expect(win?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(win?.webContents.mainFrame.url).toBe('app://kindred/index.html');
  });

  it('sets the About box on ready: the app’s version, and how to update where the plans are kept', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kindred-about-'));
    const f = fakeElectron();
    f.start({ env: { KINDRED_DATA_DIR: dataDir } });
    expect(f.app.setAboutPanelOptions).not.toHaveBeenCalled();
    await f.becomeReady();
    expect(f.app.setAboutPanelOptions).toHaveBeenCalledOnce();
    const options = f.app.setAboutPanelOptions.mock.calls[0]?.[0];
    expect(options?.applicationVersion).toBe('0.9.1');
    expect(options?.credits).toContain('To update, download the new installer');
    expect(options?.credits).toContain(`in ${dataDir}, with backups in ${join(dataDir, 'backups')}`);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('leaves userData where Electron puts it when KINDRED_DATA_DIR is not set', async () => {
    const f = fakeElectron();
    f.start({ env: {} });
    await f.becomeReady();
    expect(f.app.setPath).not.toHaveBeenCalled();
  });

  it('with KINDRED_DATA_DIR, creates it and moves userData (and so the single-instance lock) there first, and opens the store there', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'kindred-start-'));
    const dataDir = join(tmp, 'data');
    try {
      const f = fakeElectron();
      f.start({ env: { KINDRED_DATA_DIR: dataDir } });
      expect(existsSync(dataDir)).toBe(true);
      expect(f.app.setPath).toHaveBeenCalledExactlyOnceWith('userData', dataDir);
      expect(f.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(f.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0);
      await f.becomeReady();
      expect(f.storeModule.openKindred).toHaveBeenCalledWith({ dataDir });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('answers IPC from its own window through the store dispatch, and refuses anyone else', async () => {
    const f = fakeElectron();
    f.start();
    await f.becomeReady();
    const contents = f.FakeWindow.created[0]?.webContents;
    if (!contents) throw new Error('no window');

    expect(f.invoke('listPlans', { sender: contents, senderFrame: contents.mainFrame }, { search: 'x' })).toBe(f.dispatched);
    expect(f.store.dispatch).toHaveBeenCalledExactlyOnceWith('listPlans', { search: 'x' });

    const stranger = { mainFrame: fakeFrame('app://kindred/index.html') };
    expect(f.invoke('listPlans', { sender: stranger, senderFrame: stranger.mainFrame }, undefined)).toMatchObject({ ok: false });
    expect(f.store.dispatch).toHaveBeenCalledOnce();
  });

  it('saves a pack through the system dialog, on the window that asked, for its own window only', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'kindred-start-'));
    try {
      const f = fakeElectron();
      f.start();
      await f.becomeReady();
      const win = f.FakeWindow.created[0];
      if (!win) throw new Error('no window');
      const target = join(tmp, 'Pack.docx');
      f.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      const pack = { fileName: 'Our day – participant pack – standard.docx', base64: Buffer.from('PK\x03\x04 a pack').toString('base64') };
      const savePack = f.ipcMain.handlers.get(FILE_CHANNELS.savePack);
      if (!savePack) throw new Error('no savePack handler');

      const contents = win.webContents;
      expect(await savePack({ sender: contents, senderFrame: contents.mainFrame }, pack)).toEqual({
        ok: true,
        value: { path: target, name: 'Pack.docx' },
      });
      expect(f.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(
        win,
        expect.objectContaining({ defaultPath: join(DOCUMENTS, 'Our day – participant pack – standard.docx') }),
      );
      expect(readFileSync(target, 'latin1')).toBe('PK\x03\x04 a pack');

      const stranger = { mainFrame: fakeFrame('app://kindred/index.html') };
      expect(await savePack({ sender: stranger, senderFrame: stranger.mainFrame }, pack)).toMatchObject({ ok: false });
      expect(f.dialog.showSaveDialog).toHaveBeenCalledOnce();
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('shows an exported plan file in its folder ("Show in folder"), but never a path it did not save', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'kindred-start-'));
    try {
      const f = fakeElectron();
      f.start();
      await f.becomeReady();
      const contents = f.FakeWindow.created[0]?.webContents;
      const savePlanFile = f.ipcMain.handlers.get(PLAN_FILE_CHANNELS.savePlanFile);
      const showSavedFile = f.ipcMain.handlers.get(FILE_CHANNELS.showSavedFile);
      if (!contents || !savePlanFile || !showSavedFile) throw new Error('not started');
      const fromUs = { sender: contents, senderFrame: contents.mainFrame };
      const target = join(tmp, 'Our day.kindred');
      f.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      const plan = templateAsPlan(STARTER_TEMPLATES[0]!, 0);

      expect(await savePlanFile(fromUs, { fileName: 'Our day.kindred', text: serialisePlanFile(plan, plan.updatedAt) })).toMatchObject({ ok: true });
      expect(await showSavedFile(fromUs, target)).toEqual({ ok: true, value: null });
      expect(f.electron.shell.showItemInFolder).toHaveBeenCalledExactlyOnceWith(target);
      expect(await showSavedFile(fromUs, join(tmp, 'Other.kindred'))).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(f.electron.shell.showItemInFolder).toHaveBeenCalledOnce();
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('loads the dev server only in an unpackaged run', async () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    const dev = fakeElectron({ isPackaged: false });
    dev.start({ env });
    await dev.becomeReady();
    expect(dev.FakeWindow.created[0]?.webContents.mainFrame.url).toBe('http://localhost:5173/');

    const packaged = fakeElectron({ isPackaged: true });
    packaged.start({ env });
    await packaged.becomeReady();
    expect(packaged.FakeWindow.created[0]?.webContents.mainFrame.url).toBe('app://kindred/index.html');
  });

  it('says plainly when the store cannot be opened, then quits without a window or IPC', async () => {
    const f = fakeElectron({ storeFails: true });
    f.start();
    await f.becomeReady();
    expect(f.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith(
      'Kindred could not open your plans',
      expect.stringContaining('database disk image is malformed'),
    );
    expect(f.app.quit).toHaveBeenCalledOnce();
    expect(f.FakeWindow.created).toHaveLength(0);
    expect(f.ipcMain.handlers.size).toBe(0);
  });

  it('offers the newest good backup when the plans file is damaged, and starts as usual once it is restored', async () => {
    const newestBackup = {
      id: 'kindred-daily-20270312t101500000z.db',
      kind: 'daily' as const,
      createdAt: '2027-03-12T10:15:00.000Z',
      sizeBytes: 8192,
      planCount: 3,
    };
    const f = fakeElectron({ damaged: new DatabaseDamagedError({ dbPath: `${USER_DATA}/kindred.db`, dataDir: USER_DATA, newestBackup }) });
    f.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    f.start();
    await f.becomeReady();
    expect(f.dialog.showMessageBox).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ message: 'Kindred could not open your plans: the file looks damaged.' }),
    );
    expect(f.storeModule.recoverFromBackup).toHaveBeenCalledExactlyOnceWith({ dataDir: USER_DATA, backupId: newestBackup.id });
    expect(f.order.filter((s) => s !== 'ipc')).toEqual(['scheme', 'store', 'recovered', 'permissions', 'spellcheck', 'protocol', 'menu', 'window']);
    expect(f.app.quit).not.toHaveBeenCalled();
  });

  it('quits without a window, touching nothing, when the facilitator chooses Quit over restoring', async () => {
    const f = fakeElectron({ damaged: new DatabaseDamagedError({ dbPath: `${USER_DATA}/kindred.db`, dataDir: USER_DATA, newestBackup: null }) });
    f.dialog.showMessageBox.mockResolvedValueOnce({ response: 2 });
    f.start();
    await f.becomeReady();
    expect(f.storeModule.recoverFromBackup).not.toHaveBeenCalled();
    expect(f.storeModule.startAfresh).not.toHaveBeenCalled();
    expect(f.app.quit).toHaveBeenCalledOnce();
    expect(f.FakeWindow.created).toHaveLength(0);
    expect(f.ipcMain.handlers.size).toBe(0);
  });

  it('starts with no plans when the facilitator chooses that, and carries on as usual', async () => {
    const f = fakeElectron({ damaged: new DatabaseDamagedError({ dbPath: `${USER_DATA}/kindred.db`, dataDir: USER_DATA, newestBackup: null }) });
    f.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    f.start();
    await f.becomeReady();
    expect(f.storeModule.startAfresh).toHaveBeenCalledExactlyOnceWith({ dataDir: USER_DATA });
    expect(f.storeModule.recoverFromBackup).not.toHaveBeenCalled();
    expect(f.order.filter((s) => s !== 'ipc')).toEqual(['scheme', 'store', 'afresh', 'permissions', 'spellcheck', 'protocol', 'menu', 'window']);
    expect(f.app.quit).not.toHaveBeenCalled();
  });

  it.each([
    ['win32', true],
    ['linux', true],
    ['darwin', false],
  ] as const)('when the last window closes on %s, quits: %s', async (platform, quits) => {
    const f = fakeElectron();
    f.start({ platform });
    await f.becomeReady();
    f.app.emit('window-all-closed');
    expect(f.app.quit).toHaveBeenCalledTimes(quits ? 1 : 0);
  });

  it('closes the database once when the app quits', async () => {
    const f = fakeElectron();
    f.start();
    await f.becomeReady();
    expect(f.store.close).not.toHaveBeenCalled();
    f.app.emit('will-quit');
    f.app.emit('will-quit');
    expect(f.store.close).toHaveBeenCalledOnce();
  });

  it('brings the existing window forward when Kindred is started again, or opens one if none is left', async () => {
    const f = fakeElectron();
    f.start();
    await f.becomeReady();
    const win = f.FakeWindow.created[0];
    if (!win) throw new Error('no window');
    win.minimized = true;
    f.app.emit('second-instance');
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();
    expect(f.FakeWindow.created).toHaveLength(1);

    win.emit('closed');
    f.app.emit('activate');
    expect(f.FakeWindow.created).toHaveLength(2);
  });

  it('holds the window open until the page has saved, and finishes a quit that the hold interrupted', async () => {
    const f = fakeElectron();
    f.start({ platform: 'darwin' });
    await f.becomeReady();
    const win = f.FakeWindow.created[0];
    if (!win) throw new Error('no window');
    f.app.emit('before-quit');
    let prevented = false;
    win.emit('close', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(win.webContents.send).toHaveBeenCalledWith(MENU_CHANNEL, 'save-before-close');
    expect(f.app.quit).not.toHaveBeenCalled();
    // The page has saved and closed the window itself.
    win.emit('closed');
    expect(f.app.quit).toHaveBeenCalledOnce();
  });

  it('closing the window without quitting leaves the app running on macOS', async () => {
    const f = fakeElectron();
    f.start({ platform: 'darwin' });
    await f.becomeReady();
    f.FakeWindow.created[0]?.emit('closed');
    expect(f.app.quit).not.toHaveBeenCalled();
  });

  it('opens no window for activate or second-instance before ready', () => {
    const f = fakeElectron();
    f.start();
    f.app.emit('activate');
    f.app.emit('second-instance');
    expect(f.FakeWindow.created).toHaveLength(0);
  });

  it('File > New plan sends the new-plan command to the window', async () => {
    const f = fakeElectron();
    f.start();
    await f.becomeReady();
    const menu = f.Menu.setApplicationMenu.mock.calls[0]?.[0];
    const file = menu?.template.find((i) => i.label === '&File');
    const newPlan = Array.isArray(file?.submenu) ? (file.submenu as MenuItemConstructorOptions[])[0] : undefined;
    newPlan?.click?.({} as never, undefined, {} as never);
    expect(f.FakeWindow.created[0]?.webContents.send).toHaveBeenCalledExactlyOnceWith(MENU_CHANNEL, 'new-plan');
  });

  it('pops up the context menu on right-click in a text field', async () => {
    const f = fakeElectron();
    f.start();
    await f.becomeReady();
    const contents = f.FakeWindow.created[0]?.webContents;
    const editFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
    contents?.emit('context-menu', {}, { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags });
    expect(f.popup).toHaveBeenCalledOnce();
  });

  describe('plan files the system opens with Kindred', () => {
    /** A folder holding a plan file; returns its path and the base64 the page should get. */
    const planFile = (name = 'Our day.kindred') => {
      const dir = mkdtempSync(join(tmpdir(), 'kindred-open-'));
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      const path = join(dir, name);
      writeFileSync(path, '{"kindred":"plan"}');
      return { dir, path, sent: { name, base64: Buffer.from('{"kindred":"plan"}').toString('base64') } };
    };
    const sentFiles = (win: { webContents: { send: ReturnType<typeof vi.fn> } } | undefined) =>
      (win?.webContents.send.mock.calls ?? []).filter(([channel]) => channel === PLAN_FILE_OPENED_CHANNEL).map(([, file]) => file);

    it('opens a file named on the first start’s command line once the page has loaded', async () => {
      const { path, sent } = planFile();
      const f = fakeElectron();
      f.start({ argv: ['Kindred.exe', '--some-switch', path, 'notes.txt'] });
      await f.becomeReady();
      const win = f.FakeWindow.created[0];
      expect(sentFiles(win)).toEqual([]);
      win?.webContents.emit('did-finish-load');
      await vi.waitFor(() => expect(sentFiles(win)).toEqual([sent]));
    });

    it('macOS: takes a file opened before the app is ready, and sends it when the page has loaded', async () => {
      const { path, sent } = planFile();
      const f = fakeElectron();
      f.start({ platform: 'darwin' });
      const event = preventable();
      f.app.emit('open-file', event, path);
      expect(event.defaultPrevented).toBe(true);
      expect(f.FakeWindow.created).toHaveLength(0);
      await f.becomeReady();
      const win = f.FakeWindow.created[0];
      win?.webContents.emit('did-finish-load');
      await vi.waitFor(() => expect(sentFiles(win)).toEqual([sent]));
      expect(f.FakeWindow.created).toHaveLength(1);
    });

    it('a second start with a file hands it to this window and brings the window forward', async () => {
      const { dir, sent } = planFile('Shared.kindred');
      const f = fakeElectron();
      f.start();
      await f.becomeReady();
      const win = f.FakeWindow.created[0];
      if (!win) throw new Error('no window');
      win.webContents.emit('did-finish-load');
      win.minimized = true;
      f.app.emit('second-instance', {}, ['Kindred.exe', 'Shared.kindred'], dir);
      expect(win.restore).toHaveBeenCalledOnce();
      expect(win.focus).toHaveBeenCalledOnce();
      await vi.waitFor(() => expect(sentFiles(win)).toEqual([sent]));
    });

    it('holds files while the page reloads, and for a new window once the old one has closed', async () => {
      const { path, sent } = planFile();
      const f = fakeElectron();
      f.start({ platform: 'darwin' });
      await f.becomeReady();
      const first = f.FakeWindow.created[0];
      first?.webContents.emit('did-finish-load');
      first?.webContents.emit('did-start-loading');
      f.app.emit('open-file', preventable(), path);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(sentFiles(first)).toEqual([]);
      first?.emit('closed');
      f.app.emit('activate');
      const second = f.FakeWindow.created[1];
      second?.webContents.emit('did-finish-load');
      await vi.waitFor(() => expect(sentFiles(second)).toEqual([sent]));
      expect(sentFiles(first)).toEqual([]);
    });
  });

  it('guards every web contents created: navigation away from the app is prevented', () => {
    const f = fakeElectron();
    f.start();
    const contents = Object.assign(new FakeEmitter(), { setWindowOpenHandler: vi.fn() });
    f.app.emit('web-contents-created', {}, contents);
    const away = preventable();
    contents.emit('will-navigate', away, 'https://example.org/');
    expect(away.defaultPrevented).toBe(true);
    const home = preventable();
    contents.emit('will-navigate', home, 'app://kindred/index.html');
    expect(home.defaultPrevented).toBe(false);
  });
});
