/**
 * `npm run dev:web`: the renderer served live by Vite (with hot reload) inside the bridge's own HTTP
 * server, so the page, the API and the HMR WebSocket share one loopback origin and one port.
 */
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ViteDevServer } from 'vite';

const rendererRoot = resolve(import.meta.dirname, '../../renderer');

/**
 * index.html carries the packaged app's CSP in a <meta>. In dev that policy would block Vite's inline
 * React preamble, and a <meta> policy can only be tightened, never loosened, by the header. The bridge
 * sends the dev policy as a header instead (see `devCsp`), so the <meta> is dropped from dev pages only.
 */
const dropMetaCsp: Plugin = {
  name: 'kindred-bridge:drop-meta-csp',
  transformIndexHtml: {
    order: 'pre',
    handler: (html) => html.replace(/<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>\s*/i, ''),
  },
};

export function createDevRenderer(httpServer: Server): Promise<ViteDevServer> {
  return createServer({
    configFile: false,
    root: rendererRoot,
    plugins: [react(), dropMetaCsp],
    clearScreen: false,
    server: {
      middlewareMode: true,
      // Hot updates ride on the bridge's server (same port) rather than a second port. WebSocket
      // upgrades skip the bridge's request guard; Vite checks their Host and Origin itself.
      ws: { server: httpServer },
    },
  });
}
