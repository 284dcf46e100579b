/**
 * The bridge's guard rails. It is a dev/test tool, but it serves a real SQLite file holding access
 * needs (health information), so it behaves like a local service that must not be reachable from
 * any web page other than its own: loopback only, Host and Origin pinned to itself, strict headers.
 */
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../contract/csp';

/** The packaged app's policy (main/contract/csp.ts), sent as a header so it also covers what a <meta> cannot (frame-ancestors). */
export const STRICT_CSP = CONTENT_SECURITY_POLICY;

/**
 * Dev mode only (`npm run dev:web`). Vite's dev server needs what a build does not:
 * - the React Fast Refresh preamble is an inline `<script type="module">` Vite writes into index.html;
 * - CSS imported by modules is injected as `<style>` elements at run time;
 * - hot updates arrive over a WebSocket on this same port.
 * So scripts and styles may be inline and connections may use ws: to this origin. Nothing may come
 * from another host. The built renderer (what tests and the app use) gets STRICT_CSP.
 */
export function devCsp(port: number): string {
  return STRICT_CSP.replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'")
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`);
}

/** Headers every response carries, API or not. */
export function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  // Other origins may neither embed our responses nor keep a handle on our window.
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

/** The only names this server answers to; anything else is a DNS-rebinding attempt or a mistake. */
function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && ownHosts(port).includes(host.toLowerCase());
}

/**
 * Browsers send Origin on cross-origin requests and on every POST. No Origin (curl, tests, same-origin
 * GETs) is fine; an Origin that is not this server, including the opaque "null", is refused.
 */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return ownHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

/** `application/json`, optionally with parameters such as `; charset=utf-8`. */
export function isJsonContentType(headers: IncomingHttpHeaders): boolean {
  const type = headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}
