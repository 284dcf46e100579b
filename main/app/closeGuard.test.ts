import { describe, expect, it, vi } from 'vitest';
import { MENU_CHANNEL } from '../contract/menuCommands';
import { saveBeforeClose } from './closeGuard';
import { FakeEmitter } from '../testing/electronFakes';

class FakeWindow extends FakeEmitter {
  destroyed = false;
  readonly webContents = { send: vi.fn() };
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}

function closeEvent() {
  let prevented = false;
  return { event: { preventDefault: () => (prevented = true) }, prevented: () => prevented };
}

describe('saveBeforeClose', () => {
  it('holds the first close and asks the page to save', () => {
    const win = new FakeWindow();
    saveBeforeClose(win, { setTimer: () => {} });
    const first = closeEvent();
    win.emit('close', first.event);
    expect(first.prevented()).toBe(true);
    expect(win.webContents.send).toHaveBeenCalledWith(MENU_CHANNEL, 'save-before-close');
  });

  it('lets the next close through (the page closing itself once saved)', () => {
    const win = new FakeWindow();
    saveBeforeClose(win, { setTimer: () => {} });
    win.emit('close', closeEvent().event);
    const second = closeEvent();
    win.emit('close', second.event);
    expect(second.prevented()).toBe(false);
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('closes the window anyway when the page does not answer in time', () => {
    const win = new FakeWindow();
    let timer: (() => void) | null = null;
    saveBeforeClose(win, { timeoutMs: 3000, setTimer: (fn, ms) => ms === 3000 && (timer = fn) });
    win.emit('close', closeEvent().event);
    expect(win.destroyed).toBe(false);
    timer!();
    expect(win.destroyed).toBe(true);
  });
});
