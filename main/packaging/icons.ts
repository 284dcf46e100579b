/**
 * Kindred's icons for both systems, made from the one drawing in resources/icon.png:
 * icon.ico (Windows), icon.icns (macOS), and a document icon for .kindred files (a page with the
 * app's mark on it) in both formats. Both containers hold PNGs, which Windows (Vista on) and macOS
 * (10.7 on) read directly, so no image tool is needed: `npm run icons` rewrites them, and a test
 * checks the files in resources/ still match the drawing.
 */
import { encodePng, type Rgba } from './png';

/** Sizes in the .ico: the ones Explorer, the taskbar and the Start menu ask for. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** The .icns entries holding PNGs, with their pixel sizes (the @2x types double the point size). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
] as const;

/**
 * The image scaled to size×size by averaging the area each new pixel covers, with colours weighted
 * by their opacity so the transparent edge does not darken. Only shrinks.
 */
export function resize(image: Rgba, size: number): Rgba {
  if (size > image.width || size > image.height) throw new RangeError('resize only makes images smaller');
  const { width, height, data } = image;
  // Premultiplied floats, then one pass across and one down.
  const pre = new Float32Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const a = data[i * 4 + 3]! / 255;
    pre[i * 4] = data[i * 4]! * a;
    pre[i * 4 + 1] = data[i * 4 + 1]! * a;
    pre[i * 4 + 2] = data[i * 4 + 2]! * a;
    pre[i * 4 + 3] = a;
  }
  const across = shrinkAxis(pre, width, height, size, true);
  const both = shrinkAxis(across, size, height, size, false);
  const out = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const a = both[i * 4 + 3]!;
    for (let c = 0; c < 3; c++) out[i * 4 + c] = a > 0 ? Math.min(255, Math.round(both[i * 4 + c]! / a)) : 0;
    out[i * 4 + 3] = Math.round(a * 255);
  }
  return { width: size, height: size, data: out };
}

/** Averages along one axis from `from` pixels down to `to`, weighting each by how much it overlaps. */
function shrinkAxis(src: Float32Array, width: number, height: number, to: number, horizontal: boolean): Float32Array {
  const from = horizontal ? width : height;
  const outWidth = horizontal ? to : width;
  const outHeight = horizontal ? height : to;
  const out = new Float32Array(outWidth * outHeight * 4);
  const scale = from / to;
  for (let d = 0; d < to; d++) {
    const start = d * scale;
    const end = start + scale;
    for (let s = Math.floor(start); s < Math.ceil(end); s++) {
      const weight = (Math.min(end, s + 1) - Math.max(start, s)) / scale;
      if (weight <= 0) continue;
      const lines = horizontal ? height : width;
      for (let line = 0; line < lines; line++) {
        const si = horizontal ? (line * width + s) * 4 : (s * width + line) * 4;
        const di = horizontal ? (line * outWidth + d) * 4 : (d * outWidth + line) * 4;
        for (let c = 0; c < 4; c++) out[di + c]! += src[si + c]! * weight;
      }
    }
  }
  return out;
}

/** `top` drawn over `bottom` (both straight RGBA, same size) at (left, topY). */
function drawOver(bottom: Rgba, top: Rgba, left: number, topY: number): void {
  for (let y = 0; y < top.height; y++) {
    for (let x = 0; x < top.width; x++) {
      const si = (y * top.width + x) * 4;
      const di = ((y + topY) * bottom.width + x + left) * 4;
      const a = top.data[si + 3]! / 255;
      const b = bottom.data[di + 3]! / 255;
      const outA = a + b * (1 - a);
      for (let c = 0; c < 3; c++) {
        const mixed = top.data[si + c]! * a + bottom.data[di + c]! * b * (1 - a);
        bottom.data[di + c] = outA > 0 ? Math.round(mixed / outA) : 0;
      }
      bottom.data[di + 3] = Math.round(outA * 255);
    }
  }
}

/** The colour at the middle of the app icon's left edge band: its green. */
function markColour(icon: Rgba): [number, number, number] {
  const i = (Math.round(icon.height / 2) * icon.width + Math.round(icon.width * 0.15)) * 4;
  return [icon.data[i]!, icon.data[i + 1]!, icon.data[i + 2]!];
}

/**
 * The .kindred document icon, 1024×1024: a white page with a folded corner, edged in the app's
 * green, with the app's mark on it. Edges are smoothed by sampling each pixel 4×4 times.
 */
export function documentIcon(appIcon: Rgba): Rgba {
  const size = 1024;
  const green = markColour(appIcon);
  const paper: [number, number, number] = [255, 255, 255];
  const [l, t, r, b, radius, fold, edge] = [176, 48, 848, 976, 56, 224, 28];

  /** Whether a point is on the page shrunk by `inset`: a rounded rectangle with its top-right corner cut. */
  const onPage = (x: number, y: number, inset: number): boolean => {
    const [L, T, R, B, rad] = [l + inset, t + inset, r - inset, b - inset, radius - inset];
    if (x < L || x > R || y < T || y > B) return false;
    // The cut: below-left of the line through (r - fold, t) and (r, t + fold), moved in by the inset.
    if (x - (r - fold) - (y - t) > -inset * Math.SQRT2) return false;
    const cx = x < L + rad ? L + rad : x > R - rad ? R - rad : x;
    const cy = y < T + rad ? T + rad : y > B - rad ? B - rad : y;
    return (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad;
  };
  /** The folded-over flap: the triangle just inside the cut. */
  const onFlap = (x: number, y: number): boolean => x >= r - fold && y <= t + fold && x - (r - fold) <= y - t;

  const data = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inkEdge = 0;
      let inkPaper = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = x + (sx + 0.5) / samples;
          const py = y + (sy + 0.5) / samples;
          if (onPage(px, py, edge) && !onFlap(px, py)) inkPaper++;
          else if (onPage(px, py, 0) || onFlap(px, py)) inkEdge++;
        }
      }
      const covered = inkEdge + inkPaper;
      if (covered === 0) continue;
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) data[i + c] = Math.round((green[c]! * inkEdge + paper[c]! * inkPaper) / covered);
      data[i + 3] = Math.round((covered / (samples * samples)) * 255);
    }
  }
  const page: Rgba = { width: size, height: size, data };
  // The mark, a little over half the page wide, in the lower part of the page below the fold.
  const mark = resize(appIcon, 560);
  drawOver(page, mark, Math.round((l + r - 560) / 2), 330);
  return page;
}

/** A Windows .ico holding one PNG per size (ICONDIR, then 16-byte entries, then the images). */
export function icoFile(image: Rgba, sizes: readonly number[] = ICO_SIZES): Uint8Array {
  const pngs = sizes.map((s) => encodePng(s === image.width ? image : resize(image, s)));
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((s, i) => {
    const at = 6 + 16 * i;
    // 0 means 256 in the one-byte width and height fields.
    header.writeUInt8(s >= 256 ? 0 : s, at);
    header.writeUInt8(s >= 256 ? 0 : s, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(pngs[i]!.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += pngs[i]!.length;
  });
  return Buffer.concat([header, ...pngs]);
}

/** A macOS .icns of PNG entries ('icns', total length, then type + length + PNG for each). */
export function icnsFile(image: Rgba): Uint8Array {
  const bySize = new Map<number, Uint8Array>();
  const pngFor = (s: number) => {
    let png = bySize.get(s);
    if (!png) bySize.set(s, (png = encodePng(s === image.width ? image : resize(image, s))));
    return png;
  };
  const entries = ICNS_TYPES.map(([type, s]) => {
    const png = pngFor(s);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}
