import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FakeEmitter } from '../testing/electronFakes';
import { bundledDictionariesUrl, keepSpellcheckOffline, SPELLCHECK_LANGUAGES } from './spellcheck';

/** A Session as far as spellchecking goes, recording the order of what is asked of it. */
class FakeSpellSession extends FakeEmitter {
  readonly calls: string[] = [];
  readonly setSpellCheckerLanguages = vi.fn((languages: string[]) => this.calls.push(`languages ${languages.join(',')}`));
  readonly setSpellCheckerDictionaryDownloadURL = vi.fn((url: string) => this.calls.push(`download from ${url}`));
}

const resourcesDir = join('/Applications/Kindred.app/Contents/Resources');

describe('spellchecking offline', () => {
  it('on Windows, points dictionary downloads at the app’s own folder before choosing UK English', () => {
    const ses = new FakeSpellSession();
    keepSpellcheckOffline(ses, { platform: 'win32', resourcesDir, log: () => {} });
    const url = bundledDictionariesUrl(resourcesDir);
    expect(ses.calls).toEqual([`download from ${url}`, 'languages en-GB']);
    expect(SPELLCHECK_LANGUAGES).toEqual(['en-GB']);
    // Never Google's servers, or anywhere off this computer: a file:// folder, with the trailing slash Electron needs.
    expect(url.startsWith('file:///')).toBe(true);
    expect(url.endsWith('/dictionaries/')).toBe(true);
    expect(fileURLToPath(url)).toBe(`${join(resourcesDir, 'dictionaries')}/`);
  });

  it('makes a folder with spaces or # in its name a proper file address', () => {
    const url = bundledDictionariesUrl('/Users/amara/My Apps #2/Kindred');
    expect(url).toBe('file:///Users/amara/My%20Apps%20%232/Kindred/dictionaries/');
  });

  it('leaves macOS to its own spellchecker: no download address, no language forced', () => {
    const ses = new FakeSpellSession();
    keepSpellcheckOffline(ses, { platform: 'darwin', resourcesDir, log: () => {} });
    expect(ses.calls).toEqual([]);
  });

  it('says in the log when no dictionary could be found, instead of spellcheck going quietly off', () => {
    const ses = new FakeSpellSession();
    const log = vi.fn();
    keepSpellcheckOffline(ses, { platform: 'win32', resourcesDir, log });
    ses.emit('spellcheck-dictionary-download-begin', {}, 'en-GB');
    ses.emit('spellcheck-dictionary-download-failure', {}, 'en-GB');
    expect(log.mock.calls.map(([m]) => m)).toEqual([
      "Spellcheck: en-GB is not a dictionary this computer has; looking in Kindred's own folder (never online).",
      'Spellcheck: no en-GB dictionary on this computer, so words are not checked. Kindred does not fetch one online.',
    ]);
  });
});
