/**
 * About how many pages a pack fills, worked out from its words and its format's sizes without
 * laying anything out: quick enough to run on every preview. It follows the printed page
 * (html.ts: A4, 2 cm margins, the title page on its own, headings kept with what follows, rows
 * and Easy Read ideas never split), so a test checks it against the page count of the real PDF.
 */
import { FORMAT_SPECS, smallPt, type FormatSpec } from './formats';
import { cssLineHeight, isEmptyBlock, isEmptySection, PAGE, PICTURE_MM } from './html';
import type { PackBlock, PackDocument, PackSection } from './model';
import { inlineText } from './packText';

const PT_PER_MM = 72 / 25.4;
const TEXT_WIDTH_PT = (PAGE.widthMm - 2 * PAGE.marginMm) * PT_PER_MM;
const TEXT_HEIGHT_PT = (PAGE.heightMm - PAGE.marginMm - PAGE.footMm) * PT_PER_MM;
/** The average width of a character in Atkinson Hyperlegible Next or Arial, in ems. */
const CHAR_EM = 0.54;

/** Lines a piece of text wraps onto in a column `widthPt` wide. */
function lines(text: string, sizePt: number, widthPt: number): number {
  const perLine = Math.max(8, Math.floor(widthPt / (sizePt * CHAR_EM)));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

class Pages {
  pages = 1;
  used = 0;
  constructor(readonly spec: FormatSpec) {}

  /** Adds something that cannot be split (a line, a row, an idea), on a new page when it does not fit. */
  add(heightPt: number): void {
    if (this.used > 0 && this.used + heightPt > TEXT_HEIGHT_PT) this.newPage();
    this.used += heightPt;
    // Something taller than a page flows over.
    while (this.used > TEXT_HEIGHT_PT) {
      this.pages++;
      this.used -= TEXT_HEIGHT_PT;
    }
  }

  /** Text that may split between lines. */
  text(text: string, sizePt: number, widthPt = TEXT_WIDTH_PT, after = this.spec.paragraphAfter / 20): void {
    const n = lines(text, sizePt, widthPt);
    const lineHeight = sizePt * cssLineHeight(this.spec);
    for (let i = 0; i < n; i++) this.add(lineHeight);
    this.used = Math.min(TEXT_HEIGHT_PT, this.used + after);
  }

  newPage(): void {
    if (this.used === 0) return;
    this.pages++;
    this.used = 0;
  }
}

function block(p: Pages, b: PackBlock): void {
  const spec = p.spec;
  switch (b.type) {
    case 'paragraph':
      return p.text(inlineText(b.text), spec.bodyPt);
    case 'bullets':
    case 'numbered':
      for (const item of b.items) p.text(inlineText(item), spec.bodyPt, TEXT_WIDTH_PT - spec.bodyPt * 1.4, spec.paragraphAfter / 40);
      return;
    case 'table': {
      const size = smallPt(spec);
      const lineHeight = size * cssLineHeight(spec);
      const cols = Math.max(1, b.header.length);
      const widths = b.widths && b.widths.length === cols ? b.widths : Array.from({ length: cols }, () => 1);
      const total = widths.reduce((a, w) => a + w, 0) || 1;
      const rowHeight = (cells: readonly string[]) =>
        Math.max(...cells.map((c, i) => lines(c, size, (TEXT_WIDTH_PT * (widths[i] ?? 1)) / total - size))) * lineHeight + size * 0.6;
      p.add(lineHeight + rowHeight(b.header));
      for (const row of b.rows) p.add(rowHeight(row.map(inlineText)));
      p.used += spec.paragraphAfter / 20;
      return;
    }
    case 'idea': {
      const textHeight = lines(inlineText(b.text), spec.bodyPt, TEXT_WIDTH_PT - (PICTURE_MM + 10) * PT_PER_MM) * spec.bodyPt * cssLineHeight(spec);
      return p.add(Math.max(PICTURE_MM * PT_PER_MM, textHeight) + spec.paragraphAfter / 20);
    }
    case 'writeIn':
      return p.add(spec.bodyPt * cssLineHeight(spec) * (1 + Math.max(1, b.lines) * 1.4) + spec.paragraphAfter / 20);
    case 'pageBreak':
      return p.newPage();
  }
}

function section(p: Pages, s: PackSection, depth: number): void {
  if (isEmptySection(s)) return;
  const size = s.level === 1 ? p.spec.headingPt[1] : s.level === 2 ? p.spec.headingPt[2] : p.spec.headingPt[3];
  // A heading stays with the first line after it.
  const headingHeight = lines(s.heading, size, TEXT_WIDTH_PT) * size * 1.2 + (p.spec.headingBefore + p.spec.paragraphAfter) / 20;
  p.add(headingHeight + p.spec.bodyPt * cssLineHeight(p.spec));
  p.used -= p.spec.bodyPt * cssLineHeight(p.spec);
  for (const b of s.blocks) if (!isEmptyBlock(b)) block(p, b);
  for (const sub of s.sections ?? []) section(p, sub, depth + 1);
}

/** About how many A4 pages the printed pack has, the title page included. */
export function estimatePages(doc: PackDocument): number {
  const p = new Pages(FORMAT_SPECS[doc.format]);
  // The title page stands alone.
  p.add(1);
  p.newPage();
  for (const s of doc.sections) section(p, s, 0);
  for (const c of doc.credits) if (c.trim()) p.text(c, smallPt(p.spec));
  return p.pages;
}
