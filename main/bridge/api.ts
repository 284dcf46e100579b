/**
 * `POST /api/<method>` with `{ "input": ... }` → the ApiResponse envelope from the same `dispatch`
 * Electron's IPC uses. Transport problems (wrong verb, wrong type, too big, not JSON) are answered in
 * the same envelope, so the renderer's client shows them like any other error instead of crashing.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PLAN_FILE_TOO_BIG } from '../domain/planFileBytes';
import { PLAN_FILE_BASE64_LIMIT, type ApiResponse } from '../contract/contract';
import type { Dispatch } from '../service/dispatch';
import { isJsonContentType } from './security';

/** Far above any real edit (a 100,000-character description is ~100 KB) yet small enough to refuse floods. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** A plan file to import is up to 20 MB, so its base64 and a little JSON around it. */
export const MAX_IMPORT_BODY_BYTES = PLAN_FILE_BASE64_LIMIT + 64 * 1024;

export function sendJson(res: ServerResponse, status: number, body: ApiResponse<unknown>): void {
  const json = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(json));
  res.setHeader('Cache-Control', 'no-store');
  res.end(json);
}

export function sendApiError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: 'invalid', message } });
}

type Body = { ok: true; text: string } | { ok: false };

/** Reads the body, giving up (and discarding the rest) once it passes the limit. */
function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        // Answer now; the rest of the upload drains into nothing and the connection then closes.
        resolve({ ok: false });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!tooLarge) resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', reject);
  });
}

/** `{ "input": x }` → x; a missing `input` is `undefined` (methods without input). */
function parseEnvelope(text: string): { ok: true; input: unknown } | { ok: false } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false };
  return { ok: true, input: (parsed as { input?: unknown }).input };
}

const tooLargeMessage = `That is more than Kindred can take in one go (the limit is ${MAX_BODY_BYTES / 1024 / 1024} MB). Could some of it go somewhere else?`;
const planFileTooBig = `${PLAN_FILE_TOO_BIG} Nothing was imported.`;

export async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, dispatch: Dispatch): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendApiError(res, 405, 'Kindred’s API only takes POST requests.');
    return;
  }
  if (!isJsonContentType(req.headers)) {
    sendApiError(res, 415, 'Send the request as JSON (Content-Type: application/json).');
    return;
  }
  const [limit, message] = method === 'importPlanFile' ? [MAX_IMPORT_BODY_BYTES, planFileTooBig] : [MAX_BODY_BYTES, tooLargeMessage];
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    res.setHeader('Connection', 'close');
    sendApiError(res, 413, message);
    return;
  }
  const body = await readBody(req, limit);
  if (!body.ok) {
    res.setHeader('Connection', 'close');
    sendApiError(res, 413, message);
    return;
  }
  const envelope = parseEnvelope(body.text);
  if (!envelope.ok) {
    sendApiError(res, 400, 'Kindred could not read that request. Send JSON shaped like { "input": … }.');
    return;
  }
  // dispatch validates the method name and the input, and never throws.
  sendJson(res, 200, await dispatch(method, envelope.input));
}
