/**
 * Serves the built renderer (out/renderer). Paths that try to climb out of the folder are refused
 * before touching the disk, and the resolved real path is checked again, so neither `..` tricks nor
 * symlinks can read the rest of the machine. Unknown routes get index.html (the renderer routes
 * itself); unknown files with an extension get 404, so a missing script never arrives as HTML.
 */
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { MIME_TYPES } from '../contract/mimeTypes';

/** The same types the desktop app's app:// protocol serves (main/contract/mimeTypes.ts): one build, one table. */
export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The decoded path segments of a request URL, or null when it is not a plain path inside the root:
 * bad percent-encoding, `..`, backslashes (Windows separators) or NUL.
 */
export function safeSegments(url: string): string[] | null {
  const pathname = url.split(/[?#]/, 1)[0] ?? '';
  if (!pathname.startsWith('/')) return null;
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '..' || segment.includes('/') || segment.includes('\\') || segment.includes('\0')) return null;
    if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments;
}

type Found = { path: string };

async function findFile(root: string, segments: string[]): Promise<Found | null> {
  const candidate = resolve(root, ...segments);
  try {
    const real = await realpath(candidate);
    if (real !== root && !real.startsWith(root + sep)) return null;
    const info = await stat(real);
    return info.isFile() ? { path: real } : null;
  } catch {
    return null;
  }
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** `root` is resolved to its real path once so containment checks compare like with like. */
export async function createStaticHandler(root: string): Promise<StaticHandler> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${join(root, 'index.html')} is missing: run npm run build first.`);
  }
  const realRoot = await realpath(root);
  const indexHtml = join(realRoot, 'index.html');

  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Method not allowed');
      return;
    }
    const segments = safeSegments(req.url ?? '/');
    if (!segments) {
      sendText(res, 400, 'Bad path');
      return;
    }
    let file = await findFile(realRoot, segments.length ? segments : ['index.html']);
    const last = segments.at(-1) ?? '';
    if (!file && extname(last) === '') file = await findFile(realRoot, ['index.html']);
    if (!file) {
      sendText(res, 404, 'Not found');
      return;
    }
    // The built renderer is a handful of small files: reading each whole keeps errors simple.
    const content = await readFile(file.path);
    res.statusCode = 200;
    res.setHeader('Content-Type', mimeType(file.path));
    res.setHeader('Content-Length', content.length);
    // A dev/test server: always revalidate so a fresh build is never hidden behind a cached one.
    res.setHeader('Cache-Control', file.path === indexHtml ? 'no-store' : 'no-cache');
    res.end(req.method === 'HEAD' ? undefined : content);
  };
}
