/**
 * The one Content Security Policy: sent by the app:// protocol, by the web bridge for the built
 * renderer, and (without frame-ancestors, which a <meta> cannot carry) in renderer/index.html.
 * Nothing may load from outside the app, and no inline script may run. It sits in the contract room
 * because both transports (main/app and main/bridge) serve the page under it.
 */

/**
 * react-aria's press handling adds one fixed <style> (touch-action for pressable elements). Allowing
 * exactly that text by its hash keeps style-src free of 'unsafe-inline'. If a react-aria upgrade
 * changes the text, the e2e test that watches for CSP violations says so.
 */
export const REACT_ARIA_PRESS_STYLE_HASH = "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='";

const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  `style-src 'self' ${REACT_ARIA_PRESS_STYLE_HASH}`,
  "script-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The policy as the renderer's <meta> states it. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
