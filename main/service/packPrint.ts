/**
 * What the pack preview and the printable pack need besides the pack model: the pictures as data:
 * URIs (from the same PNGs the Word file embeds, packAssets.ts) and the embedded typeface
 * (packFonts.ts). Both are read once and kept.
 */
import type { PackFonts, PictureUris } from '../domain/pack/html';
import type { PackDocument } from '../domain/pack/model';
import { pictureKeys } from '../domain/pack/preview';
import type { PackAssets } from '../domain/pack/render';
import { loadPackFonts } from './packFonts';

export interface PackPrintAssets {
  pictureUri: PictureUris;
  /** The pictures one pack uses, by key. */
  picturesFor(doc: PackDocument): Record<string, string>;
  fonts(): PackFonts | null;
}

export function createPackPrintAssets(assets: PackAssets, fontsDir?: string | null): PackPrintAssets {
  const uris = new Map<string, string | null>();
  let fonts: PackFonts | null | undefined;
  const pictureUri = (key: string): string | null => {
    let uri = uris.get(key);
    if (uri === undefined) {
      const bytes = assets.picture(key);
      uri = bytes ? `data:image/png;base64,${Buffer.from(bytes).toString('base64')}` : null;
      uris.set(key, uri);
    }
    return uri;
  };
  return {
    pictureUri,
    picturesFor(doc) {
      const out: Record<string, string> = {};
      for (const key of pictureKeys(doc)) {
        const uri = pictureUri(key);
        if (uri !== null) out[key] = uri;
      }
      return out;
    },
    fonts() {
      if (fonts === undefined) fonts = fontsDir === undefined ? loadPackFonts() : loadPackFonts(fontsDir);
      return fonts;
    },
  };
}
