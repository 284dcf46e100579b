/**
 * What the Packs screen shows before anything is exported: the pack itself, the pictures it will
 * contain (as data: URIs, carried through the contract like any other value, so the screen never
 * fetches anything), and about how many pages it will fill.
 */
import type { PackBlock, PackDocument, PackSection } from './model';

export interface PackPreviewModel extends PackDocument {
  /** The picture for each pictogram key the pack uses, as a data: URI; keys with no picture are left out. */
  pictures: Readonly<Record<string, string>>;
  /** About how many A4 pages the pack fills, title page included (pageEstimate.ts). */
  estimatedPages: number;
}

function blocksOf(sections: readonly PackSection[]): PackBlock[] {
  return sections.flatMap((s) => [...s.blocks, ...blocksOf(s.sections ?? [])]);
}

/** The pictogram keys a pack uses, each once. */
export function pictureKeys(doc: PackDocument): string[] {
  const keys = new Set<string>();
  for (const b of blocksOf(doc.sections)) if (b.type === 'idea') keys.add(b.picture.key);
  return [...keys];
}

/** A lookup for html.ts over the preview's pictures (own keys only, never the prototype's). */
export function pictureLookup(pictures: Readonly<Record<string, string>>): (key: string) => string | null {
  return (key) => (Object.hasOwn(pictures, key) ? pictures[key]! : null);
}
