import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isRendererUrl, rendererSource } from './origin';

describe('rendererSource', () => {
  it('loads app://kindred/index.html in the packaged app, whatever the environment says', () => {
    const source = rendererSource(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' });
    expect(source).toEqual({ entryUrl: APP_ENTRY_URL, protocol: 'app:', host: 'kindred' });
    expect(APP_ENTRY_URL).toBe('app://kindred/index.html');
  });

  it('loads app:// when unpackaged without a dev server (electron-vite preview)', () => {
    expect(rendererSource(false, {}).entryUrl).toBe('app://kindred/index.html');
  });

  it('loads the dev server in development', () => {
    expect(rendererSource(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toEqual({
      entryUrl: 'http://localhost:5173/',
      protocol: 'http:',
      host: 'localhost:5173',
    });
  });

  it.each(['https://localhost:5173/', 'http://192.168.1.10:5173/', 'http://example.org/', 'file:///tmp/index.html'])(
    'refuses a dev server that is not http on loopback: %s',
    (url) => {
      expect(() => rendererSource(false, { ELECTRON_RENDERER_URL: url })).toThrow(/localhost/);
    },
  );
});

describe('isRendererUrl', () => {
  const app = rendererSource(true, {});
  const dev = rendererSource(false, { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' });

  it.each(['app://kindred/index.html', 'app://kindred/', 'app://kindred/index.html#/plan/1/agenda', 'app://kindred/assets/x.js?v=1'])(
    'accepts our own page %s',
    (url) => expect(isRendererUrl(app, url)).toBe(true),
  );

  it.each([
    'app://kindred.evil/index.html',
    'app://evil/index.html',
    'app://kindred:8080/index.html',
    'app://user:pw@kindred/index.html',
    'https://kindred/index.html',
    'file:///index.html',
    'http://127.0.0.1:5173/',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isRendererUrl(app, url)).toBe(false));

  it('matches the dev server by port as well as host', () => {
    expect(isRendererUrl(dev, 'http://127.0.0.1:5173/#/')).toBe(true);
    expect(isRendererUrl(dev, 'http://127.0.0.1:5174/')).toBe(false);
    expect(isRendererUrl(dev, 'http://localhost:5173/')).toBe(false);
  });
});
