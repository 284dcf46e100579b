/**
 * The bridge over real HTTP, with the real service and a real SQLite file in a temp folder.
 * Requests go through node:http rather than fetch so tests can send what browsers never would:
 * raw `..` paths, forged Host headers, chunked floods.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Plan, PlanSummary } from '../domain/plan';
import { MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES } from './api';
import { CONTENT_SECURITY_POLICY } from '../contract/csp';
import { STRICT_CSP, TOKEN_HEADER, tokenCookieName } from './security';
import { startBridge, type Bridge } from './server';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

interface Req {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  /** A string, or chunks sent one by one (chunked encoding, no Content-Length). */
  body?: string | Buffer[];
  /** Leave out the run's token, as any other program on the computer would. */
  withoutToken?: boolean;
}

/** Each running bridge's token by port, so requests carry it as the tests' own programs would. */
const tokens = new Map<number, string>();

async function start(options: Parameters<typeof startBridge>[0]): Promise<Bridge> {
  const bridge = await startBridge(options);
  tokens.set(bridge.port, bridge.token);
  return bridge;
}

function send(port: number, { method = 'GET', path = '/', headers = {}, body, withoutToken = false }: Req): Promise<Reply> {
  const token = tokens.get(port);
  const allHeaders = withoutToken || token === undefined ? headers : { [TOKEN_HEADER]: token, ...headers };
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: allHeaders, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may answer (413) and hang up while we are still uploading; the reply is what counts.
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') reject(err);
    });
    if (Array.isArray(body)) for (const chunk of body) req.write(chunk);
    else if (body !== undefined) req.write(body);
    req.end();
  });
}

const json = { 'Content-Type': 'application/json' };

async function call(port: number, method: string, input?: unknown): Promise<Reply & { body: unknown }> {
  const reply = await send(port, { method: 'POST', path: `/api/${method}`, headers: json, body: JSON.stringify({ input }) });
  return { ...reply, body: JSON.parse(reply.text) };
}

/** Any error (refused, unreachable): nothing is listening there for us. */
function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(1_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kindred-bridge-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the API', () => {
  let bridge: Bridge;
  beforeEach(async () => {
    bridge = await start({ dataDir: join(dir, 'data') });
  });
  afterEach(() => bridge.close());

  it('round-trips a plan through the real store', async () => {
    const created = await call(bridge.port, 'createPlan', { details: { title: 'Shaping our next study', startTime: '10:00' } });
    expect(created.status).toBe(200);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    expect(created.headers['cache-control']).toBe('no-store');
    expect(created.body).toMatchObject({ ok: true, value: { title: 'Shaping our next study', startTime: '10:00' } });
    const id = (created.body as { value: Plan }).value.id;

    const fetched = await call(bridge.port, 'getPlan', { planId: id });
    expect(fetched.body).toMatchObject({ ok: true, value: { id, title: 'Shaping our next study', blocks: [] } });

    // Methods without input take a body with no "input" at all.
    const list = await send(bridge.port, { method: 'POST', path: '/api/listPlans', headers: json, body: '{}' });
    const titles = (JSON.parse(list.text) as { value: PlanSummary[] }).value.map((p) => p.title);
    expect(titles).toContain('Shaping our next study');
  });

  it('keeps what was saved across a restart on the same folder', async () => {
    const created = await call(bridge.port, 'createPlan', { details: { title: 'Still here' } });
    const id = (created.body as { value: Plan }).value.id;
    await bridge.close();
    expect(bridge.kindred.db.open).toBe(false);

    bridge = await start({ dataDir: join(dir, 'data') });
    expect((await call(bridge.port, 'getPlan', { planId: id })).body).toMatchObject({ ok: true, value: { title: 'Still here' } });
  });

  it('answers wrong types with the validation envelope, field by field', async () => {
    const reply = await call(bridge.port, 'createPlan', { details: { title: 42, startTime: 'teatime' } });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: expect.any(String),
        fields: { 'details.title': 'A plan name needs to be text.', 'details.startTime': 'Use a 24-hour time, like 09:30.' },
      },
    });
  });

  it('lets dispatch answer methods it does not know', async () => {
    for (const name of ['dropEverything', '__proto__', 'constructor', '']) {
      const reply = await call(bridge.port, name);
      expect(reply.status, name).toBe(200);
      expect(reply.body, name).toEqual({ ok: false, error: { code: 'invalid', message: 'Kindred does not know how to do that.' } });
    }
  });

  it('refuses malformed JSON and bodies that are not an object', async () => {
    for (const body of ['{"input": ', '', 'null', '[1,2]', '"input"']) {
      const reply = await send(bridge.port, { method: 'POST', path: '/api/listPlans', headers: json, body });
      expect(reply.status, body).toBe(400);
      expect(JSON.parse(reply.text), body).toEqual({ ok: false, error: { code: 'invalid', message: expect.stringContaining('could not read') } });
    }
  });

  it('refuses bodies over the limit, declared or streamed', async () => {
    const big = JSON.stringify({ input: { details: { title: 'x'.repeat(MAX_BODY_BYTES) } } });
    const declared = await send(bridge.port, { method: 'POST', path: '/api/createPlan', headers: json, body: big });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.text)).toMatchObject({ ok: false, error: { code: 'invalid' } });

    const chunk = Buffer.alloc(256 * 1024, 'x');
    const streamed = await send(bridge.port, {
      method: 'POST',
      path: '/api/createPlan',
      headers: json,
      body: Array.from({ length: 20 }, () => chunk),
    });
    expect(streamed.status).toBe(413);
    // Nothing was half-saved, and the server is still answering.
    const list = (await call(bridge.port, 'listPlans')).body as { value: PlanSummary[] };
    expect(list.value.every((p) => !p.title.startsWith('xxx'))).toBe(true);
  });

  it('takes a plan file of up to 20 MB to import, and refuses more with the plan file’s own message', async () => {
    const fiveMb = JSON.stringify({ input: { base64: Buffer.alloc(5 * 1024 * 1024, 0x20).toString('base64'), fileName: 'big.kindred' } });
    const taken = await send(bridge.port, { method: 'POST', path: '/api/importPlanFile', headers: json, body: fiveMb });
    expect(taken.status).toBe(200);
    expect(JSON.parse(taken.text)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringContaining('Nothing was imported.') },
    });

    const tooBig = JSON.stringify({ input: { base64: 'A'.repeat(MAX_IMPORT_BODY_BYTES) } });
    const refused = await send(bridge.port, { method: 'POST', path: '/api/importPlanFile', headers: json, body: tooBig });
    expect(refused.status).toBe(413);
    expect(JSON.parse(refused.text)).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'This file is too big to be a Kindred plan (the limit is 20 MB). Nothing was imported.' },
    });
  });

  it('requires JSON and POST', async () => {
    const text = await send(bridge.port, { method: 'POST', path: '/api/listPlans', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
    // A form post from another page would arrive like this.
    const form = await send(bridge.port, {
      method: 'POST',
      path: '/api/listPlans',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'input=1',
    });
    expect(form.status).toBe(415);

    for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
      const reply = await send(bridge.port, { method, path: '/api/listPlans' });
      expect(reply.status, method).toBe(405);
      expect(reply.headers.allow, method).toBe('POST');
      expect(JSON.parse(reply.text), method).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    const charset = await send(bridge.port, {
      method: 'POST',
      path: '/api/listPlans',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: '{}',
    });
    expect(charset.status).toBe(200);
  });

  it('answers only to its own Host (no DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${bridge.port}`, '127.0.0.1', `127.0.0.1:${bridge.port + 1}`, `0.0.0.0:${bridge.port}`]) {
      const reply = await send(bridge.port, { method: 'POST', path: '/api/listPlans', headers: { ...json, Host: host }, body: '{}' });
      expect(reply.status, host).toBe(403);
      expect(JSON.parse(reply.text), host).toMatchObject({ ok: false });
      expect((await send(bridge.port, { path: '/', headers: { Host: host } })).status, host).toBe(403);
    }
    for (const host of [`127.0.0.1:${bridge.port}`, `localhost:${bridge.port}`, `LOCALHOST:${bridge.port}`]) {
      const reply = await send(bridge.port, { method: 'POST', path: '/api/listPlans', headers: { ...json, Host: host }, body: '{}' });
      expect(reply.status, host).toBe(200);
    }
  });

  it('refuses other origins', async () => {
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${bridge.port + 1}`, `https://127.0.0.1:${bridge.port}`]) {
      const reply = await send(bridge.port, { method: 'POST', path: '/api/listPlans', headers: { ...json, Origin: origin }, body: '{}' });
      expect(reply.status, origin).toBe(403);
    }
    const own = await send(bridge.port, {
      method: 'POST',
      path: '/api/listPlans',
      headers: { ...json, Origin: `http://127.0.0.1:${bridge.port}` },
      body: '{}',
    });
    expect(own.status).toBe(200);
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}`);
    expect(await canConnect('127.0.0.1', bridge.port)).toBe(true);
    const elsewhere = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal)
      .map((a) => a!.address);
    for (const address of ['::1', ...elsewhere]) expect(await canConnect(address, bridge.port), address).toBe(false);
  });

  it('closes the database and the port', async () => {
    await bridge.close();
    expect(bridge.kindred.db.open).toBe(false);
    expect(await canConnect('127.0.0.1', bridge.port)).toBe(false);
    await bridge.close(); // twice is harmless (afterEach does it again)
  });
});

describe('the renderer files', () => {
  let bridge: Bridge;
  let root: string;
  beforeEach(async () => {
    root = join(dir, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Kindred</title>');
    await writeFile(join(root, 'assets', 'app-1234.js'), 'console.log("hi")');
    await writeFile(join(root, 'assets', 'app-1234.css'), 'body{}');
    await writeFile(join(root, 'assets', 'font.woff2'), 'woff2');
    await writeFile(join(dir, 'secret.txt'), 'SECRET');
    await symlink(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
    bridge = await start({ dataDir: join(dir, 'data'), staticDir: root });
  });
  afterEach(() => bridge.close());

  it('serves index.html with the strict CSP and safe headers', async () => {
    const reply = await send(bridge.port, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('<title>Kindred</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(STRICT_CSP);
    expect(STRICT_CSP).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses files and the API alike, in plain text, to a request without this run’s token', async () => {
    for (const path of ['/', '/index.html', '/assets/app-1234.js']) {
      const reply = await send(bridge.port, { path, withoutToken: true });
      expect(reply.status, path).toBe(403);
      expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(reply.text).toContain('the link it printed when it started');
      expect(reply.text).not.toContain('Kindred</title>');
    }
    const api = await send(bridge.port, { method: 'POST', path: '/api/listPlans', headers: json, body: '{}', withoutToken: true });
    expect(api.status).toBe(403);
    expect(api.text).not.toContain('"ok"');
  });

  it('refuses a wrong token, a token of another length and an empty one', async () => {
    const wrong = [`${bridge.token.slice(0, -1)}x`, `${bridge.token}x`, ''];
    for (const token of wrong) {
      expect((await send(bridge.port, { path: '/', headers: { [TOKEN_HEADER]: token }, withoutToken: true })).status).toBe(403);
      expect((await send(bridge.port, { path: `/?token=${encodeURIComponent(token)}`, withoutToken: true })).status).toBe(403);
      const cookie = `${tokenCookieName(bridge.port)}=${token}`;
      expect((await send(bridge.port, { path: '/', headers: { Cookie: cookie }, withoutToken: true })).status).toBe(403);
    }
  });

  it('opens with the token in the printed URL, then keeps it in a strict cookie so reloads and API calls work', async () => {
    expect(bridge.openUrl).toBe(`${bridge.url}/?token=${bridge.token}`);
    expect(bridge.token).toMatch(/^[\w-]{43}$/); // 32 random bytes, base64url
    const first = await send(bridge.port, { path: `/?token=${bridge.token}`, withoutToken: true });
    expect(first.status).toBe(200);
    const setCookie = first.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toBe(`${tokenCookieName(bridge.port)}=${bridge.token}; Path=/; HttpOnly; SameSite=Strict`);
    const cookie = setCookie.split(';')[0] ?? '';
    expect((await send(bridge.port, { path: '/', headers: { Cookie: `other=1; ${cookie}` }, withoutToken: true })).status).toBe(200);
    const api = await send(bridge.port, {
      method: 'POST',
      path: '/api/listPlans',
      headers: { ...json, Cookie: cookie },
      body: '{}',
      withoutToken: true,
    });
    expect(JSON.parse(api.text)).toMatchObject({ ok: true });
  });

  it('makes a new token for each run', async () => {
    const other = await startBridge({ dataDir: join(dir, 'other') });
    try {
      expect(other.token).not.toBe(bridge.token);
      expect((await send(other.port, { path: '/', headers: { [TOKEN_HEADER]: bridge.token }, withoutToken: true })).status).toBe(403);
    } finally {
      await other.close();
    }
  });

  it('gives each file its MIME type', async () => {
    const types: Record<string, string> = {
      '/assets/app-1234.js': 'text/javascript; charset=utf-8',
      '/assets/app-1234.css': 'text/css; charset=utf-8',
      '/assets/font.woff2': 'font/woff2',
      '/index.html': 'text/html; charset=utf-8',
    };
    for (const [path, type] of Object.entries(types)) {
      const reply = await send(bridge.port, { path });
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe(type);
    }
    const head = await send(bridge.port, { method: 'HEAD', path: '/assets/app-1234.js' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
  });

  it('falls back to index.html for routes, but not for missing files', async () => {
    const route = await send(bridge.port, { path: '/plans/123?x=1' });
    expect(route.status).toBe(200);
    expect(route.text).toContain('<title>Kindred</title>');
    expect((await send(bridge.port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it('never leaves the renderer folder', async () => {
    const attempts = [
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e/',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/assets/..\\..\\secret.txt',
      '/%00index.html',
      '/%E0%A4%A',
      '/assets/link.txt',
    ];
    for (const path of attempts) {
      const reply = await send(bridge.port, { path });
      expect(reply.text, path).not.toContain('SECRET');
      expect(reply.text, path).not.toContain('"name": "kindred"');
      expect([400, 404], path).toContain(reply.status);
    }
  });

  it('serves files with GET and HEAD only', async () => {
    const reply = await send(bridge.port, { method: 'POST', path: '/', headers: json, body: '{}' });
    expect(reply.status).toBe(405);
  });
});

describe('start-up', () => {
  it('explains a missing build', async () => {
    await expect(startBridge({ dataDir: join(dir, 'data'), staticDir: join(dir, 'nothing') })).rejects.toThrow('run npm run build first');
  });

  it('fails cleanly when the port is taken, closing the database', async () => {
    const first = await startBridge({ dataDir: join(dir, 'a') });
    try {
      await expect(startBridge({ dataDir: join(dir, 'b'), port: first.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await first.close();
    }
  });
});

describe('npm run serve:web on a port already in use', () => {
  it('says so in a plain sentence and exits 2, with no stack trace', async () => {
    const first = await start({ dataDir: join(dir, 'a') });
    try {
      const root = join(dir, 'renderer');
      await mkdir(root, { recursive: true });
      await writeFile(join(root, 'index.html'), '<!doctype html><title>Kindred</title>');
      const startScript = join(import.meta.dirname, 'start.ts');
      const args = ['--import', 'tsx', startScript, '--static', root, '--port', String(first.port), '--data-dir', join(dir, 'b')];
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        execFile(process.execPath, args, { timeout: 30_000 }, (err, _stdout, stderr) =>
          resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stderr }),
        );
      });
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe(
        `Port ${first.port} is already in use, perhaps by another Kindred. Stop that one, or choose another port with --port <n> (0 picks a free one).`,
      );
    } finally {
      await first.close();
    }
  });
});

describe('dev mode (Vite)', () => {
  let bridge: Bridge;
  let devDir: string;
  beforeAll(async () => {
    devDir = await mkdtemp(join(tmpdir(), 'kindred-bridge-dev-'));
    bridge = await start({ dataDir: devDir, vite: true });
  });
  afterAll(async () => {
    await bridge.close();
    await rm(devDir, { recursive: true, force: true });
  });

  it('serves the renderer from source with the dev CSP, and the API beside it', async () => {
    const page = await send(bridge.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('/@react-refresh');
    expect(page.text).not.toMatch(/http-equiv=["']Content-Security-Policy/i);
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('*');
    expect((await send(bridge.port, { path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await call(bridge.port, 'getSettings')).body).toMatchObject({ ok: true });
  });
});
