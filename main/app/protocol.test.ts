import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppHandler, MIME_TYPES, registerAppScheme, resolveAppPath, serveApp } from './protocol';
import { CONTENT_SECURITY_POLICY } from './security';

const ROOT = '/opt/Kindred/resources/app.asar/out/renderer';

describe('resolveAppPath (POSIX)', () => {
  it.each([
    ['app://kindred', 'index.html'],
    ['app://kindred/', 'index.html'],
    ['app://kindred/index.html', 'index.html'],
    ['app://kindred/index.html#/plan/1/agenda', 'index.html'],
    ['app://kindred/?first=1', 'index.html'],
    ['app://kindred/assets/index-Bx1.js', 'assets/index-Bx1.js'],
    ['app://kindred/assets/index-Bx1.js?import', 'assets/index-Bx1.js'],
    ['app://kindred/assets/atkinson%20hyperlegible.woff2', 'assets/atkinson hyperlegible.woff2'],
    ['app://kindred/assets/ICON.PNG', 'assets/ICON.PNG'],
    // A folder means its index.html (404 later if there is none).
    ['app://kindred/assets/', 'assets/index.html'],
  ])('serves %s from the root', (url, rel) => {
    expect(resolveAppPath(url, ROOT)).toBe(path.posix.join(ROOT, rel));
  });

  it.each([
    // Traversal, plain and encoded, in every case and mix.
    'app://kindred/../secret.html',
    'app://kindred/assets/../../secret.html',
    'app://kindred/%2e%2e/secret.html',
    'app://kindred/%2E%2E/secret.html',
    'app://kindred/.%2e/secret.html',
    'app://kindred/..%2fsecret.html',
    'app://kindred/assets%2f..%2f..%2fsecret.html',
    'app://kindred/%2e%2e%2f%2e%2e%2fetc%2fpasswd.json',
    'app://kindred/./index.html',
    // Backslashes (Windows separators), plain and encoded.
    'app://kindred/..\\secret.html',
    'app://kindred/assets%5c..%5c..%5csecret.html',
    // Absolute paths and empty segments.
    'app://kindred//etc/passwd.json',
    'app://kindred/%2fetc%2fpasswd.json',
    'app://kindred/C:/Windows/win.ini.json',
    'app://kindred/index.html::$DATA.html',
    // NUL, raw and encoded.
    'app://kindred/index.html%00.png',
    'app://kindred/index.html\0.png',
    // Malformed escapes.
    'app://kindred/%E0%A4%A.html',
    'app://kindred/%.html',
    // Other hosts, ports, users, schemes.
    'app://evil/index.html',
    'app://kindred.evil/index.html',
    'app://kindredx/index.html',
    'app://kindred:80/index.html',
    'app://kindred@evil/index.html',
    'app://user@kindred/index.html',
    'APP://KINDRED/index.html',
    'file:///etc/passwd',
    'http://kindred/index.html',
    '',
    // Types the renderer never emits.
    'app://kindred/assets/index.js.map',
    'app://kindred/run.exe',
    'app://kindred/assets',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, ROOT)).toBeNull();
  });
});

describe('resolveAppPath (Windows)', () => {
  const WIN_ROOT = 'C:\\Users\\Sam\\AppData\\Local\\Programs\\Kindred\\resources\\app.asar\\out\\renderer';

  it('serves files from the root', () => {
    expect(resolveAppPath('app://kindred/assets/app.js', WIN_ROOT, path.win32)).toBe(`${WIN_ROOT}\\assets\\app.js`);
    expect(resolveAppPath('app://kindred/', WIN_ROOT, path.win32)).toBe(`${WIN_ROOT}\\index.html`);
  });

  it.each([
    'app://kindred/..%5c..%5csecret.html',
    'app://kindred/assets\\..\\..\\secret.html',
    'app://kindred/C:%5cWindows%5cwin.ini.json',
    'app://kindred/C:/Windows/win.ini.json',
    'app://kindred/%5c%5cserver%5cshare%5cx.html',
    'app://kindred/index.html:stream.html',
    'app://kindred/%2e%2e/%2e%2e/secret.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, WIN_ROOT, path.win32)).toBeNull();
  });
});

describe('resolveAppPath, whatever it is sent', () => {
  const piece = fc.constantFrom('..', '.', '/', '\\', '%2e', '%2E', '%2f', '%5c', '%00', '\0', ':', 'C:', 'a', 'index.html', '.js', '%', '?', '#');
  const hostile = fc.oneof(
    fc.string(),
    fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
  );

  it.each([
    ['POSIX', ROOT, path.posix],
    ['Windows', 'C:\\Kindred\\out\\renderer', path.win32],
  ] as const)('never resolves outside the root (%s)', (_name, root, pathApi) => {
    fc.assert(
      fc.property(hostile, (tail) => {
        const file = resolveAppPath(`app://kindred/${tail}`, root, pathApi);
        if (file === null) return;
        const rel = pathApi.relative(root, file);
        expect(rel.startsWith('..') || pathApi.isAbsolute(rel) || rel === '').toBe(false);
        expect(file.includes('\0')).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('app:// scheme registration', () => {
  it('registers app as standard, secure and fetchable, and nothing more', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the app scheme with the handler', async () => {
    const handle = vi.fn();
    serveApp({ handle }, '/nowhere');
    expect(handle).toHaveBeenCalledOnce();
    const [scheme, handler] = handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler(new Request('app://kindred/index.html'))).status).toBe(404);
  });
});

describe('createAppHandler', () => {
  let dir: string;
  let root: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kindred-protocol-'));
    root = path.join(dir, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Kindred</title>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
    writeFileSync(path.join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
    writeFileSync(path.join(dir, 'secret.html'), 'SECRET');
    symlinkSync(path.join(dir, 'secret.html'), path.join(root, 'assets', 'link.html'));
    handler = createAppHandler(root);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

  it('serves index.html with its type, the CSP and nosniff', async () => {
    const res = await get('app://kindred/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Kindred</title>');
  });

  it.each([
    ['app://kindred/', 'text/html; charset=utf-8'],
    ['app://kindred/assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://kindred/assets/app.css', 'text/css; charset=utf-8'],
    ['app://kindred/assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (url, type) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it('answers 404 for a missing file', async () => {
    expect((await get('app://kindred/assets/missing.js')).status).toBe(404);
  });

  it.each(['app://kindred/..%2fsecret.html', 'app://kindred/%2e%2e/secret.html', 'app://kindred/assets/link.html'])(
    'never serves a file outside the root: %s',
    async (url) => {
      const res = await get(url);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('SECRET');
    },
  );

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://kindred/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://kindred/index.html', 'POST')).status).toBe(405);
  });
});

describe('the built renderer', () => {
  const out = path.resolve(import.meta.dirname, '../../out/renderer');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

  it.skipIf(!existsSync(out))('contains only files the protocol knows how to serve', () => {
    const unknown = files(out).filter((f) => !(path.extname(f).toLowerCase() in MIME_TYPES) && !f.endsWith('.map'));
    expect(unknown).toEqual([]);
  });
});
