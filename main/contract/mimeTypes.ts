/**
 * File types of the renderer build, shared by the app:// protocol and the web bridge (so it sits in
 * the contract room, which both transports import). No imports, so the bridge can use it without
 * type-checking Electron-facing code against the DOM.
 */
/** The only file types the renderer build emits; app:// answers anything else with 404. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
