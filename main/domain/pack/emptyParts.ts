/**
 * Which parts of a pack have nothing to say, so every rendering (the Word file, the printable page,
 * the page estimate) leaves out the same blocks and sections. Each passes its own test of blank
 * text, because each reads text after its own cleaning.
 */
import type { Inline, PackBlock, PackSection } from './model';

export type IsBlank = (text: Inline) => boolean;

export function isEmptyBlockBy(block: PackBlock, isBlank: IsBlank): boolean {
  switch (block.type) {
    case 'paragraph':
    case 'idea':
      return isBlank(block.text);
    case 'bullets':
    case 'numbered':
    case 'checklist':
      return block.items.every(isBlank);
    case 'table':
      return block.rows.length === 0;
    case 'writeIn':
    case 'pageBreak':
      return false;
  }
}

/** A section of blank blocks (a page break alone says nothing) whose subsections are blank too. */
export function isEmptySectionBy(section: PackSection, isBlank: IsBlank): boolean {
  return (
    section.blocks.every((b) => isEmptyBlockBy(b, isBlank) || b.type === 'pageBreak') &&
    (section.sections ?? []).every((s) => isEmptySectionBy(s, isBlank))
  );
}
