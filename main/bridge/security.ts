/**
 * The bridge's guard rails. It is a dev/test tool, but it serves a real SQLite file holding access
 * needs (health information), so it behaves like a local service that must not be reachable from
 * any web page other than its own: loopback only, Host and Origin pinned to itself, strict headers.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
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

/**
 * The per-run token. Loopback and the Host/Origin pins keep web pages out, but any program on this
 * computer could still drive the bridge (export everyone's access needs, restore a backup). So each
 * run makes a fresh random token, prints it in the URL it opens, and answers nothing without it.
 */
export function newBridgeToken(): string {
  return randomBytes(32).toString('base64url');
}

/** `?token=…` on the printed URL; the page's own requests then carry the cookie set from it. */
export const TOKEN_PARAM = 'token';
/** For programs (tests, the bench) that call the API directly. */
export const TOKEN_HEADER = 'x-kindred-token';

/** Cookies ignore ports, so two bridges on one computer each name their own. */
export function tokenCookieName(port: number): string {
  return `kindred-token-${port}`;
}

/** Constant-time: hashing first gives equal lengths, so neither length nor content leaks through timing. */
export function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export type TokenCheck = { ok: false } | { ok: true; fromUrl: boolean };

/** Whether the request carries this run's token in its URL, header or cookie (any one will do). */
export function checkToken(req: IncomingMessage, port: number, token: string): TokenCheck {
  const query = new URL(req.url ?? '/', 'http://bridge').searchParams.get(TOKEN_PARAM);
  if (query !== null && sameToken(query, token)) return { ok: true, fromUrl: true };
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string' && sameToken(header, token)) return { ok: true, fromUrl: false };
  const cookie = cookieValue(req.headers.cookie, tokenCookieName(port));
  if (cookie !== undefined && sameToken(cookie, token)) return { ok: true, fromUrl: false };
  return { ok: false };
}

/** Remembers a token that came in the URL, so reloads and the page's API calls carry it. */
export function setTokenCookie(res: ServerResponse, port: number, token: string): void {
  res.setHeader('Set-Cookie', `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`);
}

/** The plain-text refusal: no JSON, no stack, just what to do. */
export function refuseWithoutToken(res: ServerResponse): void {
  res.statusCode = 403;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Kindred needs the link it printed when it started (the one with ?token=…). Open that link instead.\n');
}
