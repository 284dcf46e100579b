/**
 * Session and web-contents hardening (Electron's security checklist): the page may not ask for
 * permissions, reach the network, navigate away, open windows or embed <webview>s; links to the
 * web open in the user's browser only if they are https and the user agrees.
 */
import type { MessageBoxOptions } from 'electron';

/** Sent with every app:// response (protocol.ts); defined once in main/contract/csp.ts. */
export { CONTENT_SECURITY_POLICY } from '../contract/csp';

/** What of a Session this module touches; Electron's Session satisfies it. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/**
 * Kindred needs no camera, microphone, location, notifications, USB or anything else a page can
 * ask for, so every request and every check is refused.
 */
export function denyAllPermissions(ses: PermissionSession): void {
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/** What of a Session the network guard touches; Electron's Session satisfies it. */
export interface NetworkSession {
  readonly webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

/** Schemes that never leave the machine: inline data, the page's own blobs, and DevTools itself. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * True for a request the renderer may make: to its own origin (app://kindred, or in a dev run the
 * loopback dev server, whose hot reload uses a WebSocket to the same host), or a local scheme.
 */
export function isAllowedRequest(url: string, isAppUrl: (url: string) => boolean): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') {
    parsed.protocol = parsed.protocol === 'ws:' ? 'http:' : 'https:';
    return isAppUrl(parsed.href);
  }
  return isAppUrl(url);
}

/**
 * Kindred makes no network connections, ever. The CSP already stops the page asking for anything
 * off its origin; this cancels, in the session itself, any request that gets past it (a link
 * prefetch, a font, a stray navigation, a future dependency that phones home) before it is sent.
 */
export function blockNetwork(ses: NetworkSession, options: { isAppUrl(url: string): boolean; log(message: string): void }): void {
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, options.isAppUrl);
    if (!allowed) options.log(`Blocked a network request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
}

/** True for a well-formed https URL without credentials: the only kind we hand to the OS. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

export interface ExternalLinkDeps {
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  openExternal(url: string): Promise<void>;
}

const OPEN_BUTTON = 0;

/**
 * Returns a function that asks the user before opening an https link in their browser. Only one
 * question is shown at a time, so a page cannot bury the user in dialogs.
 */
export function createExternalLinkOpener(deps: ExternalLinkDeps): (url: string) => Promise<boolean> {
  let asking = false;
  return async (url) => {
    if (!isSafeExternalUrl(url) || asking) return false;
    asking = true;
    try {
      const { response } = await deps.showMessageBox({
        type: 'question',
        buttons: ['Open in browser', 'Stay in Kindred'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
        message: 'Open this link in your web browser?',
        detail: `${url}\n\nKindred itself works offline. The page will open in your browser and may need the internet.`,
      });
      if (response !== OPEN_BUTTON) return false;
      await deps.openExternal(url);
      return true;
    } finally {
      asking = false;
    }
  };
}

interface PreventableEvent {
  preventDefault(): void;
}

/** What of a WebContents the guards touch; Electron's WebContents satisfies it. */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardOptions {
  /** True for URLs on the renderer's own origin (origin.ts). */
  isAppUrl(url: string): boolean;
  /** Offers an https link to the user's browser (createExternalLinkOpener). */
  openExternalLink(url: string): Promise<boolean>;
  log(message: string): void;
}

/** Keeps one web contents on our origin: no navigation away, no new windows, no webviews. */
export function guardWebContents(contents: GuardableContents, options: GuardOptions): void {
  const offerExternally = (url: string) => {
    options.openExternalLink(url).catch((err: unknown) => options.log(`Could not open ${url}: ${String(err)}`));
  };

  contents.on('will-navigate', (event, url) => {
    if (options.isAppUrl(url)) return;
    event.preventDefault();
    options.log(`Blocked navigation to ${url}`);
    // A plain link clicked in the page: treat it like target=_blank rather than silently ignoring it.
    offerExternally(url);
  });

  contents.on('will-redirect', (event, url) => {
    if (options.isAppUrl(url)) return;
    event.preventDefault();
    options.log(`Blocked redirect to ${url}`);
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    options.log('Blocked a <webview>');
  });

  contents.setWindowOpenHandler(({ url }) => {
    offerExternally(url);
    return { action: 'deny' };
  });
}

/** Applies the guards to every web contents the app ever creates, before it loads anything. */
export function guardAllWebContents(
  app: { on(event: 'web-contents-created', listener: (event: unknown, contents: GuardableContents) => void): unknown },
  options: GuardOptions,
): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
}
