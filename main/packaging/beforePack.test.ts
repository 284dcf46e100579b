import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { BeforePackContext } from 'app-builder-lib';
import { getElectronVersion } from 'app-builder-lib/out/electron/electronVersion';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { resolveFunction } from 'app-builder-lib/out/util/resolve';
import { Arch } from 'builder-util';
import type { RebuildOptions } from '@electron/rebuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NATIVE_MODULES,
  PackagingProblem,
  SQLITE_BINARY,
  archName,
  beforePack,
  rebuildNativeModules,
  rebuildOptionsFor,
  type PackTarget,
} from './beforePack';

const root = resolve(import.meta.dirname, '../..');

function target(arch: Arch, overrides: { platform?: string; electronVersion?: string | null; appDir?: string } = {}): PackTarget {
  return {
    arch,
    electronPlatformName: overrides.platform ?? 'darwin',
    packager: {
      config: { electronVersion: overrides.electronVersion === undefined ? '45.5.0' : overrides.electronVersion },
      info: { appDir: overrides.appDir ?? '/build/kindred', framework: { version: '45.5.0' } },
    },
  };
}

/** A Mach-O or PE header for the CPU, as the compiler would leave it at the start of the driver. */
function driverFor(platform: 'darwin' | 'win32', arch: 'x64' | 'arm64'): Uint8Array {
  const bytes = new Uint8Array(0x100);
  const view = new DataView(bytes.buffer);
  if (platform === 'darwin') {
    view.setUint32(0, 0xfeedfacf, true);
    view.setUint32(4, arch === 'x64' ? 0x01000007 : 0x0100000c, true);
  } else {
    bytes.set([0x4d, 0x5a]);
    view.setUint32(0x3c, 0x80, true);
    bytes.set([0x50, 0x45, 0, 0], 0x80);
    view.setUint16(0x84, arch === 'x64' ? 0x8664 : 0xaa64, true);
  }
  return bytes;
}

/** A rebuild that writes a driver for `built` where better-sqlite3 keeps it, recording its options. */
const fakeRebuild = (calls: RebuildOptions[], built: Uint8Array | null) => async (options: RebuildOptions) => {
  calls.push(options);
  if (!built) return;
  const path = join(options.buildPath, SQLITE_BINARY);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, built);
};

describe('rebuildOptionsFor', () => {
  it('rebuilds only better-sqlite3, forced, in the app folder, for the Electron version and architecture packaged', () => {
    expect(rebuildOptionsFor(target(Arch.arm64, { appDir: '/tmp/app' }), 'darwin')).toEqual({
      buildPath: '/tmp/app',
      electronVersion: '45.5.0',
      arch: 'arm64',
      platform: 'darwin',
      onlyModules: ['better-sqlite3'],
      force: true,
      mode: 'sequential',
    });
    expect(rebuildOptionsFor(target(Arch.x64, { platform: 'win32' }), 'win32')).toMatchObject({ arch: 'x64', platform: 'win32' });
  });

  it('takes the version electron-builder resolved, or its framework version when the config has none', () => {
    expect(rebuildOptionsFor(target(Arch.x64, { electronVersion: '45.6.1' }), 'darwin').electronVersion).toBe('45.6.1');
    expect(rebuildOptionsFor(target(Arch.x64, { electronVersion: null }), 'darwin').electronVersion).toBe('45.5.0');
    const broken = { ...target(Arch.x64, { electronVersion: null }) };
    const noVersion = { ...broken, packager: { ...broken.packager, info: { ...broken.packager.info, framework: { version: '' } } } };
    expect(() => rebuildOptionsFor(noVersion, 'darwin')).toThrow(PackagingProblem);
  });

  it('is given the very Electron version package.json pins, as electron-builder works it out for this project', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const version = await getElectronVersion(root);
    expect(version).toBe(pkg.devDependencies.electron);
    expect(rebuildOptionsFor(target(Arch.arm64, { electronVersion: version }), 'darwin').electronVersion).toBe(pkg.devDependencies.electron);
  });

  it('refuses to build one system’s installer on another, where the driver would be for the wrong system', () => {
    expect(() => rebuildOptionsFor(target(Arch.x64, { platform: 'win32' }), 'darwin')).toThrow(/win32 installer has to be built on win32/);
    expect(() => rebuildOptionsFor(target(Arch.x64, { platform: 'darwin' }), 'linux')).toThrow(PackagingProblem);
    // The Mac App Store build is still a Mac build.
    expect(rebuildOptionsFor(target(Arch.x64, { platform: 'mas' }), 'darwin').platform).toBe('darwin');
  });
});

describe('archName', () => {
  it('names each single architecture as Node does, and refuses a universal build', () => {
    expect([Arch.x64, Arch.arm64, Arch.ia32, Arch.armv7l].map(archName)).toEqual(['x64', 'arm64', 'ia32', 'armv7l']);
    expect(() => archName(Arch.universal)).toThrow(/one architecture at a time/);
    expect(() => archName(42 as Arch)).toThrow(PackagingProblem);
  });
});

describe('rebuildNativeModules', () => {
  let appDir: string;
  beforeEach(async () => {
    appDir = await mkdtemp(join(tmpdir(), 'kindred-pack-'));
  });
  afterEach(async () => {
    await rm(appDir, { recursive: true, force: true });
  });

  const deps = (rebuild: (o: RebuildOptions) => Promise<void>, hostPlatform: NodeJS.Platform, log: string[] = []) => ({
    rebuild,
    hostPlatform,
    readFile: (p: string) => import('node:fs/promises').then((fs) => fs.readFile(p)),
    log: (m: string) => log.push(m),
  });

  for (const [platform, arch] of [
    ['darwin', Arch.x64],
    ['darwin', Arch.arm64],
    ['win32', Arch.x64],
    ['win32', Arch.arm64],
  ] as const) {
    it(`rebuilds once for ${platform} ${Arch[arch]} and accepts a driver for that CPU`, async () => {
      const calls: RebuildOptions[] = [];
      const log: string[] = [];
      const name = Arch[arch] as 'x64' | 'arm64';
      await rebuildNativeModules(target(arch, { platform, appDir }), deps(fakeRebuild(calls, driverFor(platform, name)), platform, log));
      expect(calls).toEqual([expect.objectContaining({ buildPath: appDir, arch: name, onlyModules: [...NATIVE_MODULES], force: true })]);
      expect(log).toEqual([`rebuilding better-sqlite3 for Electron 45.5.0 (${platform} ${name})`]);
    });
  }

  it('stops packaging when the driver came out for the other CPU', async () => {
    const calls: RebuildOptions[] = [];
    const run = rebuildNativeModules(target(Arch.x64, { appDir }), deps(fakeRebuild(calls, driverFor('darwin', 'arm64')), 'darwin'));
    await expect(run).rejects.toThrow(/built for arm64, not x64/);
    expect(calls).toHaveLength(1);
  });

  it('stops packaging when there is no driver after the rebuild, or it is not a program at all', async () => {
    await expect(rebuildNativeModules(target(Arch.arm64, { appDir }), deps(fakeRebuild([], null), 'darwin'))).rejects.toThrow(/driver is missing/);
    const text = new TextEncoder().encode('not a binary');
    await expect(rebuildNativeModules(target(Arch.arm64, { appDir }), deps(fakeRebuild([], text), 'darwin'))).rejects.toThrow(
      /built for an unknown system/,
    );
  });

  it('passes on a failed rebuild as it is, without checking anything after it', async () => {
    const failing = async () => {
      throw new Error('node-gyp could not find Python');
    };
    await expect(rebuildNativeModules(target(Arch.x64, { appDir }), deps(failing, 'darwin'))).rejects.toThrow('node-gyp could not find Python');
  });
});

describe('the hook electron-builder.yml names', () => {
  it('is loaded by electron-builder’s own loader and runs the TypeScript hook (refusing a cross-system build before rebuilding anything)', async () => {
    const config = await getConfig(root, 'electron-builder.yml', null);
    expect(config.beforePack).toBe('./resources/build/beforePack.mjs');
    expect(config.npmRebuild).toBe(false);
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const hook = (await resolveFunction('module', config.beforePack as string, 'beforePack', root)) as unknown as (
        c: BeforePackContext,
      ) => Promise<void>;
      expect(hook).toBeTypeOf('function');
      const elsewhere = process.platform === 'win32' ? 'darwin' : 'win32';
      const context = target(Arch.x64, { platform: elsewhere, appDir: root }) as unknown as BeforePackContext;
      await expect(hook(context)).rejects.toThrow(`${elsewhere} installer has to be built on ${elsewhere}`);
    } finally {
      process.chdir(cwd);
    }
  });

  it('uses @electron/rebuild unless told otherwise', async () => {
    const calls: RebuildOptions[] = [];
    const context = target(Arch.x64, { platform: 'win32', appDir: '/nowhere' }) as unknown as BeforePackContext;
    const run = beforePack(context, { rebuild: fakeRebuild(calls, null), hostPlatform: 'win32', log: () => {} });
    await expect(run).rejects.toThrow(/driver is missing/);
    expect(calls).toHaveLength(1);
    const { rebuild } = await import('@electron/rebuild');
    expect(rebuild).toBeTypeOf('function');
  });
});
