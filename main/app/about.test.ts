import { join, resolve } from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import type { AboutPanelOptionsOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { COPYRIGHT, aboutPanelOptions, setAboutPanel } from './about';

const root = resolve(import.meta.dirname, '../..');

describe('the About box', () => {
  it('names Kindred, its version (from the app) and its copyright (the installers’ own)', async () => {
    const shown: AboutPanelOptionsOptions[] = [];
    setAboutPanel({ getVersion: () => '1.4.2', setAboutPanelOptions: (o) => shown.push(o) }, '/Users/amara/Library/Application Support/Kindred');
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ applicationName: 'Kindred', applicationVersion: '1.4.2', copyright: COPYRIGHT });
    const config = await getConfig(root, 'electron-builder.yml', null);
    expect(config.copyright).toBe(COPYRIGHT);
    expect(config.productName).toBe(shown[0]?.applicationName);
  });

  it('says how to update, that it never goes online, and where the plans and backups are', () => {
    const dataDir = join('C:', 'Users', 'amara', 'AppData', 'Roaming', 'Kindred');
    const { credits } = aboutPanelOptions({ version: '0.1.0', dataDir });
    expect(credits).toContain('Kindred never updates itself or goes online.');
    expect(credits).toContain('To update, download the new installer');
    expect(credits).toContain('your plans stay as they are');
    expect(credits).toContain(`in ${dataDir}, with backups in ${join(dataDir, 'backups')}.`);
    expect(credits).toContain('OpenMoji');
  });

  it('speaks plainly: no scolding words', () => {
    const { credits = '' } = aboutPanelOptions({ version: '0.1.0', dataDir: '/data' });
    expect(credits).not.toMatch(/\b(error|invalid|must)\b/i);
  });
});
