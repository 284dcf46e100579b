/**
 * The app:// protocol: serves the built renderer (out/renderer) instead of file://, so the pages
 * get a real origin for CSP and the IPC sender check, and can read nothing outside that folder.
 */
// Looked up on fs.promises at call time, so Electron's asar patches to it always apply.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './origin';
import { MIME_TYPES } from '../contract/mimeTypes';
import { CONTENT_SECURITY_POLICY } from './security';

export { MIME_TYPES };

const PREFIX = `${APP_SCHEME}://${APP_HOST}`;

/** Privileges for app://. Must be registered before the app's `ready` event. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  // standard: relative URLs and a real origin; secure: treated like https; fetch for JSON assets.
  // Not corsEnabled: module scripts and fonts are same-origin, and without it no other origin can
  // read app:// responses.
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export function registerAppScheme(protocol: { registerSchemesAsPrivileged(schemes: CustomScheme[]): void }): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'extname'>;

/**
 * Maps a request URL to a file under `root`, or null when it must not be served. Pure, so the
 * traversal rules can be tested for both POSIX and Windows paths (`pathApi`).
 *
 * Chromium normalises URLs before they reach the handler, but this does not rely on that: it reads
 * the path as written (before a URL parser would fold `..` away), decodes it once, and refuses dot
 * segments, backslashes, colons (drive letters, NTFS streams), NUL and empty segments, then checks
 * that the resolved file is still inside `root`.
 */
export function resolveAppPath(requestUrl: string, root: string, pathApi: PathApi = path): string | null {
  if (!requestUrl.startsWith(PREFIX)) return null;
  const rest = requestUrl.slice(PREFIX.length);
  // Anything but a path, query or fragment after the host (a port, user info, another host) is refused.
  if (rest !== '' && !/^[/?#]/.test(rest)) return null;
  let rawPath = rest.split(/[?#]/, 1)[0] ?? '';
  if (rawPath === '') rawPath = '/';

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (/[\\:\0]/.test(decoded)) return null;
  if (decoded.endsWith('/')) decoded += 'index.html';

  const segments = decoded.slice(1).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;

  const file = pathApi.resolve(root, ...segments);
  const rel = pathApi.relative(root, file);
  if (rel === '' || rel.startsWith('..') || pathApi.isAbsolute(rel)) return null;
  if (!(pathApi.extname(file).toLowerCase() in MIME_TYPES)) return null;
  return file;
}

function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}

/** The request handler for app://, serving files from `root` (the built renderer folder). */
export function createAppHandler(root: string): (request: Request) => Promise<Response> {
  // Resolved once: symlinks inside the bundle must not lead outside the real root either.
  // A missing root resolves to null (everything 404s) rather than leaving a rejected promise about.
  let realRoot: Promise<string | null> | null = null;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
    const file = resolveAppPath(request.url, root);
    if (file === null) return plainResponse(404, 'Not found');
    realRoot ??= fsp.realpath(root).catch(() => null);
    let body: Uint8Array;
    try {
      const [base, realFile] = await Promise.all([realRoot, fsp.realpath(file)]);
      if (base === null || !isInside(base, realFile)) return plainResponse(404, 'Not found');
      body = new Uint8Array(await fsp.readFile(realFile));
    } catch {
      return plainResponse(404, 'Not found');
    }
    const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'Content-Type': type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        // The files change with each release; never serve a stale bundle after an update.
        'Cache-Control': 'no-cache',
      },
    });
  };
}

export function serveApp(protocol: { handle(scheme: string, handler: (request: Request) => Promise<Response>): void }, root: string): void {
  protocol.handle(APP_SCHEME, createAppHandler(root));
}
