/**
 * The Easy Read pictures for renderPack, read from the PNGs in resources/pictograms/ (drawn by
 * `npm run pictograms`, see main/domain/pack/pictograms.ts). Each file is read the first time a pack
 * asks for it and kept, so 40 personalised packs read each picture once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PICTOGRAMS, resolvePictogramKey } from '../domain/pack/pictograms';

/** What renderPack needs (the PackAssets interface in main/domain/pack/render.ts has this shape). */
export interface PackPictures {
  /** The PNG bytes for a pictogram key (or an alias such as "time"), or null when there is none. */
  picture(key: string): Uint8Array | null;
  /** The folder they are read from (null: none), so a worker thread can read the same pictures. */
  readonly dir: string | null;
}

const PICTOGRAMS_FOLDER = join('resources', 'pictograms');

/**
 * resources/pictograms in the source tree, found by walking up from where this module is loaded:
 * main/service/ under tsx and vitest, out/main/ when electron-vite has bundled it. Null when no
 * folder above has it, as inside the packaged app's asar archive.
 */
export function findPictogramsDir(from: string = import.meta.dirname): string | null {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, PICTOGRAMS_FOLDER);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Pictures from `dir`. Left out, it is the source tree's resources/pictograms (development, tests,
 * the CLI and the web bridge). The packaged app has no source tree: electron-builder copies the
 * pictures next to the app as an extra resource, and Electron main passes
 * `join(process.resourcesPath, 'pictograms')` here.
 *
 * Only keys listed in PICTOGRAMS are ever turned into a file name, so a key cannot reach any other
 * file. A picture whose file is missing or unreadable is null, and stays null.
 */
export function createPackAssets(dir: string | null = findPictogramsDir()): PackPictures {
  const cache = new Map<string, Uint8Array | null>();
  return {
    dir,
    picture(key: string): Uint8Array | null {
      const resolved = resolvePictogramKey(key);
      if (resolved === null || dir === null) return null;
      const cached = cache.get(resolved);
      if (cached !== undefined) return cached;
      let bytes: Uint8Array | null;
      try {
        bytes = new Uint8Array(readFileSync(join(dir, PICTOGRAMS[resolved].file)));
      } catch {
        bytes = null;
      }
      cache.set(resolved, bytes);
      return bytes;
    },
  };
}
