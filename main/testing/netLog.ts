/**
 * Reads Chromium's net log (`--log-net-log=<file>`), which records every request any of the app's
 * processes make: the page's, and those made outside it (spellcheck dictionary downloads, component
 * updates), which the session's request guard never sees.
 */

/** Schemes that stay on this computer: the app's own, files, inline data and DevTools. */
const LOCAL = /^(app|file|data|blob|devtools|chrome|chrome-extension|chrome-error|about):/i;

/**
 * Every distinct URL in the log that uses the network: the internet, and loopback too, since the
 * app itself has no business there either. A log cut short (the app stopped mid-write) is still
 * read: URLs are found in its text, not by parsing it whole.
 */
export function networkRequests(netLogText: string): string[] {
  const urls = new Set<string>();
  for (const match of netLogText.matchAll(/"url"\s*:\s*"([^"]+)"/g)) {
    const url = match[1]!;
    if (!LOCAL.test(url)) urls.add(url);
  }
  return [...urls];
}
