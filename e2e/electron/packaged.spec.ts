/**
 * What the release workflow relies on to test the packaged app (e2e/support/electron.ts), checked
 * where it can be without Electron: the paths against electron-builder's own code for naming its
 * output folders (so an upgrade that moves them fails here, not on a release runner), and the
 * inspectable copy on a stand-in binary carrying a real fuse wire.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { Platform } from 'app-builder-lib';
import { PlatformPackager } from 'app-builder-lib/out/platformPackager.js';
import { Arch } from 'builder-util';
import { executableIn, inspectableCopy, packagedExecutable, resourcesBeside, unpackedAppPath } from '../support/electron';

/** electron-builder's own answer for where it unpacks an app (PlatformPackager.computeAppOutDir). */
function builderAppOutDir(platform: Platform, arch: Arch, outDir: string): string {
  const packager = { platform, platformSpecificBuildOptions: {}, packagerOptions: {} };
  // A protected method of electron-builder's, called on just the fields it reads.
  const { computeAppOutDir } = PlatformPackager.prototype as unknown as { computeAppOutDir(this: unknown, outDir: string, arch: Arch): string };
  return computeAppOutDir.call(packager, outDir, arch);
}

const release = resolve('release');

/** Electron's fuse sentinel (@electron/fuses SENTINEL): the wire follows it, after a version byte and a length byte. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const wire = (bytes: Buffer) => {
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
  return bytes.subarray(at, at + bytes[at - 1]!).toString('latin1');
};

test('finds the unpacked app where electron-builder puts it, for each system and architecture', () => {
  for (const arch of ['x64', 'arm64'] as const) {
    expect(unpackedAppPath(release, 'darwin', arch)).toBe(join(builderAppOutDir(Platform.MAC, Arch[arch], release), 'Kindred.app'));
    expect(unpackedAppPath(release, 'win32', arch)).toBe(builderAppOutDir(Platform.WINDOWS, Arch[arch], release));
  }
});

test('knows the executable and the resources folder inside a packaged app', () => {
  const mac = executableIn('/r/mac-arm64/Kindred.app', 'darwin');
  expect(mac).toBe(join('/r/mac-arm64/Kindred.app', 'Contents', 'MacOS', 'Kindred'));
  expect(resourcesBeside(mac, 'darwin')).toBe(resolve('/r/mac-arm64/Kindred.app/Contents/Resources'));
  const win = executableIn('/r/win-unpacked', 'win32');
  expect(win).toBe(join('/r/win-unpacked', 'Kindred.exe'));
  expect(resourcesBeside(win, 'win32')).toBe(resolve('/r/win-unpacked/resources'));
});

test('runs the packaged app only when KINDRED_ELECTRON_APP names it', () => {
  expect(packagedExecutable({})).toBeNull();
  expect(packagedExecutable({ KINDRED_ELECTRON_APP: '  ' })).toBeNull();
  expect(packagedExecutable({ KINDRED_ELECTRON_APP: 'release/smoke/Kindred.app/Contents/MacOS/Kindred' })).toBe(
    resolve('release/smoke/Kindred.app/Contents/MacOS/Kindred'),
  );
});

test('makes an inspectable copy: the inspect fuse on in the copy, every other fuse and the original untouched', async () => {
  const work = await mkdtemp(join(tmpdir(), 'kindred-fuses-'));
  try {
    // A stand-in for Kindred.exe: some bytes, then Electron's fuse sentinel and a version 1 wire of
    // 8 fuses as shipped (run as node off, cookie encryption on, NODE_OPTIONS off, inspect off, ...).
    const shipped = '01001100';
    const exe = Buffer.concat([
      Buffer.from('MZ stand-in '),
      Buffer.from(SENTINEL),
      Buffer.from([1, shipped.length]),
      Buffer.from(shipped),
      Buffer.from(' end'),
    ]);
    const app = join(work, 'release', 'win-unpacked');
    await mkdir(join(app, 'resources'), { recursive: true });
    await writeFile(join(app, 'Kindred.exe'), exe);
    await writeFile(join(app, 'resources', 'app.asar'), 'asar');

    const copy = await inspectableCopy(app, 'win32', join(work, 'smoke'));
    expect(copy).toBe(join(work, 'smoke', 'win-unpacked', 'Kindred.exe'));
    expect(wire(await readFile(copy))).toBe('01011100');
    expect(wire(await readFile(join(app, 'Kindred.exe')))).toBe(shipped);
    expect(await readFile(join(work, 'smoke', 'win-unpacked', 'resources', 'app.asar'), 'utf8')).toBe('asar');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
