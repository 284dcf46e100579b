/**
 * The typeface printed packs embed (Atkinson Hyperlegible Next, regular and bold, Latin), as data
 * URIs for html.ts. Read once, from @fontsource in node_modules during development, the tests and
 * the web bridge, or from the folder the packaged app keeps them in (electron-builder copies them
 * to `resources/fonts`, see startKindred.ts). When neither is there the pack prints in Arial or the
 * system's sans-serif, which Chromium embeds all the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { PackFonts } from '../domain/pack/html';

export const FONT_FILES = {
  regular: 'atkinson-hyperlegible-next-latin-400-normal.woff2',
  bold: 'atkinson-hyperlegible-next-latin-700-normal.woff2',
} as const;

const FONTSOURCE = join('node_modules', '@fontsource', 'atkinson-hyperlegible-next', 'files');

/** node_modules/@fontsource/…/files above `from`, or null (as in the packaged app). */
export function findFontsDir(from: string = import.meta.dirname): string | null {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, FONTSOURCE);
    if (existsSync(join(candidate, FONT_FILES.regular))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Both faces from `dir`, or null when either cannot be read (the pack then prints in Arial). */
export function loadPackFonts(dir: string | null = findFontsDir()): PackFonts | null {
  if (dir === null) return null;
  try {
    const uri = (file: string) => `data:font/woff2;base64,${readFileSync(join(dir, file)).toString('base64')}`;
    return { regular: uri(FONT_FILES.regular), bold: uri(FONT_FILES.bold) };
  } catch {
    return null;
  }
}
