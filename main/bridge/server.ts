/**
 * The dev/test web bridge: the real service over a real SQLite file, behind a loopback-only HTTP
 * endpoint that also serves the renderer, so the whole app runs in a browser (Playwright, `npm run
 * dev:web`). It calls the very `dispatch` Electron's IPC uses, so validation and errors are identical.
 *
 * Never part of the packaged app: it is run by tsx only, and a unit test keeps main/app from importing it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ViteDevServer } from 'vite';
import { openKindred, recoverFromBackup, startAfresh, type Kindred } from '../service/openKindred';
import { handleApi, sendApiError, sendJson } from './api';
import { createDevRenderer } from './devRenderer';
import {
  checkToken,
  devCsp,
  isAllowedHost,
  isAllowedOrigin,
  newBridgeToken,
  refuseWithoutToken,
  setCommonHeaders,
  setTokenCookie,
  STRICT_CSP,
  TOKEN_PARAM,
} from './security';
import { createStaticHandler, type StaticHandler } from './staticFiles';

export interface BridgeOptions {
  /** Folder holding kindred.db (created if missing). */
  dataDir: string;
  /** Built renderer to serve (out/renderer). */
  staticDir?: string;
  /** Serve the renderer from source through Vite instead (hot reload). Wins over staticDir. */
  vite?: boolean;
  /** 0 picks a free port. */
  port?: number;
  /**
   * After the service said kindred.db is damaged (DatabaseDamagedError): put this backup in its
   * place, or 'afresh' to start with no plans. Either way the service keeps the damaged file.
   */
  recover?: { backupId: string } | 'afresh';
  /** This run's token; a new random one unless given (a restart on the same port keeps the page's). */
  token?: string;
}

export interface Bridge {
  /** Origin to open, e.g. http://127.0.0.1:5178 (no trailing slash). */
  url: string;
  port: number;
  /** This run's secret: every request must carry it (URL, cookie or X-Kindred-Token header). */
  token: string;
  /** The link to open: the origin with the token, which the page then keeps in a cookie. */
  openUrl: string;
  /** The open store and service, for tests and benches that seed data directly. */
  kindred: Kindred;
  /** Where the damaged kindred.db was kept, when `recover` was given. */
  damagedFileKeptAs?: string;
  /** Stops accepting requests, drops open connections, then closes the database. */
  close(): Promise<void>;
}

function openFor({ dataDir, recover }: BridgeOptions): Kindred & { damagedFileKeptAs?: string } {
  if (recover === undefined) return openKindred({ dataDir });
  return recover === 'afresh' ? startAfresh({ dataDir }) : recoverFromBackup({ dataDir, backupId: recover.backupId });
}

const HOST = '127.0.0.1';

type Renderer = { kind: 'static'; serve: StaticHandler } | { kind: 'vite'; vite: ViteDevServer } | { kind: 'none' };

function apiMethodOf(url: string): string | null {
  const pathname = url.split('?', 1)[0] ?? '';
  if (pathname === '/api') return '';
  return pathname.startsWith('/api/') ? pathname.slice('/api/'.length) : null;
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const kindred = openFor(options);
  const server = createServer();
  let renderer: Renderer = { kind: 'none' };
  try {
    if (options.vite) renderer = { kind: 'vite', vite: await createDevRenderer(server) };
    else if (options.staticDir) renderer = { kind: 'static', serve: await createStaticHandler(options.staticDir) };
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    if (renderer.kind === 'vite') await renderer.vite.close();
    kindred.close();
    throw err;
  }
  const port = (server.address() as AddressInfo).port;
  const token = options.token ?? newBridgeToken();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setCommonHeaders(res);
    const url = req.url ?? '/';
    const method = apiMethodOf(url);
    if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
      // Another site, or a name that resolves here by DNS rebinding: not ours to answer.
      sendApiError(res, 403, 'Kindred only answers to itself on this computer.');
      return;
    }
    const tokenCheck = checkToken(req, port, token);
    if (!tokenCheck.ok) {
      refuseWithoutToken(res);
      return;
    }
    if (tokenCheck.fromUrl) setTokenCookie(res, port, token);
    if (method !== null) {
      await handleApi(req, res, method, kindred.dispatch);
      return;
    }
    switch (renderer.kind) {
      case 'static':
        res.setHeader('Content-Security-Policy', STRICT_CSP);
        await renderer.serve(req, res);
        return;
      case 'vite': {
        res.setHeader('Content-Security-Policy', devCsp(port));
        const { vite } = renderer;
        vite.middlewares(req, res, () => {
          res.statusCode = 404;
          res.end('Not found');
        });
        return;
      }
      case 'none':
        res.statusCode = 404;
        res.end('Not found');
    }
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[bridge] request failed:', err);
      const message = 'Something went wrong in the bridge. Please try again.';
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message } });
      else res.destroy();
    });
  });

  let closing: Promise<void> | undefined;
  return {
    url: `http://${HOST}:${port}`,
    port,
    token,
    openUrl: `http://${HOST}:${port}/?${TOKEN_PARAM}=${token}`,
    kindred,
    ...(kindred.damagedFileKeptAs === undefined ? {} : { damagedFileKeptAs: kindred.damagedFileKeptAs }),
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
        server.closeAllConnections();
        if (renderer.kind === 'vite') await renderer.vite.close();
        await closed;
        kindred.close();
      })();
      return closing;
    },
  };
}
