import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { META_CONTENT_SECURITY_POLICY } from '../contract/csp';
import { isRendererUrl, rendererSource } from './origin';
import {
  blockNetwork,
  CONTENT_SECURITY_POLICY,
  createExternalLinkOpener,
  denyAllPermissions,
  guardAllWebContents,
  guardWebContents,
  isAllowedRequest,
  isSafeExternalUrl,
  type NetworkSession,
  type PermissionSession,
} from './security';
import { FakeEmitter, preventable } from '../testing/electronFakes';

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only our own origin, with data: for images and fonts, and forbids plugins, base, forms and framing', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
        "style-src 'self' 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='; script-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*/);
  });

  it('is the policy renderer/index.html states in its <meta>', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});

describe('denyAllPermissions', () => {
  function capture() {
    const handlers: {
      request?: Parameters<PermissionSession['setPermissionRequestHandler']>[0];
      check?: Parameters<PermissionSession['setPermissionCheckHandler']>[0];
      device?: Parameters<PermissionSession['setDevicePermissionHandler']>[0];
    } = {};
    const session: PermissionSession = {
      setPermissionRequestHandler: (h) => (handlers.request = h),
      setPermissionCheckHandler: (h) => (handlers.check = h),
      setDevicePermissionHandler: (h) => (handlers.device = h),
    };
    denyAllPermissions(session);
    return handlers;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'answers a request for %s with false',
    (permission) => {
      const { request } = capture();
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission check and device request with false', () => {
    const { check, device } = capture();
    expect(check?.({}, 'media')).toBe(false);
    expect(check?.(null, 'clipboard-sanitized-write')).toBe(false);
    expect(device?.()).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://www.nihr.ac.uk/', 'https://example.org/a?b=c#d'])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'http://example.org/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'mailto:someone@example.org',
    'smb://server/share',
    'ms-msdt:/id',
    'https://user:pw@example.org/',
    'app://kindred/index.html',
    'not a url',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('createExternalLinkOpener', () => {
  function setUp(answer: number) {
    let resolveBox: (value: { response: number }) => void = () => {};
    const showMessageBox = vi.fn(() => new Promise<{ response: number }>((r) => (resolveBox = r)));
    const openExternal = vi.fn(() => Promise.resolve());
    const open = createExternalLinkOpener({ showMessageBox, openExternal });
    return { open, showMessageBox, openExternal, answer: () => resolveBox({ response: answer }) };
  }

  it('opens an https link only after the user agrees', async () => {
    const { open, showMessageBox, openExternal, answer } = setUp(0);
    const opened = open('https://www.nihr.ac.uk/');
    expect(showMessageBox).toHaveBeenCalledOnce();
    expect(showMessageBox.mock.calls[0]).toEqual([expect.objectContaining({ detail: expect.stringContaining('https://www.nihr.ac.uk/') })]);
    expect(openExternal).not.toHaveBeenCalled();
    answer();
    expect(await opened).toBe(true);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.nihr.ac.uk/');
  });

  it('does nothing when the user stays in Kindred', async () => {
    const { open, openExternal, answer } = setUp(1);
    const opened = open('https://example.org/');
    answer();
    expect(await opened).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('never asks about, or opens, anything but https', async () => {
    const { open, showMessageBox, openExternal } = setUp(0);
    for (const url of ['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://x/y']) {
      expect(await open(url)).toBe(false);
    }
    expect(showMessageBox).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('asks one question at a time, so a page cannot flood the user with dialogs', async () => {
    const { open, showMessageBox, answer } = setUp(1);
    const first = open('https://example.org/1');
    expect(await open('https://example.org/2')).toBe(false);
    expect(showMessageBox).toHaveBeenCalledOnce();
    answer();
    await first;
    void open('https://example.org/3');
    expect(showMessageBox).toHaveBeenCalledTimes(2);
  });
});

describe('guardWebContents', () => {
  const source = rendererSource(true, {});

  function setUp() {
    const contents = new FakeEmitter() as FakeEmitter & {
      openHandler?: (details: { url: string }) => { action: 'deny' };
      setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
    };
    contents.setWindowOpenHandler = (handler) => (contents.openHandler = handler);
    const openExternalLink = vi.fn((_url: string) => Promise.resolve(true));
    const log = vi.fn();
    guardWebContents(contents, { isAppUrl: (url) => isRendererUrl(source, url), openExternalLink, log });
    return { contents, openExternalLink, log };
  }

  it.each(['app://kindred/index.html', 'app://kindred/index.html#/plan/1'])('lets the page navigate within the app: %s', (url) => {
    const { contents, openExternalLink } = setUp();
    const event = preventable();
    contents.emit('will-navigate', event, url);
    expect(event.defaultPrevented).toBe(false);
    expect(openExternalLink).not.toHaveBeenCalled();
  });

  it.each(['https://example.org/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://evil/index.html', 'data:text/html,hi'])(
    'blocks navigation to %s and offers it to the link opener (which only ever opens https)',
    (url) => {
      const { contents, openExternalLink, log } = setUp();
      const event = preventable();
      contents.emit('will-navigate', event, url);
      expect(event.defaultPrevented).toBe(true);
      expect(openExternalLink).toHaveBeenCalledExactlyOnceWith(url);
      expect(log).toHaveBeenCalledWith(expect.stringContaining(url));
    },
  );

  it('blocks redirects away from the app without offering them to the browser', () => {
    const { contents, openExternalLink } = setUp();
    const away = preventable();
    contents.emit('will-redirect', away, 'https://example.org/');
    expect(away.defaultPrevented).toBe(true);
    const within = preventable();
    contents.emit('will-redirect', within, 'app://kindred/index.html');
    expect(within.defaultPrevented).toBe(false);
    expect(openExternalLink).not.toHaveBeenCalled();
  });

  it('denies every new window, and offers the link to the opener', () => {
    const { contents, openExternalLink } = setUp();
    for (const url of ['https://example.org/', 'app://kindred/index.html', 'javascript:alert(1)', 'about:blank']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternalLink.mock.calls.map(([url]) => url)).toEqual([
      'https://example.org/',
      'app://kindred/index.html',
      'javascript:alert(1)',
      'about:blank',
    ]);
  });

  it('blocks every <webview>', () => {
    const { contents } = setUp();
    const event = preventable();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('logs, rather than crashes on, a link that fails to open', async () => {
    const contents = new FakeEmitter() as FakeEmitter & { setWindowOpenHandler(h: (d: { url: string }) => { action: 'deny' }): void };
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
    contents.setWindowOpenHandler = (h) => (openHandler = h);
    const log = vi.fn();
    guardWebContents(contents, { isAppUrl: () => false, openExternalLink: () => Promise.reject(new Error('no browser')), log });
    openHandler?.({ url: 'https://example.org/' });
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('no browser')));
  });
});

describe('guardAllWebContents', () => {
  it('guards every web contents as it is created', () => {
    const app = new FakeEmitter();
    guardAllWebContents(app, { isAppUrl: () => false, openExternalLink: () => Promise.resolve(false), log: () => {} });
    expect(app.listenerCount('web-contents-created')).toBe(1);

    const contents = new FakeEmitter() as FakeEmitter & { setWindowOpenHandler: ReturnType<typeof vi.fn> };
    contents.setWindowOpenHandler = vi.fn();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(contents.listenerCount(event)).toBe(1);
    }
  });
});

describe('blockNetwork', () => {
  /** A session whose request filter the test can call, as Chromium would before each request. */
  function guardedSession(isPackaged: boolean) {
    let listener: Parameters<NetworkSession['webRequest']['onBeforeRequest']>[0] | undefined;
    const ses: NetworkSession = { webRequest: { onBeforeRequest: (l) => void (listener = l) } };
    const log = vi.fn();
    const source = rendererSource(isPackaged, { ELECTRON_RENDERER_URL: 'http://localhost:5173' });
    blockNetwork(ses, { isAppUrl: (url) => isRendererUrl(source, url), log });
    const cancels = (url: string) => {
      let answer: boolean | undefined;
      listener!({ url }, ({ cancel }) => (answer = cancel));
      return answer;
    };
    return { cancels, log };
  }

  it.each([
    'app://kindred/index.html',
    'app://kindred/assets/index-abc123.js',
    'app://kindred/assets/atkinson-hyperlegible-next-latin-400-normal.woff2',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://kindred/6f1c1a8e-0000-4000-8000-000000000000',
    'devtools://devtools/bundled/inspector.html',
  ])('lets the packaged app load %s', (url) => {
    const { cancels, log } = guardedSession(true);
    expect(cancels(url)).toBe(false);
    expect(log).not.toHaveBeenCalled();
  });

  it.each([
    'https://example.org/',
    'http://example.org/font.woff2',
    'https://fonts.googleapis.com/css2?family=Atkinson',
    'wss://example.org/socket',
    'ws://127.0.0.1:5173/',
    'http://localhost:5173/src/main.tsx',
    'http://127.0.0.1:8080/',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://kindred.example.org/index.html',
    'app://user:pass@kindred/index.html',
    'not a url',
  ])('cancels, and logs, a request to %s from the packaged app', (url) => {
    const { cancels, log } = guardedSession(true);
    expect(cancels(url)).toBe(true);
    expect(log).toHaveBeenCalledOnce();
  });

  it('in a dev run lets the loopback dev server and its hot-reload socket through, and nothing else', () => {
    const { cancels } = guardedSession(false);
    expect(cancels('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(cancels('ws://localhost:5173/?token=abc')).toBe(false);
    expect(cancels('ws://localhost:9999/')).toBe(true);
    expect(cancels('https://localhost:5173/')).toBe(true);
    expect(cancels('app://kindred/index.html')).toBe(true);
    expect(cancels('https://example.org/')).toBe(true);
  });

  it('never lets a long hostile URL flood the log', () => {
    const { cancels, log } = guardedSession(true);
    expect(cancels(`https://example.org/${'a'.repeat(100_000)}`)).toBe(true);
    expect(String(log.mock.calls[0]?.[0]).length).toBeLessThan(300);
  });

  it('isAllowedRequest asks the app-origin check only about its own kind of URL', () => {
    const isAppUrl = vi.fn(() => false);
    expect(isAllowedRequest('data:,hello', isAppUrl)).toBe(true);
    expect(isAppUrl).not.toHaveBeenCalled();
    expect(isAllowedRequest('wss://kindred/', isAppUrl)).toBe(false);
    expect(isAppUrl).toHaveBeenCalledWith('https://kindred/');
  });
});
