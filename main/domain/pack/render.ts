/**
 * Turns a PackDocument into a Word file in one of the four formats, meeting every number in
 * PRODUCT.md's format table (see formats.ts): Arial at the format's sizes, real Heading 1–3 styles in
 * black with no italics, left aligned, line spacing, spacing between paragraphs from paragraph
 * spacing (never empty paragraphs), tables with a repeating header row, Easy Read ideas as a picture
 * on the left and words on the right, alt text on every picture, en-GB, a title property and page
 * numbers in the footer. main/testing/docxRules.ts checks the result from its XML.
 *
 * Pure: the pictures come in through PackAssets, so there is no file system here.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type IParagraphStyleOptions,
  type ICharacterStyleOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { PackFormat } from '../access';
import { A4, CM_TWIPS, EASY_READ_KEPT_IDEAS, FORMAT_SPECS, halfPoints, smallPt, textWidth, type FormatSpec } from './formats';
import { keepTogether } from './keepTogether';
import { pictureRunFor } from './pictureRun';
import { sharedPart } from './sharedParts';
import type { Inline, PackBlock, PackDocument, PackSection, Picture } from './model';
import { isEmptyBlockBy, isEmptySectionBy } from './emptyParts';

/** Where the pictures come from: PNG bytes for a pictogram key, or null when there is none. */
export interface PackAssets {
  picture(key: string): Uint8Array | null;
}

export interface RenderOptions {
  /** Print on a cream page (dyslexia-friendly packs only; white is the default). */
  cream?: boolean;
}

/** No pictures: Easy Read ideas keep their words, in the same two columns. */
export const NO_ASSETS: PackAssets = { picture: () => null };

/** Top and bottom margins, and all four on landscape pages: 2 cm, in twips. */
const MARGIN = 2 * CM_TWIPS;
/** Easy Read pictures: 3 cm square (pixels at 96 to the inch), in a column wider than that. */
export const PICTURE_CM = 3;
const PICTURE_PX = Math.ceil((PICTURE_CM / 2.54) * 96);
const PICTURE_COLUMN_PCT = 25;

const BLACK = '000000';
const TABLE_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '595959' };
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const HEADER_SHADING = { fill: 'EDEDED', color: 'auto', type: 'clear' as const };

const BULLETS = 'kindred-bullets';
const NUMBERS = 'kindred-numbers';
const CHECKBOXES = 'kindred-checkboxes';
/** The empty box before each item of a checklist, for ticking by hand. */
export const CHECKBOX = '\u2610';

// ---------------------------------------------------------------------------------------------
// Text

/** Characters XML 1.0 cannot hold (and C1 controls, which mean nothing in a pack), and lone surrogates. */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes any text safe to write: drops characters XML cannot hold, turns every kind of line end into
 * "\n" and tabs into spaces. Emoji and right-to-left text are kept as they are.
 */
export function sanitizeText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u000B\u000C\u0085]/g, '\n')
    .replace(INVALID_XML, '')
    .replace(/\t/g, ' ');
}

const RTL_CHAR = '\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF';
/** A stretch of right-to-left script, with the spaces and punctuation between its words. */
const RTL_SPAN = new RegExp(`[${RTL_CHAR}](?:[${RTL_CHAR}\\s.,،؛!?'"()-]*[${RTL_CHAR}])?`, 'g');

interface Piece {
  text: string;
  bold: boolean;
}

function pieces(inline: Inline): Piece[] {
  if (typeof inline === 'string') return [{ text: sanitizeText(inline), bold: false }];
  return inline.map((run) => ({ text: sanitizeText(run.text), bold: run.bold === true }));
}

function plain(inline: Inline): string {
  return pieces(inline)
    .map((p) => p.text)
    .join('');
}

function isBlank(inline: Inline): boolean {
  return plain(inline).trim() === '';
}

/** Splits an inline at its line ends: one entry per line, blank lines dropped. */
function lines(inline: Inline): Piece[][] {
  const out: Piece[][] = [[]];
  for (const piece of pieces(inline)) {
    const parts = piece.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) out.push([]);
      if (part !== '') out[out.length - 1]!.push({ text: part, bold: piece.bold });
    });
  }
  return out.filter((line) => line.some((p) => p.text.trim() !== ''));
}

interface RunStyle {
  bold?: boolean;
  size?: number;
}

/** Runs for one piece of text, with right-to-left stretches marked so they read the right way. */
function textRuns(raw: string, style: RunStyle & { breakBefore?: boolean }): TextRun[] {
  const text = keepTogether(raw);
  const base: IRunOptions = {
    ...(style.bold ? { bold: true } : {}),
    ...(style.size !== undefined ? { size: halfPoints(style.size) } : {}),
  };
  const runs: TextRun[] = [];
  let at = 0;
  const push = (part: string, rtl: boolean) => {
    if (part === '') return;
    const first = runs.length === 0 && style.breakBefore === true;
    runs.push(new TextRun({ ...base, text: part, ...(rtl ? { rightToLeft: true } : {}), ...(first ? { break: 1 } : {}) }));
  };
  for (const match of text.matchAll(RTL_SPAN)) {
    push(text.slice(at, match.index), false);
    push(match[0], true);
    at = match.index + match[0].length;
  }
  push(text.slice(at), false);
  return runs;
}

/** Runs for an inline kept in one paragraph: line ends become line breaks. */
function inlineRuns(inline: Inline, style: RunStyle = {}): TextRun[] {
  const runs: TextRun[] = [];
  lines(inline).forEach((line, i) => {
    line.forEach((piece, j) => {
      runs.push(...textRuns(piece.text, { ...style, bold: style.bold || piece.bold, breakBefore: i > 0 && j === 0 }));
    });
  });
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Pictures

/** Width and height of a PNG from its header, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** A picture's run, or null when there is no picture for its key; `id` numbers it within the pack. */
function pictureRun(picture: Picture, assets: PackAssets, id: number): ParagraphChild | null {
  let bytes: Uint8Array | null;
  try {
    bytes = assets.picture(picture.key);
  } catch {
    bytes = null;
  }
  if (!bytes) return null;
  const size = pngSize(bytes);
  if (!size) return null;
  const scale = PICTURE_PX / Math.max(size.width, size.height);
  const alt = sanitizeText(picture.alt).replace(/\n/g, ' ').trim() || picture.key;
  return pictureRunFor({ bytes, width: Math.round(size.width * scale), height: Math.round(size.height * scale), alt, id });
}

// ---------------------------------------------------------------------------------------------
// Styles

function styles(spec: FormatSpec) {
  const body = halfPoints(spec.bodyPt);
  const spacing = { after: spec.paragraphAfter, line: spec.line, lineRule: LineRuleType.AUTO };
  const plainRun = { font: spec.font, color: BLACK, italics: false, underline: undefined, allCaps: false };
  const heading = (level: 1 | 2 | 3) => ({
    run: { ...plainRun, size: halfPoints(spec.headingPt[level]), bold: true },
    paragraph: {
      spacing: {
        before: level === 1 ? spec.headingBefore : Math.round(spec.headingBefore * 0.75),
        after: Math.round(spec.paragraphAfter * 0.75),
        line: spec.line,
        lineRule: LineRuleType.AUTO,
      },
      keepNext: true,
      keepLines: true,
      alignment: AlignmentType.LEFT,
      outlineLevel: level - 1,
    },
  });
  // Headings 4–6, captions and notes are never used, but docx defines them (Heading 4 in italics,
  // notes at 10pt): make them plain too, so nothing in the file breaks the format's rules.
  const quiet = { run: { ...plainRun, size: body, bold: false }, paragraph: { spacing, alignment: AlignmentType.LEFT } };
  const paragraphStyles: IParagraphStyleOptions[] = [
    { id: 'FootnoteText', name: 'footnote text', basedOn: 'Normal', ...quiet },
    { id: 'EndnoteText', name: 'endnote text', basedOn: 'Normal', ...quiet },
  ];
  const characterStyles: ICharacterStyleOptions[] = [
    { id: 'FootnoteTextChar', name: 'Footnote Text Char', basedOn: 'DefaultParagraphFont', run: { size: body } },
    { id: 'EndnoteTextChar', name: 'Endnote Text Char', basedOn: 'DefaultParagraphFont', run: { size: body } },
  ];
  return {
    default: {
      document: {
        run: { font: spec.font, size: body, color: BLACK, language: { value: 'en-GB' } },
        paragraph: { spacing, alignment: AlignmentType.LEFT },
      },
      title: {
        run: { ...plainRun, size: halfPoints(spec.titlePt), bold: true },
        paragraph: {
          spacing: { after: spec.paragraphAfter * 2, line: spec.line, lineRule: LineRuleType.AUTO },
          alignment: AlignmentType.LEFT,
          keepNext: true,
        },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      heading4: { ...quiet, run: { ...quiet.run, bold: true } },
      heading5: { ...quiet, run: { ...quiet.run, bold: true } },
      heading6: { ...quiet, run: { ...quiet.run, bold: true } },
      caption: { ...quiet, run: { ...quiet.run, bold: true } },
      listParagraph: quiet,
    },
    paragraphStyles,
    characterStyles,
  };
}

function numbering(spec: FormatSpec) {
  const indent = Math.round(spec.bodyPt * 20 * 1.8);
  const hanging = Math.round(spec.bodyPt * 20 * 1.2);
  return {
    config: [
      {
        reference: BULLETS,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '\u2022',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: indent, hanging } }, run: { font: spec.font, bold: false } },
          },
        ],
      },
      {
        reference: CHECKBOXES,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: CHECKBOX,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: indent, hanging } }, run: { font: spec.font, bold: false } },
          },
        ],
      },
      {
        reference: NUMBERS,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: indent, hanging } }, run: { font: spec.font, bold: false } },
          },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Blocks

type Child = Paragraph | Table;

/** A run of pages in one orientation: a Word section. */
interface Part {
  landscape: boolean;
  children: Child[];
}

class Writer {
  readonly parts: Part[] = [{ landscape: false, children: [] }];
  private pageBreakPending = false;
  private afterTable = false;
  private listInstance = 0;
  /** Pictures so far: each drawing's id, counted within this pack. */
  private pictures = 0;

  constructor(
    readonly spec: FormatSpec,
    readonly assets: PackAssets,
  ) {}

  /**
   * Every body paragraph goes through here: left aligned, a pending page break, and room above the
   * first paragraph after a table (headings have theirs from their style).
   */
  para(options: IParagraphOptions): Paragraph {
    const breakBefore = this.pageBreakPending;
    const afterTable = this.afterTable && options.heading === undefined;
    this.pageBreakPending = false;
    this.afterTable = false;
    return new Paragraph({
      alignment: AlignmentType.LEFT,
      ...options,
      ...(afterTable ? { spacing: { ...options.spacing, before: Math.max(options.spacing?.before ?? 0, this.spec.paragraphAfter) } } : {}),
      ...(breakBefore ? { pageBreakBefore: true } : {}),
    });
  }

  breakPage(): void {
    this.pageBreakPending = true;
  }

  /** What is being written now: the last part's children. */
  get children(): Child[] {
    return this.parts[this.parts.length - 1]!.children;
  }

  /** The width for text on the current pages, in twips. */
  get textWidth(): number {
    return this.parts[this.parts.length - 1]!.landscape ? A4.height - 2 * MARGIN : textWidth(this.spec);
  }

  /** Goes on in new pages of the given orientation (a section break starts a page of its own). */
  private startPart(landscape: boolean): void {
    const current = this.parts[this.parts.length - 1]!;
    if (current.children.length === 0) current.landscape = landscape;
    else this.parts.push({ landscape, children: [] });
    this.pageBreakPending = false;
    this.afterTable = false;
  }

  title(doc: PackDocument): void {
    const title = sanitizeText(doc.title).replace(/\n+/g, ' ').trim() || 'Workshop pack';
    this.children.push(this.para({ heading: HeadingLevel.TITLE, children: textRuns(title, {}) }));
    // Who the pack is from, first under the title: the reader knows whose promise it is.
    const organiser = sanitizeText(doc.organiser ?? '')
      .replace(/\n+/g, ' ')
      .trim();
    if (organiser) this.children.push(this.para({ children: textRuns(organiser, { bold: true, size: this.spec.headingPt[3] }) }));
    for (const line of doc.titleLines) {
      if (isBlank(line)) continue;
      this.children.push(this.para({ children: inlineRuns(line, { size: this.spec.headingPt[3] }) }));
    }
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const clean = sanitizeText(text).replace(/\n+/g, ' ').trim() || 'More information';
    const heading = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
    this.children.push(this.para({ heading, children: textRuns(clean, {}) }));
  }

  /** `introduces`: the paragraph leads into the list or table after it, and stays on its page. */
  paragraph(text: Inline, introduces = false): void {
    const all = lines(text);
    all.forEach((line, i) => {
      const runs = line.flatMap((piece) => textRuns(piece.text, { bold: piece.bold }));
      // A paragraph's lines stay on one page: a sentence is never split from its own end.
      const keepNext = introduces && i === all.length - 1;
      this.children.push(this.para({ children: runs, keepLines: true, ...(keepNext ? { keepNext: true } : {}) }));
    });
  }

  list(items: readonly Inline[], kind: 'bullets' | 'numbered' | 'checklist'): void {
    const kept = items.filter((item) => !isBlank(item));
    const instance = ++this.listInstance;
    const reference = kind === 'numbered' ? NUMBERS : kind === 'checklist' ? CHECKBOXES : BULLETS;
    kept.forEach((item, i) => {
      const last = i === kept.length - 1;
      this.children.push(
        this.para({
          children: inlineRuns(item),
          keepLines: true,
          numbering: { reference, level: 0, instance },
          spacing: { after: last ? this.spec.paragraphAfter : Math.round(this.spec.paragraphAfter / 2) },
        }),
      );
    });
  }

  table(block: Extract<PackBlock, { type: 'table' }>): void {
    const columns = Math.max(1, block.header.length);
    if (block.rows.length === 0) return;
    const widths = columnPercents(columns, block.widths);
    const size = columns >= 4 ? smallPt(this.spec) : this.spec.bodyPt;
    // Every data table has its caption above it, which also keeps two tables from running together.
    const caption = sanitizeText(block.caption).replace(/\n+/g, ' ').trim() || 'Table';
    this.children.push(
      this.para({ children: textRuns(caption, { bold: true }), keepNext: true, spacing: { after: Math.round(this.spec.paragraphAfter / 2) } }),
    );
    // The same table for many readers (the day's agenda, above all) is turned into XML once.
    const key = JSON.stringify([this.spec, block]);
    this.children.push(
      sharedPart(key, () => {
        const cell = (text: Inline, i: number, header: boolean) =>
          new TableCell({
            width: pct(widths[i] ?? 0),
            margins: { top: 80, bottom: 80, left: 115, right: 115 },
            ...(header ? { shading: HEADER_SHADING } : {}),
            children: [new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 0 }, children: inlineRuns(text, { size, bold: header }) })],
          });
        const fit = (row: readonly Inline[]): Inline[] => {
          const cells: Inline[] = row.slice(0, columns);
          while (cells.length < columns) cells.push('');
          if (row.length > columns) {
            const rest = row
              .slice(columns - 1)
              .map(plain)
              .filter((t) => t.trim() !== '');
            cells[columns - 1] = rest.join(' – ');
          }
          return cells;
        };
        const header = new TableRow({ tableHeader: true, cantSplit: true, children: fit(block.header).map((t, i) => cell(t, i, true)) });
        const rows = block.rows.map((row) => new TableRow({ cantSplit: true, children: fit(row).map((t, i) => cell(t, i, false)) }));
        return this.dataTable([header, ...rows], widths);
      }),
    );
    this.spaceAfterTable();
  }

  /** Consecutive Easy Read ideas share one layout table: picture left, words right. */
  ideas(ideas: Extract<PackBlock, { type: 'idea' }>[]): void {
    const widths = [PICTURE_COLUMN_PCT, 100 - PICTURE_COLUMN_PCT];
    // Every row but the last keeps with the next, so a section's ideas stay on one page together
    // (its heading already keeps with the first). A section too long for a page keeps only its
    // first two ideas with the heading, and flows on from there.
    const keptRows = ideas.length <= EASY_READ_KEPT_IDEAS ? ideas.length - 1 : 1;
    const rows = ideas.map((idea, row) => {
      const picture = pictureRun(idea.picture, this.assets, this.pictures + 1);
      if (picture) this.pictures++;
      const keep = { keepLines: true, ...(row < keptRows ? { keepNext: true } : {}) };
      const words = lines(idea.text).map(
        (line, i, all) =>
          new Paragraph({
            ...keep,
            alignment: AlignmentType.LEFT,
            spacing: { after: i === all.length - 1 ? 0 : Math.round(this.spec.paragraphAfter / 2) },
            children: line.flatMap((piece) => textRuns(piece.text, { bold: piece.bold })),
          }),
      );
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: pct(PICTURE_COLUMN_PCT),
            margins: { top: 80, bottom: 160, left: 0, right: 115 },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              new Paragraph({
                ...keep,
                alignment: AlignmentType.LEFT,
                spacing: { after: 0, ...(picture ? { line: 240, lineRule: LineRuleType.AUTO } : {}) },
                children: picture ? [picture] : [],
              }),
            ],
          }),
          new TableCell({
            width: pct(100 - PICTURE_COLUMN_PCT),
            margins: { top: 80, bottom: 160, left: 115, right: 0 },
            verticalAlign: VerticalAlignTable.CENTER,
            children: words.length > 0 ? words : [new Paragraph({ ...keep, alignment: AlignmentType.LEFT, spacing: { after: 0 } })],
          }),
        ],
      });
    });
    this.children.push(
      new Table({
        rows,
        width: pct(100),
        columnWidths: widths.map((pct) => Math.round((this.textWidth * pct) / 100)),
        layout: TableLayoutType.FIXED,
        borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
      }),
    );
    this.spaceAfterTable();
  }

  /**
   * A labelled box to write in: a one-column table whose marked header row holds the label and
   * whose second row is as tall as the lines asked for, so a checker (and a screen reader) reads
   * the label as the box's heading. A table cell may end in an empty paragraph; the body never has one.
   */
  writeIn(label: string, lineCount: number): void {
    const text = sanitizeText(label).replace(/\n+/g, ' ').trim() || 'Notes';
    const count = Math.max(1, Math.min(40, Math.round(lineCount) || 1));
    const lineTwips = Math.round((this.spec.bodyPt * 20 * this.spec.line) / 240);
    const margins = { top: 80, bottom: 80, left: 115, right: 115 };
    // Word runs two tables with nothing between them into one: straight after a table, the label
    // also stands above the box.
    if (this.children[this.children.length - 1] instanceof Table) {
      this.children.push(
        this.para({ children: textRuns(text, { bold: true }), keepNext: true, spacing: { after: Math.round(this.spec.paragraphAfter / 2) } }),
      );
    }
    const header = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        new TableCell({
          width: pct(100),
          margins,
          children: [
            new Paragraph({ alignment: AlignmentType.LEFT, keepNext: true, spacing: { after: 0 }, children: textRuns(text, { bold: true }) }),
          ],
        }),
      ],
    });
    const box = new TableRow({
      cantSplit: true,
      height: { value: count * lineTwips + 160, rule: HeightRule.ATLEAST },
      children: [new TableCell({ width: pct(100), margins, children: [new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 0 } })] })],
    });
    this.children.push(this.dataTable([header, box], [100]));
    this.spaceAfterTable();
  }

  private dataTable(rows: TableRow[], widths: number[]): Table {
    return new Table({
      rows,
      width: pct(100),
      columnWidths: widths.map((pct) => Math.round((this.textWidth * pct) / 100)),
      layout: TableLayoutType.FIXED,
      borders: {
        top: TABLE_BORDER,
        bottom: TABLE_BORDER,
        left: TABLE_BORDER,
        right: TABLE_BORDER,
        insideHorizontal: TABLE_BORDER,
        insideVertical: TABLE_BORDER,
      },
    });
  }

  /** The next paragraph gets room above it, so it does not touch the table. */
  private spaceAfterTable(): void {
    this.afterTable = true;
  }

  section(section: PackSection, depth: 1 | 2 | 3): void {
    const level = Math.min(depth, section.level, 3) as 1 | 2 | 3;
    const landscape = level === 1 && section.landscape === true;
    if (landscape) this.startPart(true);
    else if (level === 1 && section.newPage === true) this.breakPage();
    this.heading(level, section.heading);
    this.blocks(section.blocks);
    for (const sub of section.sections ?? []) {
      if (isEmptySection(sub)) continue;
      this.section(sub, Math.min(level + 1, 3) as 1 | 2 | 3);
    }
    if (landscape) this.startPart(false);
  }

  blocks(blocks: readonly PackBlock[]): void {
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      switch (block.type) {
        case 'paragraph':
          this.paragraph(block.text, ['bullets', 'numbered', 'checklist', 'table'].includes(blocks[i + 1]?.type ?? ''));
          break;
        case 'bullets':
        case 'numbered':
        case 'checklist':
          this.list(block.items, block.type);
          break;
        case 'table':
          this.table(block);
          break;
        case 'idea': {
          const group: Extract<PackBlock, { type: 'idea' }>[] = [block];
          while (blocks[i + 1]?.type === 'idea') group.push(blocks[++i] as Extract<PackBlock, { type: 'idea' }>);
          this.ideas(group);
          break;
        }
        case 'writeIn':
          this.writeIn(block.label, block.lines);
          break;
        case 'pageBreak':
          this.breakPage();
          break;
      }
    }
  }
}

function pct(value: number) {
  // A number with PERCENTAGE is written in fiftieths of a percent (25 → w:w="1250"), which every Word reads.
  return { size: value, type: WidthType.PERCENTAGE };
}

function columnPercents(columns: number, widths: readonly number[] | undefined): number[] {
  const given = widths && widths.length === columns && widths.every((w) => Number.isFinite(w) && w > 0) ? widths : null;
  const raw = given ?? Array.from({ length: columns }, () => 1);
  const total = raw.reduce((a, b) => a + b, 0);
  const pct = raw.map((w) => Math.max(1, Math.floor((w / total) * 100)));
  // Round so they add up to exactly 100.
  pct[pct.length - 1]! += 100 - pct.reduce((a, b) => a + b, 0);
  return pct;
}

const isEmptyBlock = (block: PackBlock): boolean => isEmptyBlockBy(block, isBlank);
const isEmptySection = (section: PackSection): boolean => isEmptySectionBy(section, isBlank);

// ---------------------------------------------------------------------------------------------

/** Renders a pack as a .docx file, in its format's sizes and spacing. */
export async function renderPack(doc: PackDocument, assets: PackAssets = NO_ASSETS, options: RenderOptions = {}): Promise<Uint8Array> {
  const format: PackFormat = doc.format;
  const spec = FORMAT_SPECS[format];
  const writer = new Writer(spec, assets);

  writer.title(doc);
  // The title page stands alone: the first section starts on page 2.
  writer.breakPage();
  for (const section of doc.sections) {
    if (isEmptySection(section)) continue;
    // Blocks before a page break belong to this section; the break applies to what follows.
    writer.section({ ...section, blocks: section.blocks.filter((b) => !isEmptyBlock(b)) }, 1);
  }
  const credits = doc.credits.map((c) => sanitizeText(c).replace(/\n+/g, ' ').trim()).filter((c) => c !== '');
  for (const credit of credits) {
    writer.children.push(writer.para({ children: textRuns(credit, { size: smallPt(spec) }) }));
  }

  const footerText = sanitizeText(doc.footer).replace(/\n+/g, ' ').trim();
  const footerSize = halfPoints(smallPt(spec));
  const footerChildren: ParagraphChild[] = [
    ...(footerText ? [new TextRun({ text: `${footerText} – `, size: footerSize })] : []),
    new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: footerSize }),
  ];

  const footer = () => new Footer({ children: [new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 0 }, children: footerChildren })] });
  const portraitMargins = { top: MARGIN, bottom: MARGIN, left: spec.sideMarginTwips, right: spec.sideMarginTwips, footer: 567, header: 567 };
  const landscapeMargins = { ...portraitMargins, left: MARGIN, right: MARGIN };

  const cream = options.cream === true && spec.creamColour !== undefined;
  const document = new Document({
    title: sanitizeText(doc.title).replace(/\n+/g, ' ').trim() || 'Workshop pack',
    creator: 'Kindred',
    lastModifiedBy: 'Kindred',
    description: doc.description ?? (doc.kind === 'participant' ? 'Participant pack' : 'Facilitator pack'),
    styles: styles(spec),
    numbering: numbering(spec),
    ...(cream ? { background: { color: spec.creamColour } } : {}),
    // One Word section per run of portrait or landscape pages, each with the same footer.
    sections: writer.parts
      .filter((part) => part.children.length > 0)
      .map((part) => ({
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, ...(part.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
            margin: part.landscape ? landscapeMargins : portraitMargins,
          },
        },
        footers: { default: footer() },
        children: part.children,
      })),
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
