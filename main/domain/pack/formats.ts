/**
 * The numbers each pack format has to meet, from the format table in PRODUCT.md. render.ts writes
 * them into the Word file and main/testing/docxRules.ts checks them back out of its XML, so both
 * read this one table and cannot drift apart.
 *
 * Sizes are in points; Word stores them in half-points (w:sz), line spacing in 240ths of a line
 * (w:spacing w:line, 240 = single) and paragraph spacing in twentieths of a point (twips).
 */
import type { PackFormat } from '../access';

export interface FormatSpec {
  /** The only font a pack uses. */
  font: 'Arial';
  /** Body text size, in points. */
  bodyPt: number;
  /** No run anywhere in the document (footer, captions, tables included) may be smaller, in points. */
  minimumPt: number;
  /** Heading 1–3 sizes in points: each at least 20% larger than the body, biggest first. */
  headingPt: { 1: number; 2: number; 3: number };
  /** The title on the first page (the Title style). */
  titlePt: number;
  /** Line spacing in 240ths of a line: 276 is 1.15, 360 is 1.5. */
  line: number;
  /** Space after a paragraph, in twips (twentieths of a point). */
  paragraphAfter: number;
  /** Space before a heading, in twips. */
  headingBefore: number;
  /** Page colour: white by default; dyslexia-friendly packs can be printed on cream if asked for. */
  pageColour: 'FFFFFF';
  /** The cream page colour a dyslexia-friendly pack may use instead (not the default). */
  creamColour?: string;
  /** Text colour for body and headings: black. */
  textColour: '000000';
  /** Left and right page margins on A4 portrait, in twips: they set how long a line of text is. */
  sideMarginTwips: number;
  /**
   * The line length this format aims for, in average characters, when set: the British Dyslexia
   * Association style guide asks for lines of 60–70 characters. Checked by docxRules.ts from the
   * page and margin sizes in the file.
   */
  lineCharacters?: { min: number; max: number };
}

/** A4 portrait, in twips. */
export const A4 = { width: 11906, height: 16838 } as const;
/** 2 cm and 2.5 cm, in twips (567 to the centimetre). */
export const CM_TWIPS = 567;
const MARGIN_2CM = 2 * CM_TWIPS;
const MARGIN_25CM = Math.round(2.5 * CM_TWIPS);

/**
 * The width of an average character of English prose in Arial (spaces and capitals included), as
 * a fraction of the font size. Arial's lower-case letters average about 0.5 em; spaces (0.28 em)
 * bring running text a little under that, capitals and digits (0.56–0.72 em) a little over.
 */
export const ARIAL_AVERAGE_EM = 0.5;

/**
 * The most Easy Read ideas (rows of a 3 cm picture and its words, about 3.4 cm each) that fit on one
 * A4 page under their section's heading: a section this long or shorter is kept on one page whole;
 * a longer one cannot be, so only its heading and first two ideas are kept together (otherwise the
 * heading would be left alone at the foot of a page while the rows move on).
 */
export const EASY_READ_KEPT_IDEAS = 6;

/** About how many characters fit on a line `textWidthTwips` wide at `pt` points. */
export function charactersPerLine(textWidthTwips: number, pt: number): number {
  return textWidthTwips / 20 / (pt * ARIAL_AVERAGE_EM);
}

/** The width left for text on a portrait page of this format, in twips. */
export function textWidth(spec: FormatSpec): number {
  return A4.width - 2 * spec.sideMarginTwips;
}

/** Headings must be at least this many times the body size (PRODUCT.md: at least 20% larger). */
export const HEADING_RATIO = 1.2;

/** Line spacing values in 240ths of a line. */
export const LINE_115 = 276;
export const LINE_150 = 360;

export const FORMAT_SPECS: Record<PackFormat, FormatSpec> = {
  standard: {
    font: 'Arial',
    bodyPt: 14,
    minimumPt: 12,
    headingPt: { 1: 24, 2: 20, 3: 17 },
    titlePt: 32,
    line: LINE_115,
    paragraphAfter: 200,
    headingBefore: 360,
    pageColour: 'FFFFFF',
    textColour: '000000',
    sideMarginTwips: MARGIN_2CM,
  },
  large_print: {
    font: 'Arial',
    bodyPt: 18,
    minimumPt: 16,
    headingPt: { 1: 30, 2: 26, 3: 22 },
    titlePt: 36,
    line: LINE_115,
    paragraphAfter: 240,
    headingBefore: 400,
    pageColour: 'FFFFFF',
    textColour: '000000',
    sideMarginTwips: MARGIN_2CM,
  },
  // The table gives the dyslexia-friendly format a 14pt body and no separate minimum; we hold it to
  // the clear-print floor of 12pt (only the footer and table text use it).
  dyslexia: {
    font: 'Arial',
    bodyPt: 14,
    minimumPt: 12,
    headingPt: { 1: 24, 2: 20, 3: 17 },
    titlePt: 32,
    line: LINE_150,
    paragraphAfter: 240,
    headingBefore: 400,
    pageColour: 'FFFFFF',
    creamColour: 'FDF8E4',
    textColour: '000000',
    // Wider margins bring a 14pt line to about 65 characters (the 2 cm of the other formats give 69,
    // at the top of the range for text that runs a little wide).
    sideMarginTwips: MARGIN_25CM,
    lineCharacters: { min: 60, max: 70 },
  },
  easy_read: {
    font: 'Arial',
    bodyPt: 16,
    minimumPt: 14,
    headingPt: { 1: 26, 2: 22, 3: 20 },
    titlePt: 32,
    line: LINE_150,
    paragraphAfter: 240,
    headingBefore: 400,
    pageColour: 'FFFFFF',
    textColour: '000000',
    sideMarginTwips: MARGIN_2CM,
  },
};

/** Points to Word's half-points (w:sz). */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** The size for small print in this format (footer, table cells): never below the minimum. */
export function smallPt(spec: FormatSpec): number {
  return Math.max(spec.minimumPt, spec.bodyPt - 2);
}
