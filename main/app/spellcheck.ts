/**
 * Spellchecking that never goes online. macOS always uses its own spellchecker, with no files to
 * fetch. Elsewhere Electron (45, as Chromium) asks Windows' own spellchecker first, for the
 * languages Windows has, and falls back to Hunspell dictionaries it would download from Google's
 * servers: a request the session's network guard (security.ts) never sees, because the download
 * runs outside the page. So before any window asks for a language, the download address is pointed
 * at a folder inside the app (resources/dictionaries, where a bundled .bdic file would live): a
 * fallback then reads this computer only, and its failure is logged instead of passing silently.
 *
 * No npm package ships Chromium's .bdic files (dictionary-en-gb has the Hunspell .aff/.dic, which
 * Chromium cannot read), so none is bundled yet: with no Windows UK English dictionary installed,
 * words are not underlined, rather than Kindred going online to fetch one.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** UK English, as everything Kindred writes (PRODUCT.md). */
export const SPELLCHECK_LANGUAGES = ['en-GB'];

type DictionaryEvent =
  | 'spellcheck-dictionary-download-begin'
  | 'spellcheck-dictionary-download-success'
  | 'spellcheck-dictionary-download-failure'
  | 'spellcheck-dictionary-initialized';

/** What of a Session spellchecking touches; Electron's Session satisfies it. */
export interface SpellcheckSession {
  setSpellCheckerLanguages(languages: string[]): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  on(event: DictionaryEvent, listener: (event: unknown, languageCode: string) => void): unknown;
}

/** The bundled dictionaries folder as the file:// address Electron wants (with its trailing slash). */
export function bundledDictionariesUrl(resourcesDir: string): string {
  const href = pathToFileURL(join(resourcesDir, 'dictionaries')).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export function keepSpellcheckOffline(
  ses: SpellcheckSession,
  options: { platform: NodeJS.Platform; resourcesDir: string; log(message: string): void },
): void {
  // macOS: the system spellchecker and its own language setting; the download address is unused there.
  if (options.platform === 'darwin') return;
  // First the address, then the language: setting a language is what may start a download.
  ses.setSpellCheckerDictionaryDownloadURL(bundledDictionariesUrl(options.resourcesDir));
  ses.on('spellcheck-dictionary-download-begin', (_event, language) =>
    options.log(`Spellcheck: ${language} is not a dictionary this computer has; looking in Kindred's own folder (never online).`),
  );
  ses.on('spellcheck-dictionary-download-failure', (_event, language) =>
    options.log(`Spellcheck: no ${language} dictionary on this computer, so words are not checked. Kindred does not fetch one online.`),
  );
  ses.setSpellCheckerLanguages(SPELLCHECK_LANGUAGES);
}
