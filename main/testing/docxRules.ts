/**
 * Checks a .docx against PRODUCT.md's format table from its XML, the way an accessibility reviewer
 * would open the file: sizes (including the ones runs inherit from styles), line spacing, heading
 * styles and their order, alignment, emphasis, the title and language properties, table header
 * rows and merged cells, alt text, page numbers and empty paragraphs.
 *
 * Pure: it takes the file's bytes. Tests use it on everything renderPack writes.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { PackFormat } from '../domain/access';
import { CM_TWIPS, EASY_READ_KEPT_IDEAS, FORMAT_SPECS, HEADING_RATIO, charactersPerLine, halfPoints } from '../domain/pack/formats';
import { keepTogether } from '../domain/pack/keepTogether';

export interface DocxFacts {
  /** dc:title from docProps/core.xml. */
  title: string;
  /** w:lang in the document defaults. */
  language: string | null;
  /** Body text size in points (the document default, or the Normal style's). */
  bodyPt: number | null;
  /** The smallest size any run with text ends up at, in points. */
  smallestPt: number | null;
  /** Line spacing of the document defaults, in 240ths of a line. */
  line: number | null;
  headings: { level: number; text: string }[];
  /** Heading 1–3 sizes in points, from the styles. */
  headingPt: Record<number, number | null>;
  tables: number;
  /** Tables with a marked header row (the rest are layout tables: borderless, or one box). */
  dataTables: number;
  images: number;
  /** Alt text of every image, in order. */
  altTexts: string[];
  paragraphs: number;
  /** All the text of the body, paragraphs joined with "\n". */
  text: string;
  pageNumbers: boolean;
  /** The page colour (w:background), or null for white. */
  background: string | null;
  /** Each Word section in order: landscape or not, and about how many characters a body line holds. */
  pageRuns: { landscape: boolean; lineCharacters: number }[];
  /** Headings that start a new page (page break before). */
  newPageHeadings: string[];
  /** Items of lists whose bullet is an empty box to tick (☐). */
  checklistItems: string[];
  /** Items of numbered lists. */
  numberedItems: string[];
  /** Phrases held on one line by non-breaking spaces ("Room 2", "LS1 4AP"), written with plain spaces. */
  keptTogether: string[];
  /** The narrowest Easy Read picture and its column, in centimetres (null without pictures). */
  narrowestPictureCm: number | null;
}

export interface DocxCheck {
  problems: string[];
  facts: DocxFacts;
}

// ---------------------------------------------------------------------------------------------
// A small element tree over fast-xml-parser's ordered output.

export interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  /** Text directly inside the element. */
  text: string;
  parent: El | null;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

function build(nodes: Ordered[], parent: El | null): El[] {
  const out: El[] = [];
  for (const node of nodes) {
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      if (key === '#text') {
        if (parent) parent.text += String(node[key]);
        continue;
      }
      const el: El = { name: key, attrs: node[':@'] ?? {}, children: [], text: '', parent };
      el.children = build((node[key] as Ordered[]) ?? [], el);
      out.push(el);
    }
  }
  return out;
}

/** Parses XML into a root element (a synthetic "#root" holding the document element). */
export function parseXml(xml: string): El {
  const root: El = { name: '#root', attrs: {}, children: [], text: '', parent: null };
  root.children = build(parser.parse(xml) as Ordered[], root);
  return root;
}

function* walk(el: El): Generator<El> {
  for (const child of el.children) {
    yield child;
    yield* walk(child);
  }
}

function all(el: El, name: string): El[] {
  const out: El[] = [];
  for (const e of walk(el)) if (e.name === name) out.push(e);
  return out;
}

function child(el: El | undefined, name: string): El | undefined {
  return el?.children.find((c) => c.name === name);
}

function hasAncestor(el: El, name: string, stopAt?: string): boolean {
  for (let p = el.parent; p; p = p.parent) {
    if (p.name === name) return true;
    if (stopAt && p.name === stopAt) return false;
  }
  return false;
}

/** An on/off property (w:b, w:i, w:tblHeader…) is on unless its val says false. */
function isOn(el: El | undefined): boolean {
  if (!el) return false;
  const val = el.attrs['w:val'];
  return val === undefined || !['false', '0', 'off', 'none'].includes(val);
}

function textOf(el: El): string {
  return all(el, 'w:t')
    .map((t) => t.text)
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Styles

interface StyleInfo {
  id: string;
  type: string;
  basedOn?: string;
  rPr?: El;
  pPr?: El;
}

class Styles {
  readonly byId = new Map<string, StyleInfo>();
  readonly defaultsRPr?: El;
  readonly defaultsPPr?: El;
  readonly defaultParagraph?: string;

  constructor(root: El) {
    const docDefaults = all(root, 'w:docDefaults')[0];
    this.defaultsRPr = child(child(docDefaults, 'w:rPrDefault'), 'w:rPr');
    this.defaultsPPr = child(child(docDefaults, 'w:pPrDefault'), 'w:pPr');
    for (const style of all(root, 'w:style')) {
      const id = style.attrs['w:styleId'] ?? '';
      const info: StyleInfo = { id, type: style.attrs['w:type'] ?? '', rPr: child(style, 'w:rPr'), pPr: child(style, 'w:pPr') };
      const basedOn = child(style, 'w:basedOn')?.attrs['w:val'];
      if (basedOn) info.basedOn = basedOn;
      this.byId.set(id, info);
      const isDefault = style.attrs['w:default'] === '1' || style.attrs['w:default'] === 'true';
      if (info.type === 'paragraph' && isDefault) this.defaultParagraph = id;
    }
  }

  /** A paragraph property through a style's basedOn chain, or undefined. */
  paragraphProp(styleId: string | undefined, prop: string): El | undefined {
    return this.inherited(styleId, 'pPr', prop);
  }

  /** A run property through a style's basedOn chain, or undefined. */
  runProp(styleId: string | undefined, prop: string): El | undefined {
    return this.inherited(styleId, 'rPr', prop);
  }

  private inherited(styleId: string | undefined, part: 'pPr' | 'rPr', prop: string): El | undefined {
    const seen = new Set<string>();
    for (let id = styleId; id && !seen.has(id); id = this.byId.get(id)?.basedOn) {
      seen.add(id);
      const found = child(this.byId.get(id)?.[part], prop);
      if (found) return found;
    }
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------

/** Relative luminance contrast of a hex colour against another (WCAG). */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [0, 2, 4].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const HEADING_STYLE = /^Heading([1-9])$/;

/** Four or more words in a row written all in capitals (PRODUCT.md: no blocks of capitals). */
const CAPITALS_BLOCK = /(?:\b[A-Z][A-Z'’-]+\b[\s,.;:!?]+){3,}\b[A-Z][A-Z'’-]+\b/;

/** Unzips a .docx and checks it against the format's rules. */
export function checkDocx(bytes: Uint8Array, format: PackFormat): DocxCheck {
  const spec = FORMAT_SPECS[format];
  const problems: string[] = [];
  const facts: DocxFacts = {
    title: '',
    language: null,
    bodyPt: null,
    smallestPt: null,
    line: null,
    headings: [],
    headingPt: { 1: null, 2: null, 3: null },
    tables: 0,
    dataTables: 0,
    images: 0,
    altTexts: [],
    paragraphs: 0,
    text: '',
    pageNumbers: false,
    background: null,
    pageRuns: [],
    newPageHeadings: [],
    checklistItems: [],
    numberedItems: [],
    keptTogether: [],
    narrowestPictureCm: null,
  };

  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return { problems: ['The file is not a zip (.docx) file.'], facts };
  }
  const read = (path: string): El | null => {
    const file = files[path];
    if (!file) return null;
    try {
      return parseXml(strFromU8(file));
    } catch {
      problems.push(`${path} is not well-formed XML.`);
      return null;
    }
  };
  const document = read('word/document.xml');
  const stylesXml = read('word/styles.xml');
  const core = read('docProps/core.xml');
  if (!document || !stylesXml) {
    problems.push('The file has no word/document.xml or word/styles.xml.');
    return { problems, facts };
  }
  const footers = Object.keys(files)
    .filter((p) => /^word\/(footer|header)\d*\.xml$/.test(p))
    .map((p) => ({ path: p, el: read(p) }))
    .filter((f): f is { path: string; el: El } => f.el !== null);
  const numbering = read('word/numbering.xml');
  const styles = new Styles(stylesXml);
  const minHalf = halfPoints(spec.minimumPt);

  // --- Title and language
  const title = core ? (all(core, 'dc:title')[0]?.text ?? '').trim() : '';
  facts.title = title;
  if (title === '') problems.push('The document has no title property (dc:title).');
  const lang = child(styles.defaultsRPr, 'w:lang')?.attrs['w:val'] ?? null;
  facts.language = lang;
  if (lang !== 'en-GB') problems.push(`The document default language is ${lang ?? 'not set'}, not en-GB.`);

  const defaultFont = child(styles.defaultsRPr, 'w:rFonts')?.attrs['w:ascii'];
  if (defaultFont !== spec.font) problems.push(`The document default font is ${defaultFont ?? 'not set'}, not ${spec.font}.`);

  // --- Body size and line spacing
  const defaultSz = child(styles.defaultsRPr, 'w:sz')?.attrs['w:val'];
  const normalSz = styles.runProp(styles.defaultParagraph, 'w:sz')?.attrs['w:val'];
  const bodyHalf = Number(normalSz ?? defaultSz ?? 20);
  facts.bodyPt = bodyHalf / 2;
  if (bodyHalf !== halfPoints(spec.bodyPt)) problems.push(`Body text is ${bodyHalf / 2}pt; the ${format} format needs ${spec.bodyPt}pt.`);
  const defaultLine = child(styles.defaultsPPr, 'w:spacing')?.attrs['w:line'];
  facts.line = defaultLine === undefined ? null : Number(defaultLine);
  if (facts.line === null || facts.line < spec.line)
    problems.push(
      `Default line spacing is ${facts.line ?? 'single (not set)'}; the ${format} format needs ${spec.line} (${(spec.line / 240).toFixed(2)}).`,
    );

  const parts: { path: string; el: El }[] = [
    { path: 'word/document.xml', el: document },
    { path: 'word/styles.xml', el: stylesXml },
    ...footers,
    ...(numbering ? [{ path: 'word/numbering.xml', el: numbering }] : []),
  ];

  // --- Page colour
  const background = all(document, 'w:background')[0]?.attrs['w:color'];
  facts.background = background && background !== 'FFFFFF' ? background : null;

  for (const { path, el } of parts) {
    // Every size written anywhere.
    for (const sz of [...all(el, 'w:sz'), ...all(el, 'w:szCs')]) {
      const val = Number(sz.attrs['w:val']);
      if (Number.isFinite(val) && val < minHalf)
        problems.push(`${path}: a size of ${val / 2}pt is below the ${format} minimum of ${spec.minimumPt}pt.`);
    }
    // Line spacing written anywhere.
    for (const spacing of all(el, 'w:spacing')) {
      if (spacing.parent?.name !== 'w:pPr') continue;
      const line = spacing.attrs['w:line'];
      if (line === undefined) continue;
      // Line spacing is about reading text: a paragraph holding only a picture may be single spaced.
      const paragraph = spacing.parent.parent;
      if (paragraph?.name === 'w:p' && textOf(paragraph).trim() === '' && all(paragraph, 'w:drawing').length > 0) continue;
      const rule = spacing.attrs['w:lineRule'] ?? 'auto';
      if (rule !== 'auto') problems.push(`${path}: fixed line spacing (${rule}) is used.`);
      else if (Number(line) < spec.line) problems.push(`${path}: line spacing of ${line} is below ${spec.line}.`);
    }
    // Alignment.
    for (const jc of all(el, 'w:jc')) {
      if (jc.parent?.name !== 'w:pPr') continue;
      const val = jc.attrs['w:val'] ?? '';
      if (!['left', 'start'].includes(val)) problems.push(`${path}: a paragraph is aligned "${val}", not left.`);
    }
    // Emphasis: bold only.
    for (const name of ['w:i', 'w:iCs', 'w:caps', 'w:u']) {
      for (const prop of all(el, name)) {
        if (!isOn(prop)) continue;
        if (name === 'w:u' && allowedUnderline(prop, styles)) continue;
        problems.push(`${path}: ${name === 'w:u' ? 'underline' : name === 'w:caps' ? 'all capitals' : 'italics'} is used${where(prop)}.`);
      }
    }
    // Fonts and colours.
    for (const fonts of all(el, 'w:rFonts')) {
      const ascii = fonts.attrs['w:ascii'];
      if (ascii !== undefined && ascii !== spec.font) problems.push(`${path}: the font ${ascii} is used, not ${spec.font}.`);
    }
    for (const color of all(el, 'w:color')) {
      const val = color.attrs['w:val'] ?? 'auto';
      if (val === 'auto' || !/^[0-9A-Fa-f]{6}$/.test(val)) continue;
      const ratio = contrast(val, facts.background ?? 'FFFFFF');
      if (ratio < 4.5) problems.push(`${path}: text colour ${val} has a contrast of ${ratio.toFixed(1)}:1, under 4.5:1.`);
    }
  }

  // --- Headings: styles
  for (const level of [1, 2, 3] as const) {
    const id = `Heading${level}`;
    if (!styles.byId.has(id)) continue;
    const sz = Number(styles.runProp(id, 'w:sz')?.attrs['w:val'] ?? bodyHalf);
    facts.headingPt[level] = sz / 2;
    if (sz < bodyHalf * HEADING_RATIO) problems.push(`${id} is ${sz / 2}pt, less than 20% larger than the ${bodyHalf / 2}pt body.`);
    if (!isOn(styles.runProp(id, 'w:b'))) problems.push(`${id} is not bold.`);
    const color = styles.runProp(id, 'w:color')?.attrs['w:val'] ?? 'auto';
    if (color !== '000000' && color !== 'auto') problems.push(`${id} is coloured ${color}, not black.`);
    if (isOn(styles.runProp(id, 'w:i'))) problems.push(`${id} is in italics.`);
    if (!isOn(styles.paragraphProp(id, 'w:keepNext'))) problems.push(`${id} is not kept with the next paragraph, so a heading can end a page alone.`);
  }

  // --- Body: paragraphs, headings, runs
  const body = all(document, 'w:body')[0];
  const texts: string[] = [];
  let previousLevel = 0;
  let smallest = Infinity;
  const paragraphs = body ? all(body, 'w:p') : [];
  facts.paragraphs = paragraphs.length;
  for (const p of paragraphs) {
    const pPr = child(p, 'w:pPr');
    const pStyle = child(pPr, 'w:pStyle')?.attrs['w:val'];
    const text = textOf(p);
    texts.push(text);
    const heading = pStyle ? HEADING_STYLE.exec(pStyle) : null;
    // Phrases a reader takes in as one (postcodes, times, "Room 2") must not break across lines.
    const plainSpaced = text.replace(/\u00A0/g, ' ');
    if (plainSpaced !== text) facts.keptTogether.push(...keptPhrases(text));
    if (keepTogether(text) !== text)
      problems.push(`"${clip(plainSpaced)}" can break a postcode, time or number phrase across two lines (no non-breaking space).`);
    const numId = child(child(pPr, 'w:numPr'), 'w:numId')?.attrs['w:val'];
    if (numId !== undefined && numbering) {
      const kind = listKind(numbering, numId);
      if (kind === 'checkbox') facts.checklistItems.push(plainSpaced);
      else if (kind === 'numbered') facts.numberedItems.push(plainSpaced);
    }
    if (heading) {
      const level = Number(heading[1]);
      facts.headings.push({ level, text: plainSpaced });
      if (isOn(child(pPr, 'w:pageBreakBefore'))) facts.newPageHeadings.push(plainSpaced);
      if (level > 3) problems.push(`"${clip(text)}" uses Heading ${level}; packs use Heading 1–3 only.`);
      if (level > previousLevel + 1)
        problems.push(
          `"${clip(text)}" is a Heading ${level} after ${previousLevel === 0 ? 'no heading' : `a Heading ${previousLevel}`}: a level is skipped.`,
        );
      previousLevel = level;
      for (const r of all(p, 'w:r')) {
        const color = child(child(r, 'w:rPr'), 'w:color')?.attrs['w:val'];
        if (color && color !== '000000' && color !== 'auto') problems.push(`Heading "${clip(text)}" has a run coloured ${color}.`);
      }
    }
    if (CAPITALS_BLOCK.test(text)) problems.push(`"${clip(text)}" has a block of capital letters.`);
    // Empty paragraphs (spacing made of nothing).
    const hasContent =
      text.trim() !== '' ||
      all(p, 'w:drawing').length > 0 ||
      all(p, 'w:fldChar').length > 0 ||
      all(p, 'w:fldSimple').length > 0 ||
      child(pPr, 'w:sectPr') !== undefined;
    if (!hasContent && !isLastInCell(p)) problems.push(`An empty paragraph is used${texts.length > 1 ? ` after "${clip(lastText(texts))}"` : ''}.`);
    // Effective run sizes.
    for (const r of all(p, 'w:r')) {
      if (textOf(r).trim() === '') continue;
      const size = effectiveSize(r, pStyle, styles);
      smallest = Math.min(smallest, size);
    }
  }
  for (const { el } of footers) {
    for (const p of all(el, 'w:p')) {
      const pStyle = child(child(p, 'w:pPr'), 'w:pStyle')?.attrs['w:val'];
      for (const r of all(p, 'w:r')) if (textOf(r).trim() !== '') smallest = Math.min(smallest, effectiveSize(r, pStyle, styles));
    }
  }
  if (Number.isFinite(smallest)) {
    facts.smallestPt = smallest / 2;
    if (smallest < minHalf) problems.push(`Some text is ${smallest / 2}pt, below the ${format} minimum of ${spec.minimumPt}pt.`);
  }
  if (facts.headings.length === 0) problems.push('The document has no headings.');
  // Text as a reader sees it: non-breaking spaces read as spaces.
  facts.text = texts.join('\n').replace(/\u00A0/g, ' ');

  // --- Tables
  const tables = body ? all(body, 'w:tbl') : [];
  facts.tables = tables.length;
  tables.forEach((table, i) => {
    const label = `Table ${i + 1}`;
    if (hasAncestor(table, 'w:tbl')) problems.push(`${label} is nested inside another table.`);
    const rows = table.children.filter((c) => c.name === 'w:tr');
    const firstRow = rows[0];
    const header = isOn(child(child(firstRow, 'w:trPr'), 'w:tblHeader'));
    const cells = rows.flatMap((r) => r.children.filter((c) => c.name === 'w:tc'));
    if (header) facts.dataTables++;
    else if (!isLayoutTable(table, cells.length))
      problems.push(`${label} ("${clip(textOf(firstRow ?? table))}") has no marked header row (w:tblHeader).`);
    for (const merge of ['w:gridSpan', 'w:vMerge', 'w:hMerge']) {
      if (all(table, merge).some((m) => m.attrs['w:val'] !== '1')) problems.push(`${label} has merged cells (${merge}).`);
    }
    // A row is read as one thing: it never splits across two pages.
    const splitting = rows.filter((r) => !isOn(child(child(r, 'w:trPr'), 'w:cantSplit'))).length;
    if (splitting > 0) problems.push(`${label} has ${splitting === 1 ? 'a row' : `${splitting} rows`} that can split across pages (no w:cantSplit).`);
    const pictures = all(table, 'w:drawing');
    if (pictures.length > 0 && !header) {
      // Easy Read ideas: a section's rows keep with the next, so the section stays on one page.
      const mustKeep = rows.length <= EASY_READ_KEPT_IDEAS ? rows.slice(0, -1) : rows.slice(0, 1);
      const loose = mustKeep.filter((r) => !all(r, 'w:p').some((p) => isOn(child(child(p, 'w:pPr'), 'w:keepNext')))).length;
      if (format === 'easy_read' && loose > 0)
        problems.push(`${label}: an Easy Read section can split across pages (a row is not kept with the next).`);
      const firstColumn = Number(all(table, 'w:gridCol')[0]?.attrs['w:w'] ?? 0);
      for (const drawing of pictures) {
        const cx = Number(all(drawing, 'wp:extent')[0]?.attrs['cx'] ?? 0);
        const cm = Math.min(cx / EMU_PER_CM, firstColumn / CM_TWIPS);
        facts.narrowestPictureCm = Math.min(facts.narrowestPictureCm ?? Infinity, Math.round(cm * 100) / 100);
      }
    }
  });
  if (format === 'easy_read' && facts.narrowestPictureCm !== null && facts.narrowestPictureCm < EASY_READ_PICTURE_CM) {
    problems.push(`An Easy Read picture or its cell is ${facts.narrowestPictureCm} cm wide; pictures need at least ${EASY_READ_PICTURE_CM} cm.`);
  }

  // --- Pages: orientation and line length
  for (const sectPr of all(document, 'w:sectPr')) {
    const pgSz = child(sectPr, 'w:pgSz');
    const pgMar = child(sectPr, 'w:pgMar');
    const width = Number(pgSz?.attrs['w:w'] ?? 0);
    const landscape = pgSz?.attrs['w:orient'] === 'landscape' || width > Number(pgSz?.attrs['w:h'] ?? 0);
    const textWidth = width - Number(pgMar?.attrs['w:left'] ?? 0) - Number(pgMar?.attrs['w:right'] ?? 0);
    const lineCharacters = Math.round(charactersPerLine(textWidth, bodyHalf / 2));
    facts.pageRuns.push({ landscape, lineCharacters });
    // Line length is about reading running text, which is on portrait pages (landscape holds tables).
    if (spec.lineCharacters && !landscape && (lineCharacters < spec.lineCharacters.min || lineCharacters > spec.lineCharacters.max)) {
      problems.push(
        `A line of body text holds about ${lineCharacters} characters; the ${format} format needs ${spec.lineCharacters.min}–${spec.lineCharacters.max}.`,
      );
    }
  }

  // --- Pictures
  for (const drawing of all(document, 'w:drawing')) {
    facts.images++;
    const docPr = all(drawing, 'wp:docPr')[0];
    const descr = (docPr?.attrs['descr'] ?? '').trim();
    const decorative = all(drawing, 'adec:decorative').some((d) => d.attrs['val'] === '1');
    facts.altTexts.push(descr);
    if (descr === '' && !decorative) problems.push(`Picture ${facts.images} has no alt text.`);
  }

  // --- Page numbers
  facts.pageNumbers = footers.some(
    ({ path, el }) =>
      path.includes('footer') &&
      (all(el, 'w:instrText').some((t) => /\bPAGE\b/.test(t.text)) || all(el, 'w:fldSimple').some((f) => /\bPAGE\b/.test(f.attrs['w:instr'] ?? ''))),
  );
  if (!facts.pageNumbers) problems.push('The footer has no page number.');

  return { problems: [...new Set(problems)], facts };
}

/** EMUs (a drawing's unit) in a centimetre. */
const EMU_PER_CM = 360_000;
/** The issue's minimum for an Easy Read picture cell, in centimetres. */
export const EASY_READ_PICTURE_CM = 3;

/** Each phrase joined by non-breaking spaces, written with plain spaces: "Room 2", "LS1 4AP". */
function keptPhrases(text: string): string[] {
  return [...text.matchAll(/\S+(?:\u00A0\S+)+/g)].map((m) => m[0].replace(/\u00A0/g, ' ').replace(/[.,;:!?)]+$/, ''));
}

/** What marks the items of a numbered list: a number, a box to tick, or another bullet. */
function listKind(numbering: El, numId: string): 'numbered' | 'checkbox' | 'bullet' {
  const num = all(numbering, 'w:num').find((n) => n.attrs['w:numId'] === numId);
  const abstractId = child(num, 'w:abstractNumId')?.attrs['w:val'];
  const abstract = all(numbering, 'w:abstractNum').find((a) => a.attrs['w:abstractNumId'] === abstractId);
  const level = abstract?.children.find((l) => l.name === 'w:lvl' && l.attrs['w:ilvl'] === '0');
  const format = child(level, 'w:numFmt')?.attrs['w:val'];
  if (format !== 'bullet') return 'numbered';
  return child(level, 'w:lvlText')?.attrs['w:val'] === '\u2610' ? 'checkbox' : 'bullet';
}

function clip(text: string): string {
  const t = text.trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

function lastText(texts: string[]): string {
  for (let i = texts.length - 2; i >= 0; i--) if (texts[i]!.trim() !== '') return texts[i]!;
  return '';
}

function where(prop: El): string {
  for (let p = prop.parent; p; p = p.parent) {
    if (p.name === 'w:style') return ` in the ${p.attrs['w:styleId']} style`;
    if (p.name === 'w:p') return ` in "${clip(textOf(p))}"`;
  }
  return '';
}

/** Underline is allowed on links: inside w:hyperlink, or in the Hyperlink styles. */
function allowedUnderline(prop: El, styles: Styles): boolean {
  if (hasAncestor(prop, 'w:hyperlink')) return true;
  for (let p = prop.parent; p; p = p.parent) {
    if (p.name === 'w:style') return /^(Hyperlink|FollowedHyperlink)$/.test(p.attrs['w:styleId'] ?? '');
    if (p.name === 'w:r') {
      const rStyle = child(child(p, 'w:rPr'), 'w:rStyle')?.attrs['w:val'];
      return rStyle !== undefined && /Hyperlink/.test(rStyle) && styles.byId.has(rStyle);
    }
  }
  return false;
}

/** A paragraph that is the last one in its table cell (a cell must end in a paragraph). */
function isLastInCell(p: El): boolean {
  const parent = p.parent;
  if (parent?.name !== 'w:tc') return false;
  const paragraphs = parent.children.filter((c) => c.name === 'w:p');
  return paragraphs[paragraphs.length - 1] === p;
}

/** Borderless tables (picture beside words) and one-cell boxes are layout, not data. */
function isLayoutTable(table: El, cellCount: number): boolean {
  if (cellCount <= 1) return true;
  const borders = child(child(table, 'w:tblPr'), 'w:tblBorders');
  if (!borders) return false;
  return borders.children.every((b) => ['none', 'nil'].includes(b.attrs['w:val'] ?? ''));
}

/** The size a run is shown at: its own, its character style's, its paragraph style's, the defaults'. */
function effectiveSize(r: El, pStyle: string | undefined, styles: Styles): number {
  const rPr = child(r, 'w:rPr');
  const own = child(rPr, 'w:sz')?.attrs['w:val'];
  if (own !== undefined) return Number(own);
  const rStyle = child(rPr, 'w:rStyle')?.attrs['w:val'];
  const fromChar = styles.runProp(rStyle, 'w:sz')?.attrs['w:val'];
  if (fromChar !== undefined) return Number(fromChar);
  const fromPara = styles.runProp(pStyle ?? styles.defaultParagraph, 'w:sz')?.attrs['w:val'];
  if (fromPara !== undefined) return Number(fromPara);
  const fromDefaults = child(styles.defaultsRPr, 'w:sz')?.attrs['w:val'];
  return fromDefaults !== undefined ? Number(fromDefaults) : 20;
}
