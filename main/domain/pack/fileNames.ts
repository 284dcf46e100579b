/**
 * File names for exported packs that anyone can read in a folder listing and that Windows, macOS
 * and Linux all accept, whatever the plan's title or a person's name holds:
 *
 *   "Shaping our next study – participant pack – large print – Amara.docx"
 *
 * Emoji and right-to-left letters stay (they are part of someone's name or title); what no file
 * system or file manager copes with goes: / \ : * ? " < > |, control characters, the invisible
 * characters that reverse how a name is shown (a trick to disguise a file's type), leading dots
 * (hidden files) and trailing dots and spaces (Windows drops them). A name made only of invisible
 * characters (zero-width spaces, bidi marks) becomes the plain fallback instead of looking empty. Windows' reserved device names
 * (CON, NUL, COM1 and so on, with or without an extension) get a prefix.
 */
import type { PackFormat } from '../access';
import type { PackKind } from './model';

/** The most UTF-16 code units a name has before its extension (Windows counts these). */
export const MAX_STEM_LENGTH = 120;
/** The most UTF-8 bytes a whole name may take (macOS and Linux allow 255; this leaves room). */
export const MAX_NAME_BYTES = 240;
export const FALLBACK_STEM = 'Kindred pack';
/** A pack's title in its file name when the plan's title has nothing visible in it. */
export const FALLBACK_TITLE = 'Kindred';
/** Put in front of a name Windows keeps for a device. */
export const RESERVED_PREFIX = 'Kindred – ';
/** Between the parts of a pack's name. */
export const SEPARATOR = ' – ';

/** Format words as they read in a file name. */
export const FORMAT_FILE_WORDS: Readonly<Record<PackFormat, string>> = {
  standard: 'standard',
  large_print: 'large print',
  dyslexia: 'dyslexia-friendly',
  easy_read: 'Easy Read',
};

/** Characters Windows refuses in a file name (and / everywhere). */
export const FORBIDDEN_CHARACTERS = /[/\\:*?"<>|]/g;
/** C0 and C1 control characters and DEL. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
/** Embeddings, overrides and isolates: U+202A–202E and U+2066–2069. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** A surrogate half without its partner: not a character at all. */
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Line and paragraph separators, non-breaking and other odd spaces become plain spaces. */
const ANY_SPACE = /\s+/gu;
/**
 * Zero-width spaces and joiners, bidi marks, the word joiner, soft hyphens and fillers at either
 * end of a part show nothing, so they go there. Inside, they stay: a zero-width joiner holds an
 * emoji family together and a non-joiner shapes Persian words.
 */
const INVISIBLE_EDGES =
  /^[\s.\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff\uffa0]+|[\s.\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff\uffa0]+$/gu;
/**
 * A character that shows in a folder listing. A part with none (only invisible format characters,
 * lone accents, fillers or the blank braille pattern) would make a name that looks empty.
 */
const VISIBLE = /[^\s\p{Default_Ignorable_Code_Point}\p{M}\u2800]/u;

const RESERVED_NAMES = new Set([
  'CON',
  'PRN',
  'AUX',
  'NUL',
  'CONIN$',
  'CONOUT$',
  ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '¹', '²', '³'].flatMap((n) => [`COM${n}`, `LPT${n}`]),
]);

/**
 * True when Windows would take `name` for a device: the reserved word alone or before the first dot
 * ("NUL.txt" and "NUL.tar.gz" are both NUL), ignoring case and spaces before the dot.
 */
export function isReservedWindowsName(name: string): boolean {
  const base = name.split('.')[0]!.trimEnd().toUpperCase();
  return RESERVED_NAMES.has(base);
}

/**
 * One part of a name made safe: nothing forbidden or invisible, single spaces, no edge dots, spaces
 * or invisible characters; '' when nothing visible is left, so the caller's plain name is used.
 */
export function cleanNamePart(text: string): string {
  const cleaned = text
    .replace(LONE_SURROGATES, '')
    .replace(BIDI_CONTROLS, '')
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(FORBIDDEN_CHARACTERS, ' ')
    // After the removals: an accent parted from its letter by a removed character joins it again.
    .normalize('NFC')
    .replace(ANY_SPACE, ' ')
    .replace(INVISIBLE_EDGES, '');
  return VISIBLE.test(cleaned) ? cleaned : '';
}

const utf8 = new TextEncoder();
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The longest start of `text` within `maxUnits` UTF-16 code units and `maxBytes` UTF-8 bytes, cut
 * between whole characters as people see them: never inside a surrogate pair, an emoji sequence or
 * a letter with its accents. Trailing spaces and dots go too, so the cut never ends a name badly.
 */
export function truncateText(text: string, maxUnits: number, maxBytes = Infinity): string {
  if (text.length <= maxUnits && utf8.encode(text).length <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8.encode(segment).length;
    if (out.length + segment.length > maxUnits || bytes + size > maxBytes) break;
    out += segment;
    bytes += size;
  }
  return out.replace(/[\s.]+$/, '');
}

/**
 * A safe file name from a stem and an extension (".docx"): cleaned, cut to MAX_STEM_LENGTH, prefixed
 * when Windows reserves it, and `fallback` ("Kindred pack") when nothing visible is left.
 */
export function safeFileName(stem: string, extension = '.docx', fallback = FALLBACK_STEM): string {
  const budget = MAX_NAME_BYTES - utf8.encode(extension).length;
  let safe = truncateText(cleanNamePart(stem), MAX_STEM_LENGTH, budget);
  if (safe === '') safe = fallback;
  if (isReservedWindowsName(safe)) safe = truncateText(RESERVED_PREFIX + safe, MAX_STEM_LENGTH, budget);
  return safe + extension;
}

export interface PackFileNameInput {
  title: string;
  kind: PackKind;
  format: PackFormat;
  /** For a pack made for one person. */
  personName?: string | undefined;
}

/**
 * "<title> – <kind> pack – <format> – <name>.docx". When it is too long the title is shortened first,
 * so the pack, format and person stay readable; a title with nothing usable left is "Kindred".
 */
export function packFileName({ title, kind, format, personName }: PackFileNameInput): string {
  const cleanTitle = cleanNamePart(title) || FALLBACK_TITLE;
  const rest = [`${kind} pack`, FORMAT_FILE_WORDS[format], cleanNamePart(personName ?? '')].filter((p) => p !== '');
  const tail = SEPARATOR + rest.join(SEPARATOR);
  const budget = MAX_NAME_BYTES - utf8.encode('.docx').length;
  // Leave the title at least a few letters when a long name would otherwise crowd it out.
  const titleUnits = Math.max(MAX_STEM_LENGTH - tail.length, 20);
  const titleBytes = Math.max(budget - utf8.encode(tail).length, 40);
  const shortTitle = truncateText(cleanTitle, titleUnits, titleBytes) || FALLBACK_TITLE;
  return safeFileName(shortTitle + tail, '.docx');
}

function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
}

/** How file systems that ignore case (Windows, macOS by default) compare names. */
function sameNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * The same names, in order, with " (2)", " (3)"… before the extension of any that would clash with
 * an earlier one when case is ignored: two people called Sam get "… – Sam.docx" and "… – Sam (2).docx".
 * Never produces a name already in the list, and keeps each within the length limits.
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set(names.map(sameNameKey));
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    if (used.has(sameNameKey(candidate))) {
      const [stem, extension] = splitExtension(name);
      const budget = MAX_NAME_BYTES - utf8.encode(extension).length;
      for (let n = 2; ; n++) {
        const suffix = ` (${n})`;
        const short = truncateText(stem, MAX_STEM_LENGTH - suffix.length, budget - suffix.length);
        candidate = `${short}${suffix}${extension}`;
        const key = sameNameKey(candidate);
        if (!used.has(key) && !taken.has(key)) break;
      }
    }
    used.add(sameNameKey(candidate));
    return candidate;
  });
}
