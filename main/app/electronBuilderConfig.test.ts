/**
 * electron-builder.yml is only exercised for real on the release runners (issue #7), so here it is
 * loaded and validated by electron-builder's own code (its js-yaml loader and its ajv check against
 * app-builder-lib/scheme.json), and each promise the installers make is pinned down.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Configuration, FileSet } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { convertIcon } from 'app-builder-lib/out/util/iconConverter';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
/** A text file, with Windows line endings (a checkout with core.autocrlf) read as plain newlines. */
const text = (p: string) => readFileSync(path.join(root, p), 'utf8').replace(/\r\n/g, '\n');
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
    expect(config).toMatchObject({
      appId: 'org.kindred.app',
      productName: 'Kindred',
      directories: { output: 'release', buildResources: 'resources' },
    });
    expect(config.copyright).toMatch(/Kindred/);
  });

  it('packs the built bundles and package.json only, including the main entry', () => {
    const sets = (Array.isArray(config.files) ? config.files : [config.files]) as (FileSet | string)[];
    const patterns = sets.flatMap((s) => (typeof s === 'string' ? [s] : ([] as string[]).concat(s.filter ?? [])));
    expect(patterns.filter((p) => !p.startsWith('!')).sort()).toEqual(['out/**', 'package.json']);
    // The command line is built into out/cli for the repository's `npx kindred`, not for installers.
    expect(patterns).toContain('!out/cli/**');
    const pkg = JSON.parse(text('package.json')) as { main: string };
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('uses an asar with native modules unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
  });

  it('rebuilds better-sqlite3 in its own beforePack hook, which exists, instead of electron-builder’s rebuild', () => {
    expect(config.beforePack).toBe('./resources/build/beforePack.mjs');
    expect(existsSync(path.join(root, config.beforePack as string))).toBe(true);
    expect(config.npmRebuild).toBe(false);
  });

  it('publishes nothing and sets up no auto-update', () => {
    expect(config.publish).toBeNull();
    expect(config.mac?.publish).toBeUndefined();
    expect(config.win?.publish).toBeUndefined();
    expect(config.nsis?.publish).toBeUndefined();
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('builds a dmg for x64 and one for arm64 (not universal), and an NSIS installer for each too', () => {
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(config.nsis?.buildUniversalInstaller).toBe(false);
    expect(config.mac?.mergeASARs).toBeUndefined();
    // Each file is named for its architecture, so the two never overwrite each other.
    expect(config.dmg?.artifactName).toContain('${arch}');
    expect(config.nsis?.artifactName).toContain('${arch}');
  });

  it('installs per user on Windows with no administrator, with Start menu and desktop shortcuts', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: 'Kindred',
    });
  });

  it('keeps people’s data on uninstall unless they choose Yes, and never on a silent uninstall or an upgrade', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
    expect(config.nsis?.include).toBe('resources/installer.nsh');
    const nsh = text('resources/installer.nsh');
    const macro = /!macro customUnInstall\n([\s\S]*?)!macroend/.exec(nsh)?.[1] ?? '';
    // Asked only when someone is there to answer, and not while a new version replaces the old.
    expect(macro).toMatch(/\$\{ifNot\} \$\{Silent\}\s+\$\{AndIfNot\} \$\{isUpdated\}/);
    // No is the default button and the silent answer, and No skips the deleting.
    const box = /MessageBox ([^"]+)"[^"]+"(.*)/.exec(macro);
    expect(box?.[1]).toContain('MB_DEFBUTTON2');
    expect(box?.[2]?.trim()).toBe('/SD IDNO IDNO kindredKeepData');
    // The only thing deleted is Kindred's own folder, and only between the question and the label.
    const deletes = macro.match(/RMDir[^\n]*/g);
    expect(deletes).toEqual(['RMDir /r "$APPDATA\\${APP_FILENAME}"']);
    expect(macro.indexOf('RMDir')).toBeGreaterThan(macro.indexOf('MessageBox'));
    expect(macro.indexOf('RMDir')).toBeLessThan(macro.indexOf('kindredKeepData:'));
  });

  it('signs on macOS with the hardened runtime and only the JIT entitlement, for app and helpers', () => {
    expect(config.mac).toMatchObject({
      hardenedRuntime: true,
      gatekeeperAssess: false,
      notarize: true,
      entitlements: 'resources/entitlements.mac.plist',
      entitlementsInherit: 'resources/entitlements.mac.plist',
    });
    const plist = text(config.mac?.entitlements as string);
    expect([...plist.matchAll(/<key>([^<]+)<\/key>\s*<(\w+)\/>/g)].map((m) => [m[1], m[2]])).toEqual([['com.apple.security.cs.allow-jit', 'true']]);
  });

  it('keeps signing and notarisation credentials out of the repository', () => {
    for (const key of ['cscLink', 'cscKeyPassword', 'identity'] as const) expect(config.mac?.[key], `mac.${key}`).toBeUndefined();
    for (const key of ['cscLink', 'cscKeyPassword'] as const) expect(config.win?.[key], `win.${key}`).toBeUndefined();
    const yaml = text('electron-builder.yml');
    expect(yaml).not.toMatch(/^\s*(cscLink|cscKeyPassword|appleId|appleIdPassword|password|certificateFile)\s*:/im);
  });

  it('associates .kindred files as "Kindred plan", with a document icon for each system and a declared type on macOS', () => {
    expect(config.fileAssociations).toEqual([
      {
        ext: 'kindred',
        name: 'Kindred plan',
        description: 'A Kindred workshop plan',
        mimeType: 'application/x-kindred-plan',
        role: 'Editor',
        rank: 'Owner',
        icon: 'document',
      },
    ]);
    expect(existsSync(path.join(root, 'resources/document.icns'))).toBe(true);
    expect(existsSync(path.join(root, 'resources/document.ico'))).toBe(true);
    const declared = (config.mac?.extendInfo as { UTExportedTypeDeclarations: Record<string, unknown>[] }).UTExportedTypeDeclarations;
    expect(declared).toEqual([
      expect.objectContaining({
        UTTypeIdentifier: 'org.kindred.plan',
        UTTypeConformsTo: ['public.json', 'public.data'],
        UTTypeIconFile: 'document.icns',
        UTTypeTagSpecification: { 'public.filename-extension': ['kindred'], 'public.mime-type': ['application/x-kindred-plan'] },
      }),
    ]);
  });

  it('refers only to files that exist', () => {
    const paths = [
      config.directories?.buildResources,
      config.mac?.icon,
      config.win?.icon,
      config.nsis?.installerIcon,
      config.nsis?.uninstallerIcon,
      config.nsis?.include,
      config.mac?.entitlements,
      config.mac?.entitlementsInherit,
      config.beforePack,
    ];
    for (const p of paths) {
      expect(p, 'a path in electron-builder.yml').toBeTypeOf('string');
      expect(existsSync(path.join(root, p as string)), `${p} exists`).toBe(true);
    }
  });

  it('gives electron-builder icons it uses as they are, so nothing is converted or downloaded at build time', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'kindred-icons-'));
    try {
      const convert = (file: string, format: 'ico' | 'icns') => convertIcon({ sources: [file], fallbackSources: [], roots: [root], format, outDir });
      const ico = await convert(config.win?.icon as string, 'ico');
      expect(ico.icons).toEqual([{ file: path.join(root, 'resources/icon.ico'), size: 256 }]);
      const icns = await convert(config.mac?.icon as string, 'icns');
      expect(icns.icons.map((i) => i.file)).toEqual([path.join(root, 'resources/icon.icns')]);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });

  it('keeps the 1024×1024 drawing the icons are made from (npm run icons)', () => {
    const png = readFileSync(path.join(root, 'resources/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });
});
