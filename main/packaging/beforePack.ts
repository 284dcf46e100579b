/**
 * electron-builder's beforePack hook (electron-builder.yml `beforePack`, loaded through
 * resources/build/beforePack.mjs): before each architecture is packed, rebuild better-sqlite3 for
 * the Electron version being packaged and that architecture, then check the driver really is for it.
 *
 * electron-builder runs this once per target architecture, before it copies node_modules from the
 * app folder into the package, so what is rebuilt here is what ships. (Its own `npmRebuild` is
 * turned off in electron-builder.yml so the work is not done twice.) The rebuild is done in the
 * project's own node_modules: afterwards better-sqlite3 is an Electron build, and `npm run
 * native:node` turns it back into a Node build for the tests (docs/releasing.md).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BeforePackContext } from 'app-builder-lib';
import { Arch } from 'builder-util';
import type { RebuildOptions } from '@electron/rebuild';
import { binaryArch, type CpuArch } from './binaryArch';

/** The native modules Kindred ships. better-sqlite3 is the only one. */
export const NATIVE_MODULES = ['better-sqlite3'] as const;

/** Where better-sqlite3's compiled driver sits after a build, from the app folder. */
export const SQLITE_BINARY = join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

/** What of electron-builder's context the hook reads (BeforePackContext satisfies it). */
export interface PackTarget {
  readonly arch: Arch;
  readonly electronPlatformName: string;
  readonly packager: {
    readonly config: { readonly electronVersion?: string | null };
    readonly info: { readonly appDir: string; readonly framework: { readonly version: string } };
  };
}

export type Rebuild = (options: RebuildOptions) => Promise<void>;

export interface HookDeps {
  rebuild: Rebuild;
  /** The platform this machine is (process.platform). */
  hostPlatform: NodeJS.Platform;
  readFile(path: string): Promise<Uint8Array>;
  log(message: string): void;
}

/** Explains a packaging run that cannot make a working app; electron-builder shows it and stops. */
export class PackagingProblem extends Error {
  override name = 'PackagingProblem';
}

/** electron-builder's Arch number as the name Node, Electron and @electron/rebuild use. */
export function archName(arch: Arch): CpuArch {
  const name = Arch[arch];
  if (name === 'x64' || name === 'arm64' || name === 'ia32' || name === 'armv7l') return name;
  // A universal Mac build merges two single-architecture apps; better-sqlite3 breaks that merge.
  throw new PackagingProblem(
    `Kindred is packaged for one architecture at a time (x64 or arm64), not ${String(name ?? arch)}: better-sqlite3 cannot be merged into a universal app.`,
  );
}

/** The Electron version being packaged: electron-builder's own answer, taken from package.json. */
export function electronVersionOf(target: PackTarget): string {
  const version = target.packager.config.electronVersion ?? target.packager.info.framework.version;
  if (!/^\d+\.\d+\.\d+/.test(version)) {
    throw new PackagingProblem(`electron-builder did not say which Electron version it is packaging (got “${version}”).`);
  }
  return version;
}

/** The @electron/rebuild options for one target: only better-sqlite3, always rebuilt. */
export function rebuildOptionsFor(target: PackTarget, hostPlatform: NodeJS.Platform): RebuildOptions {
  const platform = target.electronPlatformName === 'mas' ? 'darwin' : target.electronPlatformName;
  // A native module can only be compiled for the system it is compiled on. The release workflow
  // packages each system on its own runner; packaging Windows on a Mac would ship a Mac driver.
  if (platform !== hostPlatform) {
    throw new PackagingProblem(
      `Kindred's ${platform} installer has to be built on ${platform}: better-sqlite3 is compiled for the system it is built on (this is ${hostPlatform}).`,
    );
  }
  return {
    buildPath: target.packager.info.appDir,
    electronVersion: electronVersionOf(target),
    arch: archName(target.arch),
    platform: hostPlatform,
    onlyModules: [...NATIVE_MODULES],
    // The driver in node_modules may be the Node build the tests use, or another architecture's.
    force: true,
    mode: 'sequential',
  };
}

/** Rebuilds better-sqlite3 for the target and checks the result is for the target's CPU. */
export async function rebuildNativeModules(target: PackTarget, deps: HookDeps): Promise<void> {
  const options = rebuildOptionsFor(target, deps.hostPlatform);
  deps.log(`rebuilding ${NATIVE_MODULES.join(', ')} for Electron ${options.electronVersion} (${options.platform} ${options.arch})`);
  await deps.rebuild(options);

  const binaryPath = join(options.buildPath, SQLITE_BINARY);
  const bytes = await deps.readFile(binaryPath).catch((err: unknown) => {
    throw new PackagingProblem(`better-sqlite3 was rebuilt but its driver is missing (${binaryPath}): ${String(err)}`);
  });
  const found = binaryArch(bytes);
  if (found?.arch !== options.arch) {
    throw new PackagingProblem(
      `better-sqlite3's driver was built for ${found?.arch ?? 'an unknown system'}, not ${options.arch}, so the ${options.arch} app could not open its plans.`,
    );
  }
}

/** The hook electron-builder calls (through resources/build/beforePack.mjs). */
export async function beforePack(context: BeforePackContext, deps?: Partial<HookDeps>): Promise<void> {
  const rebuild = deps?.rebuild ?? (await import('@electron/rebuild')).rebuild;
  await rebuildNativeModules(context, {
    rebuild,
    hostPlatform: deps?.hostPlatform ?? process.platform,
    readFile: deps?.readFile ?? readFile,
    log: deps?.log ?? ((message) => console.log(`  • ${message}`)),
  });
}
