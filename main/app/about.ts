/**
 * The About box (Kindred ▸ About Kindred on macOS, Help ▸ About Kindred on Windows): name, version,
 * copyright, where the plans are kept and how to update. Kindred has no auto-update and never goes
 * online (venues are offline), so the About box is where people learn that updating is theirs to do.
 */
import { join } from 'node:path';
import type { AboutPanelOptionsOptions } from 'electron';

/** Also in electron-builder.yml (`copyright`), where the installers take it from; a test keeps them equal. */
export const COPYRIGHT = 'Copyright © Kindred contributors';

export const UPDATE_NOTE =
  'Kindred never updates itself or goes online. To update, download the new installer from the same place you got ' +
  'Kindred, and run it: your plans stay as they are.';

export function aboutPanelOptions({ version, dataDir }: { version: string; dataDir: string }): AboutPanelOptionsOptions {
  return {
    applicationName: 'Kindred',
    applicationVersion: version,
    copyright: COPYRIGHT,
    credits: [
      UPDATE_NOTE,
      `Your plans are kept on this computer, in ${dataDir}, with backups in ${join(dataDir, 'backups')}.`,
      'Easy Read pictures are from OpenMoji (openmoji.org), under the CC BY-SA 4.0 licence.',
    ].join('\n\n'),
  };
}

/** What of Electron's app the About box uses. */
export interface AboutApp {
  getVersion(): string;
  setAboutPanelOptions(options: AboutPanelOptionsOptions): void;
}

export function setAboutPanel(app: AboutApp, dataDir: string): void {
  app.setAboutPanelOptions(aboutPanelOptions({ version: app.getVersion(), dataDir }));
}
