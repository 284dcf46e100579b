/**
 * electron-builder.yml is only exercised for real on the release runners (issue #7), so here it is
 * loaded and validated by electron-builder's own code (its js-yaml loader and its ajv check against
 * app-builder-lib/scheme.json), and the settings Kindred depends on are pinned down.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Configuration, FileSet } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, 'electron-builder.yml', null);
});

const validate = (c: Configuration) => validateConfiguration(c, new DebugLogger(false));

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('would be caught if it were not (the check is real)', async () => {
    const misspeltFuse = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } } as Configuration;
    await expect(validate(misspeltFuse)).rejects.toThrow(/electronFuses/);
    const unknownOption = { ...config, nsis: { ...config.nsis, perUser: true } } as Configuration;
    await expect(validate(unknownOption)).rejects.toThrow(/nsis/);
  });

  it('names the app', () => {
    expect(config).toMatchObject({ appId: 'org.kindred.app', productName: 'Kindred', directories: { output: 'release', buildResources: 'resources' } });
    expect(config.copyright).toMatch(/Kindred/);
  });

  it('packs the built bundles and package.json only, including the main entry', () => {
    const sets = (Array.isArray(config.files) ? config.files : [config.files]) as (FileSet | string)[];
    const patterns = sets.flatMap((s) => (typeof s === 'string' ? [s] : ([] as string[]).concat(s.filter ?? [])));
    expect(patterns.filter((p) => !p.startsWith('!')).sort()).toEqual(['out/**', 'package.json']);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('uses an asar with native modules unpacked, and rebuilds them for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).not.toBe(false);
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('builds a dmg for x64 and for arm64, and an NSIS installer for x64 and arm64', () => {
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
  });

  it('installs per user on Windows, lets people choose the folder, and keeps their data on uninstall', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('associates .kindred files as "Kindred plan"', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'kindred', name: 'Kindred plan' })]);
  });

  it('refers only to files that exist', () => {
    const paths = [config.directories?.buildResources, config.mac?.icon, config.win?.icon];
    for (const p of paths) {
      expect(p, 'a path in electron-builder.yml').toBeTypeOf('string');
      expect(existsSync(path.join(root, p as string)), `${p} exists`).toBe(true);
    }
  });

  it('has an icon big enough for both platforms (PNG, at least 512×512)', () => {
    const png = readFileSync(path.join(root, config.mac?.icon as string));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});
