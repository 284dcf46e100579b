/**
 * Running the real desktop app under Playwright, in one of two ways:
 *
 * - From this checkout (`out/` in the Electron binary from node_modules), wherever that binary is
 *   installed. Asking `require('electron')` would try to download it when missing, so
 *   electronBinaryAvailable reads what electron's installer leaves behind instead.
 * - As packaged by electron-builder, when KINDRED_ELECTRON_APP names the packaged executable. The
 *   release workflow does this on each runner (docs/releasing.md). The installers ship with the
 *   EnableNodeCliInspectArguments fuse off, and Playwright drives Electron through `--inspect`, so
 *   the workflow first makes an inspectable copy of the packaged app (inspectableCopy below):
 *   the same files with that one fuse on. The shipped app itself is also started as it is, fuses
 *   and all, by e2e/electron/startsAsShipped.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { basename, join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
const electronPackage = join(repoRoot, 'node_modules/electron');

/** False when `npm install` could not fetch the binary (offline machines, CI images). */
export function electronBinaryAvailable(): boolean {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

/** The packaged executable to test, from KINDRED_ELECTRON_APP; null to run this checkout. */
export function packagedExecutable(env: NodeJS.ProcessEnv = process.env): string | null {
  const path = env['KINDRED_ELECTRON_APP']?.trim();
  return path ? resolve(path) : null;
}

export type Platform = 'darwin' | 'win32';
export type CpuArch = 'x64' | 'arm64';

/**
 * Where electron-builder leaves the unpacked app for a platform and architecture, inside its
 * output folder: mac/ (x64) or mac-arm64/ on macOS, win-unpacked/ or win-arm64-unpacked/ on Windows.
 */
export function unpackedAppPath(releaseDir: string, platform: Platform, arch: CpuArch, productName = 'Kindred'): string {
  if (platform === 'darwin') return join(releaseDir, arch === 'x64' ? 'mac' : `mac-${arch}`, `${productName}.app`);
  return join(releaseDir, arch === 'x64' ? 'win-unpacked' : `win-${arch}-unpacked`);
}

/** The executable inside an unpacked app (a .app bundle on macOS, a folder on Windows). */
export function executableIn(appPath: string, platform: Platform, productName = 'Kindred'): string {
  return platform === 'darwin' ? join(appPath, 'Contents', 'MacOS', productName) : join(appPath, `${productName}.exe`);
}

/**
 * The app electron-builder packed on this machine for an architecture, for the release scripts
 * (e2e/electron/startsAsShipped.ts and prepareSmoke.ts): its unpacked folder or bundle and executable.
 */
export function packedApp(options: { arch: string; release: string }): { platform: Platform; appPath: string; executable: string } {
  const platform = process.platform;
  if (platform !== 'darwin' && platform !== 'win32') throw new Error(`Kindred is packaged for macOS and Windows, not ${platform}.`);
  if (options.arch !== 'x64' && options.arch !== 'arm64') throw new Error(`Kindred is packaged for x64 or arm64, not ${options.arch}.`);
  const appPath = unpackedAppPath(resolve(options.release), platform, options.arch);
  if (!existsSync(appPath)) {
    const found = existsSync(options.release) ? readdirSync(options.release).join(', ') : 'nothing';
    throw new Error(`No packaged app at ${appPath} (the release folder holds: ${found}).`);
  }
  return { platform, appPath, executable: executableIn(appPath, platform) };
}

/** The resources folder beside a packaged executable (process.resourcesPath in the app). */
export function resourcesBeside(executable: string, platform: Platform): string {
  return platform === 'darwin' ? resolve(executable, '..', '..', 'Resources') : resolve(executable, '..', 'resources');
}

/**
 * Copies the unpacked app to `into` and turns the EnableNodeCliInspectArguments fuse on in the copy
 * only, so Playwright can drive it; on macOS the copy is then signed ad hoc (without the hardened
 * runtime), since changing the binary breaks its signature. Returns the copy's executable.
 */
export async function inspectableCopy(appPath: string, platform: Platform, into: string): Promise<string> {
  await rm(into, { recursive: true, force: true });
  await mkdir(into, { recursive: true });
  const copy = join(into, basename(appPath));
  // verbatimSymlinks: a .app's frameworks are full of relative symlinks that must stay links.
  await cp(appPath, copy, { recursive: true, verbatimSymlinks: true });
  const executable = executableIn(copy, platform);
  // @electron/fuses comes with electron-builder (which flips the shipped fuses with it).
  const { flipFuses, FuseVersion, FuseV1Options } = await import('@electron/fuses');
  await flipFuses(platform === 'darwin' ? copy : executable, {
    version: FuseVersion.V1,
    [FuseV1Options.EnableNodeCliInspectArguments]: true,
  });
  if (platform === 'darwin') {
    const signed = spawnSync('codesign', ['--sign', '-', '--force', '--deep', copy], { stdio: 'inherit' });
    if (signed.status !== 0) throw new Error(`Could not sign the inspectable copy ad hoc (codesign exited ${signed.status}).`);
  }
  return executable;
}
