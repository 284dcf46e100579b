/**
 * Where the renderer is allowed to come from. Everything that trusts a URL (the IPC sender check,
 * navigation guards) asks this one module, so "our page" means the same thing everywhere.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'kindred';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The renderer's entry URL and the origin (scheme and host[:port]) its pages must stay on. */
export interface RendererSource {
  readonly entryUrl: string;
  readonly protocol: string;
  readonly host: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The packaged app always loads its own app:// pages. Only an unpackaged (dev) run may load the
 * electron-vite dev server, and only over loopback: Kindred never loads anything from the network.
 */
export function rendererSource(isPackaged: boolean, env: NodeJS.ProcessEnv): RendererSource {
  const devUrl = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !devUrl) {
    return { entryUrl: APP_ENTRY_URL, protocol: `${APP_SCHEME}:`, host: APP_HOST };
  }
  const url = new URL(devUrl);
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`ELECTRON_RENDERER_URL must be an http://localhost address, not ${devUrl}`);
  }
  return { entryUrl: url.href, protocol: url.protocol, host: url.host };
}

/**
 * True when `url` is on the renderer's origin. Compares scheme and host rather than `URL.origin`,
 * because Node's URL reports the origin of non-special schemes such as app:// as "null".
 */
export function isRendererUrl(source: RendererSource, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === source.protocol && parsed.host === source.host && parsed.username === '' && parsed.password === '';
}
