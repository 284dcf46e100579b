import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPENMOJI_CREDIT, PICTOGRAM_ALIASES, PICTOGRAM_KEYS, PICTOGRAMS, isPictogramKey, pictureFor, resolvePictogramKey } from './pictograms';

const root = resolve(import.meta.dirname, '../../..');
const pngDir = join(root, 'resources/pictograms');
const svgDir = join(root, 'node_modules/openmoji/color/svg');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, which always comes first after the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('PICTOGRAMS', () => {
  it('covers the Easy Read ideas a pack needs', () => {
    const needed = [
      'welcome',
      'hello',
      'goodbye',
      'clock',
      'calendar',
      'building',
      'map',
      'bus',
      'car',
      'parking',
      'wheelchair',
      'toilet',
      'quiet',
      'hearing-loop',
      'talk',
      'listen',
      'think',
      'group',
      'pair',
      'write',
      'vote',
      'choose',
      'idea',
      'question',
      'coffee',
      'lunch',
      'money',
      'receipt',
      'phone',
      'email',
      'computer',
      'captions',
      'document',
      'large-print',
      'agreement',
      'respect',
      'stop',
      'step-out',
      'thumbs-up',
      'star',
      'worry',
      'warning',
      'help',
    ];
    for (const key of needed) expect(isPictogramKey(key), key).toBe(true);
    expect(PICTOGRAM_KEYS).toHaveLength(Object.keys(PICTOGRAMS).length);
  });

  it('gives each idea its own picture: no two keys share a drawing or its words', () => {
    const hexcodes = PICTOGRAM_KEYS.map((k) => PICTOGRAMS[k].hexcode);
    const alts = PICTOGRAM_KEYS.map((k) => PICTOGRAMS[k].alt.toLowerCase());
    expect(hexcodes.filter((h, i) => hexcodes.indexOf(h) !== i)).toEqual([]);
    expect(alts.filter((a, i) => alts.indexOf(a) !== i)).toEqual([]);
  });

  it('has pictures for deciding, a supporter, a taxi, a ramp, captions, a phone call, money, a certificate, email, post and food', () => {
    for (const key of ['decide', 'vote', 'supporter', 'taxi', 'ramp', 'captions', 'phone-call', 'money', 'certificate', 'email', 'post', 'food']) {
      expect(isPictogramKey(key), key).toBe(true);
    }
    // Each a picture of its own, not another idea's.
    expect(new Set(['phone', 'phone-call', 'email', 'post'].map((k) => resolvePictogramKey(k))).size).toBe(4);
    expect(resolvePictogramKey('food')).not.toBe(resolvePictogramKey('lunch'));
  });

  it.each(PICTOGRAM_KEYS)('%s has a 160 × 160 PNG in resources/pictograms', (key) => {
    const { file } = PICTOGRAMS[key];
    expect(file).toBe(`${key}.png`);
    const bytes = readFileSync(join(pngDir, file));
    expect(pngSize(bytes)).toEqual({ width: 160, height: 160 });
  });

  it.each(PICTOGRAM_KEYS)('%s comes from an OpenMoji colour SVG that exists', (key) => {
    const { hexcode } = PICTOGRAMS[key];
    expect(hexcode).toMatch(/^[0-9A-F]{4,5}(-[0-9A-F]{4,5})*$/);
    expect(existsSync(join(svgDir, `${hexcode}.svg`)), hexcode).toBe(true);
  });

  it('describes every picture in plain words', () => {
    for (const key of PICTOGRAM_KEYS) {
      const { alt } = PICTOGRAMS[key];
      // A capital, then words: no file names, hexcodes, "image of", or full stop.
      expect(alt, key).toMatch(/^[A-Z][a-z]*( [A-Za-z,']+)*$/);
      expect(alt.toLowerCase(), key).not.toMatch(/\b(image|picture|icon|emoji|png|svg) of\b/);
    }
  });

  it('keeps only the listed pictures in the folder, and keeps it small', () => {
    const files = readdirSync(pngDir).filter((name) => name.endsWith('.png'));
    expect(new Set(files)).toEqual(new Set(PICTOGRAM_KEYS.map((key) => PICTOGRAMS[key].file)));
    const total = files.reduce((sum, name) => sum + readFileSync(join(pngDir, name)).length, 0);
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('credits OpenMoji in the folder README, as the licence asks', () => {
    const readme = readFileSync(join(pngDir, 'README.md'), 'utf8');
    expect(readme).toContain(OPENMOJI_CREDIT);
    expect(readme).toContain('CC BY-SA 4.0');
    expect(readme).toContain('npm run pictograms');
    expect(OPENMOJI_CREDIT).toMatch(/OpenMoji/);
    expect(OPENMOJI_CREDIT).toMatch(/CC BY-SA 4\.0/);
  });
});

describe('aliases', () => {
  it('point at real pictures and never hide a key', () => {
    for (const [alias, key] of Object.entries(PICTOGRAM_ALIASES)) {
      expect(isPictogramKey(key), alias).toBe(true);
      expect(isPictogramKey(alias), alias).toBe(false);
    }
  });

  it('resolve keys, aliases and nothing else', () => {
    expect(resolvePictogramKey('clock')).toBe('clock');
    expect(resolvePictogramKey('time')).toBe('clock');
    expect(resolvePictogramKey('step-free')).toBe('wheelchair');
    expect(resolvePictogramKey('nope')).toBeNull();
    expect(resolvePictogramKey('toString')).toBeNull();
    expect(resolvePictogramKey('__proto__')).toBeNull();
    expect(pictureFor('date')).toEqual({ key: 'calendar', alt: 'A calendar' });
    expect(pictureFor('')).toBeNull();
  });
});
