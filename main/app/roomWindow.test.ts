/**
 * The room screen's window, with Electron injected: on a second display (full screen) when there
 * is one, beside the main window when not; the main window's locked-down settings; one per plan;
 * and only Kindred's own window may ask for it.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ROOM_SCREEN_CHANNELS } from '../contract/fileChannels';
import { FakeEmitter } from '../testing/electronFakes';
import { fakeFileHost, REFUSED } from '../testing/fileHandlerFakes';
import { createRoomWindows, registerRoomScreen, roomPlacement, roomUrl, type DisplayLike } from './roomWindow';

const laptop: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector: DisplayLike = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const PLAN = '0b6a2f5e-3c1d-4e8f-9a7b-1c2d3e4f5a6b';

class FakeWindow extends FakeEmitter {
  static created: FakeWindow[] = [];
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly focus = vi.fn();
  readonly destroy = vi.fn();
  readonly webContents = { send: vi.fn() };
  destroyed = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
  show(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

function rooms(displays: DisplayLike[]) {
  FakeWindow.created = [];
  const trusted: object[] = [];
  const screen = { getAllDisplays: () => displays, getDisplayMatching: vi.fn(() => displays[0]!) };
  const made = createRoomWindows<FakeWindow>({
    BrowserWindow: FakeWindow,
    screen,
    window: { preloadPath: '/app/out/preload/index.cjs', entryUrl: 'app://kindred/index.html', darkMode: false, log: () => {} },
    trust: (c) => trusted.push(c),
  });
  return { made, trusted, screen };
}

/** The facilitator's window, on the laptop. */
function facilitator() {
  const win = new FakeEmitter() as FakeEmitter & { getBounds(): typeof laptop.bounds };
  win.getBounds = () => laptop.bounds;
  return win;
}

describe('where the room screen goes', () => {
  it('fills a display that is not the facilitator’s, whichever order the system lists them in', () => {
    expect(roomPlacement([laptop, projector], laptop)).toEqual({ bounds: projector.bounds, fullscreen: true });
    expect(roomPlacement([projector, laptop], laptop)).toEqual({ bounds: projector.bounds, fullscreen: true });
    expect(roomPlacement([laptop, projector], projector)).toEqual({ bounds: laptop.bounds, fullscreen: true });
  });

  it('with one display, opens as a window on it, not over the whole of it', () => {
    const { bounds, fullscreen } = roomPlacement([laptop], laptop);
    expect(fullscreen).toBe(false);
    expect(bounds.x).toBeGreaterThanOrEqual(0);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(1440);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(900);
  });

  it('is the app’s own page at the room route, whatever the entry address was', () => {
    expect(roomUrl('app://kindred/index.html', PLAN)).toBe(`app://kindred/index.html#/plan/${PLAN}/room`);
    expect(roomUrl('http://localhost:5173/#/people', PLAN)).toBe(`http://localhost:5173/#/plan/${PLAN}/room`);
  });
});

describe('the room window', () => {
  it('has exactly the main window’s locked-down settings, is trusted for IPC, and goes full screen on the projector', () => {
    const { made, trusted } = rooms([laptop, projector]);
    const win = made.open(PLAN, facilitator());
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/app/out/preload/index.cjs',
    });
    expect(win.options).toMatchObject({ fullscreen: true, x: 1440, y: 0, width: 1920, height: 1080 });
    expect(win.loadURL).toHaveBeenCalledWith(`app://kindred/index.html#/plan/${PLAN}/room`);
    expect(trusted).toEqual([win.webContents]);
  });

  it('is one per plan: asking again brings it forward, and once closed a new one opens', () => {
    const { made } = rooms([laptop]);
    const from = facilitator();
    const first = made.open(PLAN, from);
    expect(made.open(PLAN, from)).toBe(first);
    expect(first.focus).toHaveBeenCalledOnce();
    expect(FakeWindow.created).toHaveLength(1);
    first.destroyed = true;
    first.emit('closed');
    expect(made.open(PLAN, from)).not.toBe(first);
    expect(FakeWindow.created).toHaveLength(2);
  });

  it('closes with the facilitator’s window', () => {
    const { made } = rooms([laptop, projector]);
    const from = facilitator();
    const win = made.open(PLAN, from);
    expect(win.destroy).not.toHaveBeenCalled();
    from.emit('closed');
    expect(win.destroy).toHaveBeenCalledOnce();
  });
});

describe('asking for the room screen over IPC', () => {
  function setUp() {
    const host = fakeFileHost();
    const open = vi.fn();
    registerRoomScreen({
      ipcMain: host.ipcMain,
      policy: host.policy,
      windowFor: (c) => (host.windowFor(c) ? facilitator() : null),
      open,
      log: host.log,
    });
    return { ...host, open };
  }

  it('opens it for Kindred’s own window with a plan id', async () => {
    const { call, open } = setUp();
    expect(await call(ROOM_SCREEN_CHANNELS.openRoomScreen, PLAN)).toEqual({ ok: true, value: null });
    expect(open).toHaveBeenCalledWith(PLAN, expect.objectContaining({ getBounds: expect.any(Function) }));
  });

  it('refuses another window, and anything but a plan id, opening nothing', async () => {
    const { call, open, stranger } = setUp();
    expect(await call(ROOM_SCREEN_CHANNELS.openRoomScreen, PLAN, stranger())).toEqual(REFUSED);
    const bad = await call(ROOM_SCREEN_CHANNELS.openRoomScreen, '../../etc/passwd');
    expect(bad.ok).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});
