/**
 * Watches a browser context for any attempt to reach the network: every request the page, its
 * workers or a service worker make (fetches, images, fonts, styles, beacons, navigations), every
 * WebSocket, and any service worker registered at all (Kindred has none). Only the app's own
 * loopback origin and data:/blob: URLs are allowed. The e2e fixture (fixtures/app.ts) fails a test
 * when `stray` is not empty; journeys/no-network.spec.ts proves each kind of attempt is caught.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface NetworkWatch {
  /** What was asked for off loopback, as "METHOD url" (or "WEBSOCKET url", "SERVICE WORKER url"). */
  readonly stray: string[];
  /** The app's own requests that were seen: proof the watch is listening. */
  readonly own: string[];
}

export function isOwnUrl(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** A WebSocket is "own" only on the app's host and port, never elsewhere on loopback. */
function isOwnSocket(url: string, origin: string): boolean {
  try {
    return new URL(url).host === new URL(origin).host;
  } catch {
    return false;
  }
}

export function watchNetwork(context: BrowserContext, origin: string): NetworkWatch {
  const stray: string[] = [];
  const own: string[] = [];
  context.on('request', (request) => {
    if (isOwnUrl(request.url(), origin)) own.push(request.url());
    else stray.push(`${request.method()} ${request.url()}`);
  });
  const watchPage = (page: Page) =>
    page.on('websocket', (socket) => {
      if (!isOwnSocket(socket.url(), origin)) stray.push(`WEBSOCKET ${socket.url()}`);
    });
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.on('serviceworker', (worker) => stray.push(`SERVICE WORKER ${worker.url()}`));
  return { stray, own };
}
