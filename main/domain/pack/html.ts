/**
 * A pack as HTML, from the same pack model render.ts turns into Word. Two uses, one markup:
 *
 * - `packHtmlDocument`: one self-contained page to print to PDF (Electron's printToPDF in the app,
 *   Playwright's page.pdf in the tests). Everything is inside it: the font as data URIs, the
 *   pictures as data URIs, the format's sizes from formats.ts, lang="en-GB" and the title, so
 *   printing it needs no network and no script. Its headings, lists and tables are real ones,
 *   so Chromium's tagged PDF carries them and its outline follows the headings.
 * - `packBodyHtml` in 'preview' mode: the same blocks for the Packs screen, under the screen's own
 *   h2 (sections start at h3) and with no inline styles, so the app's Content Security Policy
 *   holds. The screen's stylesheet sizes it.
 *
 * Every piece of text from the plan is escaped here; nothing from it can become markup.
 */
import type { PackFormat } from '../access';
import { FORMAT_SPECS, smallPt, type FormatSpec } from './formats';
import type { Inline, PackBlock, PackDocument, PackSection, Picture } from './model';
import { isEmptyBlockBy, isEmptySectionBy } from './emptyParts';
import { inlineText } from './packText';

/** A picture's data: URI for a pictogram key, or null when there is none. */
export type PictureUris = (key: string) => string | null;

export interface PackFonts {
  /** data: URIs of the regular (400) and bold (700) faces, woff2. */
  regular: string;
  bold: string;
}

/** The typeface a printed pack uses: Atkinson Hyperlegible Next when embedded, Arial otherwise. */
export const PRINT_FONT_FAMILY = "'Atkinson Hyperlegible Next', Arial, Helvetica, sans-serif";

/** Word's "1.15 lines" is 1.15 times the font's own line height (about 1.15 em for Arial). */
export function cssLineHeight(spec: FormatSpec): number {
  return Math.round((spec.line / 240) * 1.15 * 100) / 100;
}

/** A4 with the margins render.ts uses (2 cm), and room at the foot for the page number line. */
export const PAGE = { widthMm: 210, heightMm: 297, marginMm: 20, footMm: 25 } as const;
/** Easy Read pictures in print: the issue asks for picture cells at least 3 cm wide. */
export const PICTURE_MM = 30;
/** Write-in boxes are drawn for 1 to this many lines. */
const MAX_WRITE_LINES = 12;

// Control characters other than line breaks and tabs mean nothing in a pack (render.ts drops them too).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function escapeHtml(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL, '')
    .replace(/\t/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Text with its line breaks kept, as Word keeps them. */
function textHtml(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

function inlineHtml(text: Inline): string {
  if (typeof text === 'string') return textHtml(text);
  return text.map((run) => (run.bold ? `<strong>${textHtml(run.text)}</strong>` : textHtml(run.text))).join('');
}

const isBlank = (text: Inline) => inlineText(text).trim() === '';

/** As render.ts: a block with nothing to say is left out, and so is a section of them. */
export const isEmptyBlock = (block: PackBlock): boolean => isEmptyBlockBy(block, isBlank);
export const isEmptySection = (section: PackSection): boolean => isEmptySectionBy(section, isBlank);

export type HtmlMode = 'print' | 'preview';

interface Ctx {
  mode: HtmlMode;
  pictures: PictureUris;
}

/** Column widths as percentages adding up to 100, when the pack gives one per column. */
function colgroup(widths: readonly number[] | undefined, columns: number): string {
  if (!widths || widths.length !== columns || !widths.every((w) => Number.isFinite(w) && w > 0)) return '';
  const total = widths.reduce((a, b) => a + b, 0);
  return `<colgroup>${widths.map((w) => `<col width="${((w / total) * 100).toFixed(1)}%">`).join('')}</colgroup>`;
}

function pictureHtml(picture: Picture, ctx: Ctx): string {
  const uri = ctx.pictures(picture.key);
  // Only a data: URI may become a src, so a picture can never make the page reach anywhere.
  if (uri !== null && /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(uri)) {
    return `<img class="pack-idea-img" src="${uri}" alt="${escapeHtml(picture.alt)}">`;
  }
  return `<span class="pack-idea-missing">[${escapeHtml(picture.alt)}]</span>`;
}

function blockHtml(block: PackBlock, ctx: Ctx): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.text)}</p>`;
    case 'bullets':
    case 'numbered':
    case 'checklist': {
      const tag = block.type === 'numbered' ? 'ol' : 'ul';
      // A list to tick (materials on the run sheet): a box drawn before each item, as in the Word file.
      const open = block.type === 'checklist' ? '<ul class="pack-checklist">' : `<${tag}>`;
      const items = block.items.filter((i) => !isBlank(i)).map((i) => `<li>${inlineHtml(i)}</li>`);
      return `${open}${items.join('')}</${tag}>`;
    }
    case 'table': {
      const header = block.header.map((h) => `<th scope="col">${textHtml(h)}</th>`).join('');
      const rows = block.rows.map((row) => `<tr>${row.map((cell) => `<td>${inlineHtml(cell)}</td>`).join('')}</tr>`).join('');
      const table =
        `<table class="pack-table"><caption>${textHtml(block.caption)}</caption>${colgroup(block.widths, block.header.length)}` +
        `<thead><tr>${header}</tr></thead><tbody>${rows}</tbody></table>`;
      // On screen a wide table scrolls on its own (200% zoom); the area takes focus so the keyboard can scroll it.
      return ctx.mode === 'preview'
        ? `<div class="pack-table-scroll" tabindex="0" role="group" aria-label="${escapeHtml(block.caption)}">${table}</div>`
        : table;
    }
    case 'idea':
      return `<div class="pack-idea"><div class="pack-idea-picture">${pictureHtml(block.picture, ctx)}</div><p class="pack-idea-text">${inlineHtml(block.text)}</p></div>`;
    case 'writeIn': {
      const lines = Math.min(MAX_WRITE_LINES, Math.max(1, Math.round(block.lines) || 1));
      const label = `<p class="pack-write-in">${textHtml(block.label)}</p>`;
      if (ctx.mode === 'preview')
        return `<div class="pack-write">${label}<p class="pack-note">(space to write, ${lines === 1 ? '1 line' : `${lines} lines`})</p></div>`;
      return `<div class="pack-write">${label}<div class="pack-write-box pack-write-lines-${lines}"></div></div>`;
    }
    case 'pageBreak':
      return ctx.mode === 'preview' ? '<p class="pack-page-break pack-note">New page</p>' : '<div class="pack-page-break"></div>';
  }
}

function sectionHtml(section: PackSection, depth: number, ctx: Ctx, firstHeading: number): string {
  if (isEmptySection(section)) return '';
  const level = Math.min(6, firstHeading + depth);
  const blocks = section.blocks.filter((b) => !isEmptyBlock(b)).map((b) => blockHtml(b, ctx));
  const subs = (section.sections ?? []).map((s) => sectionHtml(s, depth + 1, ctx, firstHeading));
  return `<section class="pack-section pack-section-${depth + 1}"><h${level}>${textHtml(section.heading)}</h${level}>${blocks.join('')}${subs.join('')}</section>`;
}

function cleanLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The pack's title page, sections and credits. In 'print' the title is the page's h1 and the
 * sections start at h2; in 'preview' they sit under the Packs screen's h2, so the title is a
 * paragraph and the sections start at h3.
 */
export function packBodyHtml(doc: PackDocument, options: { mode: HtmlMode; pictures?: PictureUris }): string {
  const ctx: Ctx = { mode: options.mode, pictures: options.pictures ?? (() => null) };
  const print = options.mode === 'print';
  const title = print ? `<h1 class="pack-title">${textHtml(doc.title)}</h1>` : `<p class="pack-title">${textHtml(doc.title)}</p>`;
  const organiser = doc.organiser ? `<p class="pack-title-line pack-organiser"><strong>${textHtml(doc.organiser)}</strong></p>` : '';
  const lines = organiser + doc.titleLines.map((l) => `<p class="pack-title-line">${textHtml(l)}</p>`).join('');
  const sections = doc.sections.map((s) => sectionHtml(s, 0, ctx, print ? 2 : 3)).join('');
  const credits = doc.credits.map(cleanLine).filter((c) => c !== '');
  const end = print
    ? credits.map((c) => `<p class="pack-credit">${escapeHtml(c)}</p>`).join('')
    : `<div class="pack-preview-end pack-note"><p>At the foot of every page: “${escapeHtml(cleanLine(doc.footer))}” and the page number.</p>${credits
        .map((c) => `<p>${escapeHtml(c)}</p>`)
        .join('')}</div>`;
  return `<div class="pack-title-page">${title}${lines}</div>${sections}${end}`;
}

/** A string for a CSS `content:` value: quoted, with nothing that could close it. */
function cssString(text: string): string {
  return `"${cleanLine(text.replace(CONTROL, '')).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/</g, '\\3C ')}"`;
}

const pt = (twips: number) => `${Math.round(twips / 2) / 10}pt`;

function printCss(format: PackFormat, footer: string, options: { fonts: PackFonts | null; cream: boolean }): string {
  const spec = FORMAT_SPECS[format];
  const page = options.cream && spec.creamColour ? `#${spec.creamColour}` : `#${spec.pageColour}`;
  const fonts = options.fonts
    ? [400, 700]
        .map(
          (w) =>
            `@font-face{font-family:'Atkinson Hyperlegible Next';font-style:normal;font-weight:${w};src:url(${w === 400 ? options.fonts!.regular : options.fonts!.bold}) format('woff2')}`,
        )
        .join('')
    : '';
  const footerText = cleanLine(footer);
  const small = smallPt(spec);
  const writeLines = Array.from(
    { length: MAX_WRITE_LINES },
    (_, i) => `.pack-write-lines-${i + 1}{height:${((i + 1) * spec.bodyPt * cssLineHeight(spec) * 1.4).toFixed(1)}pt}`,
  ).join('');
  return [
    fonts,
    `@page{size:A4;margin:${PAGE.marginMm}mm ${PAGE.marginMm}mm ${PAGE.footMm}mm;background:${page};`,
    `@bottom-left{content:${footerText ? `${cssString(footerText)} " – " ` : ''}"Page " counter(page) " of " counter(pages);font-family:${PRINT_FONT_FAMILY};font-size:${small}pt;color:#000;vertical-align:middle}}`,
    `html{background:${page};-webkit-print-color-adjust:exact;print-color-adjust:exact}`,
    `body{margin:0;font-family:${PRINT_FONT_FAMILY};font-size:${spec.bodyPt}pt;line-height:${cssLineHeight(spec)};color:#${spec.textColour};text-align:left;overflow-wrap:break-word}`,
    `h1,h2,h3,h4{font-weight:700;line-height:1.2;color:#${spec.textColour};break-after:avoid;page-break-after:avoid;margin:${pt(spec.headingBefore)} 0 ${pt(spec.paragraphAfter)}}`,
    `h1{font-size:${spec.titlePt}pt;margin-top:0}h2{font-size:${spec.headingPt[1]}pt}h3{font-size:${spec.headingPt[2]}pt}h4{font-size:${spec.headingPt[3]}pt}`,
    `p,ul,ol{margin:0 0 ${pt(spec.paragraphAfter)}}li{margin:0 0 ${pt(spec.paragraphAfter / 2)}}ul,ol{padding-left:1.4em}`,
    'strong{font-weight:700}',
    '.pack-title-page{break-after:page;page-break-after:always}.pack-title-line{margin:0 0 0.4em}',
    ".pack-checklist{list-style-type:'\\2610\\00A0'}",
    `.pack-idea{display:grid;grid-template-columns:${PICTURE_MM + 4}mm minmax(0,1fr);column-gap:6mm;align-items:center;break-inside:avoid;page-break-inside:avoid;margin:0 0 ${pt(spec.paragraphAfter)}}`,
    `.pack-idea-text{margin:0}.pack-idea-img{display:block;width:${PICTURE_MM}mm;height:${PICTURE_MM}mm}.pack-idea-missing{font-size:${small}pt}`,
    `table{border-collapse:collapse;width:100%;margin:0 0 ${pt(spec.paragraphAfter)};font-size:${small}pt}caption{text-align:left;font-weight:700;padding:0 0 0.3em}`,
    'th,td{border:1px solid #595959;padding:0.3em 0.5em;text-align:left;vertical-align:top}th{background:#ededed}thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}',
    '.pack-write{break-inside:avoid;page-break-inside:avoid}.pack-write-in{margin-bottom:0.3em}',
    `.pack-write-box{border:1px solid #595959;margin:0 0 ${pt(spec.paragraphAfter)}}${writeLines}`,
    '.pack-page-break{break-after:page;page-break-after:always}',
    `.pack-credit{font-size:${small}pt}`,
  ].join('\n');
}

export interface PackHtmlOptions {
  pictures?: PictureUris;
  /** The embedded typeface; null prints in Arial or the system's sans-serif (still embedded in the PDF). */
  fonts?: PackFonts | null;
  /** Print on cream (dyslexia-friendly packs only, as in render.ts). */
  cream?: boolean;
}

/** The whole pack as one self-contained HTML page, ready to print to a tagged PDF. */
export function packHtmlDocument(doc: PackDocument, options: PackHtmlOptions = {}): string {
  const css = printCss(doc.format, doc.footer, { fonts: options.fonts ?? null, cream: options.cream === true });
  const body = packBodyHtml(doc, { mode: 'print', ...(options.pictures ? { pictures: options.pictures } : {}) });
  return (
    '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">' +
    // No script, no network: the page itself says so, as well as the window printing it.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">` +
    `<title>${escapeHtml(cleanLine(doc.title))}</title><style>${css}</style></head>` +
    `<body><main>${body}</main></body></html>`
  );
}
