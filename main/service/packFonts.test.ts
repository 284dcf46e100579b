import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFontsDir, FONT_FILES, loadPackFonts } from './packFonts';

describe('the typeface printed packs embed', () => {
  it('is found in node_modules from the source tree, both faces as woff2 data: URIs', () => {
    const fonts = loadPackFonts();
    expect(findFontsDir()).not.toBeNull();
    // Every woff2 file starts "wOF2", which is d09GMg in base64.
    expect(fonts?.regular).toMatch(/^data:font\/woff2;base64,d09GMg/);
    expect(fonts?.bold).toMatch(/^data:font\/woff2;base64,d09GMg/);
    expect(fonts?.regular).not.toBe(fonts?.bold);
  });

  it('is read from the folder given (the packaged app’s resources), and is null when a face is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindred-fonts-'));
    writeFileSync(join(dir, FONT_FILES.regular), 'wOF2 regular');
    expect(loadPackFonts(dir)).toBeNull();
    writeFileSync(join(dir, FONT_FILES.bold), 'wOF2 bold');
    expect(loadPackFonts(dir)).toEqual({
      regular: `data:font/woff2;base64,${Buffer.from('wOF2 regular').toString('base64')}`,
      bold: `data:font/woff2;base64,${Buffer.from('wOF2 bold').toString('base64')}`,
    });
    expect(loadPackFonts(null)).toBeNull();
    expect(findFontsDir(tmpdir())).toBeNull();
  });
});
