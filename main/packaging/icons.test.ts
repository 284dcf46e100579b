import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ICNS_TYPES, ICO_SIZES, documentIcon, resize } from './icons';
import { decodePng, encodePng, isPng, pngSize, type Rgba } from './png';

const resources = resolve(import.meta.dirname, '../../resources');
const read = (name: string) => new Uint8Array(readFileSync(join(resources, name)));

/** The entries of an .ico: declared size and the PNG each holds. */
function icoEntries(bytes: Uint8Array): { size: number; png: Uint8Array }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([view.getUint16(0, true), view.getUint16(2, true)]).toEqual([0, 1]);
  return Array.from({ length: view.getUint16(4, true) }, (_, i) => {
    const at = 6 + 16 * i;
    const length = view.getUint32(at + 8, true);
    const offset = view.getUint32(at + 12, true);
    return { size: bytes[at] || 256, png: bytes.subarray(offset, offset + length) };
  });
}

/** The entries of an .icns: type and the PNG each holds. */
function icnsEntries(bytes: Uint8Array): { type: string; png: Uint8Array }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('icns');
  expect(view.getUint32(4)).toBe(bytes.length);
  const entries = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at + 4);
    entries.push({ type: String.fromCharCode(...bytes.subarray(at, at + 4)), png: bytes.subarray(at + 8, at + length) });
    at += length;
  }
  return entries;
}

const pixel = (image: Rgba, x: number, y: number) => Array.from(image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4));

let appIcon: Rgba;
let docIcon: Rgba;
beforeAll(() => {
  appIcon = decodePng(read('icon.png'));
  docIcon = documentIcon(appIcon);
});

describe('png', () => {
  it('reads the app icon: 1024×1024, transparent corners, the green square, the light circle', () => {
    expect([appIcon.width, appIcon.height]).toEqual([1024, 1024]);
    expect(pixel(appIcon, 0, 0)[3]).toBe(0);
    const [r, g, b, a] = pixel(appIcon, 150, 512);
    expect(a).toBe(255);
    expect(g).toBeGreaterThan(r!);
    expect(g).toBeGreaterThan(b!);
    expect(
      pixel(appIcon, 300, 512)
        .slice(0, 3)
        .every((c) => c > 230),
    ).toBe(true);
  });

  it('writes PNGs it reads back pixel for pixel', () => {
    const again = decodePng(encodePng(appIcon));
    expect(again.width).toBe(1024);
    expect(Buffer.from(again.data).equals(Buffer.from(appIcon.data))).toBe(true);
    expect(pngSize(encodePng(resize(appIcon, 48)))).toEqual({ width: 48, height: 48 });
  });

  it('refuses what it cannot read, plainly', () => {
    expect(() => decodePng(new TextEncoder().encode('not a picture'))).toThrow('Not a PNG file.');
    expect(isPng(read('icon.png'))).toBe(true);
  });
});

describe('resize', () => {
  it('averages: a shrunk icon keeps its colours and its transparent margin', () => {
    const small = resize(appIcon, 64);
    expect(pixel(small, 0, 0)[3]).toBe(0);
    const big = pixel(appIcon, 150, 512);
    const shrunk = pixel(small, Math.round((150 * 64) / 1024), 32);
    shrunk.forEach((c, i) => expect(Math.abs(c - big[i]!)).toBeLessThanOrEqual(2));
  });

  it('does not darken a half-transparent edge (colours weighted by opacity)', () => {
    // Two pixels: opaque white and fully transparent black. Averaged, white at half opacity.
    const image: Rgba = { width: 2, height: 1, data: Uint8Array.from([255, 255, 255, 255, 0, 0, 0, 0]) };
    const oneWide = { ...image, height: 2, data: Uint8Array.from([...image.data, ...image.data]) };
    expect(pixel(resize(oneWide, 1), 0, 0)).toEqual([255, 255, 255, 128]);
  });

  it('only shrinks', () => {
    expect(() => resize(appIcon, 2048)).toThrow(RangeError);
  });
});

describe('the icon files in resources/', () => {
  it('icon.ico holds the app icon at every Windows size, each a PNG of the size it says', () => {
    const entries = icoEntries(read('icon.ico'));
    expect(entries.map((e) => e.size)).toEqual([...ICO_SIZES]);
    for (const { size, png } of entries) {
      expect(pngSize(png)).toEqual({ width: size, height: size });
      expect(Buffer.from(decodePng(png).data).equals(Buffer.from(resize(appIcon, size).data)), `${size}px is up to date`).toBe(true);
    }
  });

  it('icon.icns holds the app icon at every macOS size, the 1024 one being icon.png itself', () => {
    const entries = icnsEntries(read('icon.icns'));
    expect(entries.map((e) => e.type)).toEqual(ICNS_TYPES.map(([t]) => t));
    entries.forEach(({ png }, i) => {
      const size = ICNS_TYPES[i]![1];
      expect(pngSize(png)).toEqual({ width: size, height: size });
    });
    const largest = decodePng(entries.find((e) => e.type === 'ic10')!.png);
    expect(Buffer.from(largest.data).equals(Buffer.from(appIcon.data)), 'icon.icns is up to date (npm run icons)').toBe(true);
  });

  it('document.icns and document.ico are the page drawn from today’s icon.png', () => {
    const ic10 = icnsEntries(read('document.icns')).find((e) => e.type === 'ic10')!;
    expect(Buffer.from(decodePng(ic10.png).data).equals(Buffer.from(docIcon.data)), 'document.icns is up to date (npm run icons)').toBe(true);
    const ico256 = icoEntries(read('document.ico')).find((e) => e.size === 256)!;
    expect(Buffer.from(decodePng(ico256.png).data).equals(Buffer.from(resize(docIcon, 256).data))).toBe(true);
  });
});

describe('documentIcon', () => {
  it('is a white page with a green edge and a folded corner, on a transparent background, with the app mark', () => {
    expect([docIcon.width, docIcon.height]).toEqual([1024, 1024]);
    expect(pixel(docIcon, 20, 20)[3]).toBe(0); // outside the page
    expect(pixel(docIcon, 1000, 60)[3]).toBe(0); // the cut corner
    expect(pixel(docIcon, 400, 200)).toEqual([255, 255, 255, 255]); // paper
    const green = pixel(appIcon, 150, 512);
    expect(pixel(docIcon, 190, 500)).toEqual(green); // the edge
    expect(pixel(docIcon, 700, 200)).toEqual(green); // the flap
    expect(pixel(docIcon, 512, 420)).toEqual(green); // the mark's green square
  });
});
