import type { Dispatch } from '../service/dispatch';
import { describe, expect, it, vi } from 'vitest';
import type { ApiResponse } from '../contract/contract';
import { API_METHODS, ipcChannel } from '../contract/methods';
import { registerIpc, type InvokeEvent, type SenderContents } from './ipc';
import { isRendererUrl, rendererSource } from './origin';
import { fakeFrame, fakeIpcMain } from '../testing/electronFakes';

function setUp(source = rendererSource(true, {})) {
  const ipcMain = fakeIpcMain();
  const { handlers } = ipcMain;
  const ok: ApiResponse<unknown> = { ok: true, value: { answered: true } };
  const dispatch = vi.fn((_method: string, _input: unknown) => ok);
  const log = vi.fn();
  const ours = new Set<SenderContents>();
  registerIpc(ipcMain, dispatch as unknown as Dispatch, { isOurContents: (c) => ours.has(c), isAppUrl: (url) => isRendererUrl(source, url) }, log);

  /** A window we created, showing `url` in its main frame. */
  const ourWindow = (url = 'app://kindred/index.html') => {
    const contents = { mainFrame: fakeFrame(url) };
    ours.add(contents);
    return contents;
  };
  const call = (method: string, event: InvokeEvent, input: unknown) => {
    const handler = handlers.get(`kindred:${method}`);
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler(event, input);
  };
  return { handlers, dispatch, log, ok, ourWindow, call };
}

describe('registerIpc', () => {
  it('registers exactly one handler per API method, on its own channel, and nothing else', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map(ipcChannel).sort());
    expect(handlers.size).toBe(API_METHODS.length);
  });

  it('dispatches a call from our window to its own method with the input, and returns the envelope as is', () => {
    const { dispatch, ok, ourWindow, call } = setUp();
    const contents = ourWindow();
    for (const method of API_METHODS) {
      const input = { planId: `input-for-${method}` };
      expect(call(method, { sender: contents, senderFrame: contents.mainFrame }, input)).toBe(ok);
      expect(dispatch).toHaveBeenLastCalledWith(method, input);
    }
    expect(dispatch).toHaveBeenCalledTimes(API_METHODS.length);
  });

  describe('refuses, logs, and never dispatches', () => {
    const refused = {
      ok: false,
      error: { code: 'invalid', message: 'Kindred only answers requests from its own window.' },
    };

    it('when the sending frame has gone', () => {
      const { dispatch, log, ourWindow, call } = setUp();
      const contents = ourWindow();
      expect(call('listPlans', { sender: contents, senderFrame: null }, undefined)).toEqual(refused);
      expect(dispatch).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalledWith(expect.stringContaining('listPlans'));
    });

    it('when the sender is a web contents we did not create (devtools, another window)', () => {
      const { dispatch, log, call } = setUp();
      const stranger = { mainFrame: fakeFrame('app://kindred/index.html') };
      expect(call('deletePlan', { sender: stranger, senderFrame: stranger.mainFrame }, { planId: 'x' })).toEqual(refused);
      expect(dispatch).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalledOnce();
    });

    it('when the sender is a subframe of our window, even on our origin', () => {
      const { dispatch, ourWindow, call } = setUp();
      const contents = ourWindow();
      const iframe = fakeFrame('app://kindred/index.html', { parent: contents.mainFrame });
      expect(call('getPlan', { sender: contents, senderFrame: iframe }, { planId: 'x' })).toEqual(refused);
      expect(dispatch).not.toHaveBeenCalled();
    });

    it('when a top-level frame is not the main frame of the sending contents', () => {
      const { dispatch, ourWindow, call } = setUp();
      const contents = ourWindow();
      const other = fakeFrame('app://kindred/index.html', { processId: contents.mainFrame.processId });
      expect(call('getPlan', { sender: contents, senderFrame: other }, { planId: 'x' })).toEqual(refused);
      expect(dispatch).not.toHaveBeenCalled();
    });

    it.each([
      'https://evil.example/index.html',
      'file:///home/someone/out/renderer/index.html',
      'app://evil/index.html',
      'app://kindred.evil/index.html',
      'http://localhost:5173/',
      'about:blank',
      '',
    ])('when our main frame shows a page from another origin: %s', (url) => {
      const { dispatch, ourWindow, call } = setUp();
      const contents = ourWindow(url);
      expect(call('listPlans', { sender: contents, senderFrame: contents.mainFrame }, undefined)).toEqual(refused);
      expect(dispatch).not.toHaveBeenCalled();
    });
  });

  it('in development trusts the dev server origin instead of app://', () => {
    const dev = setUp(rendererSource(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }));
    const devWindow = dev.ourWindow('http://localhost:5173/#/plan/abc');
    expect(dev.call('listPlans', { sender: devWindow, senderFrame: devWindow.mainFrame }, undefined)).toBe(dev.ok);

    const appWindow = dev.ourWindow('app://kindred/index.html');
    expect(dev.call('listPlans', { sender: appWindow, senderFrame: appWindow.mainFrame }, undefined)).toMatchObject({ ok: false });
    expect(dev.dispatch).toHaveBeenCalledOnce();
  });
});
