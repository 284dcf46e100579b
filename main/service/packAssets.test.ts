import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PICTOGRAM_KEYS, PICTOGRAMS } from '../domain/pack/pictograms';
import { createPackAssets, findPictogramsDir } from './packAssets';

const repoPictograms = resolve(import.meta.dirname, '../../resources/pictograms');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kindred-pack-assets-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('findPictogramsDir', () => {
  it('finds the source tree resources from this module and from deeper folders', () => {
    expect(findPictogramsDir()).toBe(repoPictograms);
    expect(findPictogramsDir(resolve(import.meta.dirname, '../../out/main'))).toBe(repoPictograms);
  });

  it('is null when no folder above has resources/pictograms', () => {
    expect(findPictogramsDir(tempDir())).toBeNull();
  });
});

describe('createPackAssets', () => {
  it('gives the PNG bytes of every pictogram from the default folder', () => {
    const assets = createPackAssets();
    for (const key of PICTOGRAM_KEYS) {
      const bytes = assets.picture(key);
      expect(bytes, key).toBeInstanceOf(Uint8Array);
      expect([...bytes!.subarray(0, 8)], key).toEqual(PNG_SIGNATURE);
    }
  });

  it('finds a picture by alias, and gives null for unknown keys', () => {
    const assets = createPackAssets();
    expect(assets.picture('time')).toEqual(assets.picture('clock'));
    expect(assets.picture('no-such-picture')).toBeNull();
    expect(assets.picture('')).toBeNull();
    expect(assets.picture('__proto__')).toBeNull();
  });

  it('never turns a key into a path outside the list', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secret.png'), 'not a picture');
    const assets = createPackAssets(join(dir, 'pictograms'));
    expect(assets.picture('../secret')).toBeNull();
    expect(assets.picture('../secret.png')).toBeNull();
  });

  it('reads each file once and keeps it', () => {
    const dir = tempDir();
    copyFileSync(join(repoPictograms, PICTOGRAMS.clock.file), join(dir, PICTOGRAMS.clock.file));
    const assets = createPackAssets(dir);
    const first = assets.picture('clock');
    expect(first).not.toBeNull();
    // Gone from disk: still there, because it was read once.
    rmSync(join(dir, PICTOGRAMS.clock.file));
    expect(assets.picture('clock')).toBe(first);
    expect(assets.picture('time')).toBe(first);
  });

  it('gives null for a picture whose file is missing, or when there is no folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    expect(createPackAssets(join(dir, 'empty')).picture('clock')).toBeNull();
    expect(createPackAssets(join(dir, 'nowhere')).picture('clock')).toBeNull();
    expect(createPackAssets(null).picture('clock')).toBeNull();
  });
});
