import { JARGON, type JargonTerm } from './jargonList';

/**
 * Finding jargon in text. This runs on every keystroke and over every participant-facing field
 * of a plan, so the whole list is built once (on first use) into a character trie, and a call is
 * a single pass over the text: at the start of each word, walk the trie as far as the text allows
 * and keep the longest term that ends on a word boundary. That gives true leftmost-longest matching
 * ("randomised controlled trial" over "randomised"), costs about the same per call as one big
 * precompiled RegExp, and avoids the tens of milliseconds V8 spends compiling a 500-term
 * case-insensitive RegExp on first use (measured: ~70-100 ms), which would land on the first keystroke.
 *
 * Matching rules (documented with the list in jargonList.ts): whole words; a space or hyphen in a
 * term matches a hyphen or any run of spaces and line breaks, or the term can be closed up
 * ("comorbidity"); -ise also finds -ize; words in any case, acronyms only in capitals.
 */

export interface JargonMatch {
  /** The list's term (its canonical spelling), e.g. "utilise" for a match of "Utilize". */
  term: string;
  plain: string;
  note?: string;
  /** Offset of the match in the text, in UTF-16 code units (as String.slice counts). */
  index: number;
  length: number;
  /** The text as written, e.g. "Utilize". */
  match: string;
}

const ACRONYM = /^[A-Z0-9&]*[A-Z][A-Z0-9&]*s?$/;

/** Acronyms are matched in capitals only; "PPI" yes, "ppi" no. A plural "s" is allowed: "RCTs". */
export function isAcronym(term: string): boolean {
  return ACRONYM.test(term) && term.replace(/s$/, '').length >= 2;
}

/**
 * Lookup key that two terms must not share: case, spaces, hyphens and s/z are all ignored by the
 * matcher, so "co-morbidity" and "comorbidity" would be the same entry twice. Used by the list test.
 */
export function termKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0\-\u2010\u2011]+/g, '')
    .replace(/\u2019/g, "'")
    .replace(/z/g, 's');
}

// --- Characters (by UTF-16 code unit, so the hot loop does no string work) -------------------------

const NON_ASCII_WORD = /^[\p{L}\p{N}\p{M}]$/u;
const NON_ASCII_SPACE = /^\s$/u;
const nonAsciiWordCache = new Map<number, boolean>();

/**
 * A letter, number or underscore in any script, so "café" is one word. Surrogate pairs (emoji,
 * rare scripts) count as not part of a word: emoji next to a term are far more common in
 * pasted text than letters outside the Basic Multilingual Plane.
 */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let word = nonAsciiWordCache.get(c);
  if (word === undefined) {
    word = NON_ASCII_WORD.test(String.fromCharCode(c));
    nonAsciiWordCache.set(c, word);
  }
  return word;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 128 && NON_ASCII_SPACE.test(String.fromCharCode(c));
}

/** Case-folds a character for word terms; also maps z to s (utilize → utilise) and ’ to '. */
function fold(c: number): number {
  if (c >= 65 && c <= 90) c += 32;
  if (c === 122) return 115;
  if (c < 128) return c;
  if (c === 0x2019) return 39;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** Whether a word starts at `i`: not inside a word, nor joined to one by a hyphen ("co-facilitate"). */
function startsWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  if (isWordChar(before)) return false;
  return !(isHyphen(before) && i >= 2 && isWordChar(text.charCodeAt(i - 2)));
}

/** Whether a word ends at `j` (exclusive): the same rule looking forward ("facilitate-led" is one word). */
function endsWord(text: string, j: number): boolean {
  if (j >= text.length) return true;
  const after = text.charCodeAt(j);
  if (isWordChar(after)) return false;
  return !(isHyphen(after) && j + 1 < text.length && isWordChar(text.charCodeAt(j + 1)));
}

// --- The trie ---------------------------------------------------------------------------------

/**
 * A character trie kept flat, so building it allocates a handful of objects rather
 * than one per node: nodes are numbers (0 is the root) and every edge lives in one Map keyed by
 * node * 0x10000 + character code (a small integer while the trie has under 32,768 nodes).
 */
interface Trie {
  edges: Map<number, number>;
  /** Per node: where a space or hyphen in a term leads, or -1. */
  separator: number[];
  /** Per node: the term that ends there, or null. */
  term: (JargonTerm | null)[];
  /** Word terms fold case (and z to s); acronyms match exactly. */
  foldCase: boolean;
  /**
   * ASCII characters a term can start with (as written, both cases for word terms), so most words
   * are passed over with one array read instead of a walk.
   */
  startsAscii: Uint8Array;
}

function addNode(trie: Trie): number {
  trie.separator.push(-1);
  trie.term.push(null);
  return trie.term.length - 1;
}

function insert(trie: Trie, entry: JargonTerm, keepSeparators: boolean): void {
  let node = 0;
  let separator = false;
  for (let i = 0; i < entry.term.length; i++) {
    const c = entry.term.charCodeAt(i);
    if (c === 32 || isHyphen(c)) {
      separator = keepSeparators;
      continue;
    }
    if (separator) {
      if (trie.separator[node]! < 0) trie.separator[node] = addNode(trie);
      node = trie.separator[node]!;
      separator = false;
    }
    const key = node * 0x10000 + (trie.foldCase ? fold(c) : c);
    let next = trie.edges.get(key);
    if (next === undefined) {
      next = addNode(trie);
      trie.edges.set(key, next);
    }
    node = next;
  }
  // The first entry wins; the list test makes sure no two entries collide.
  trie.term[node] ??= entry;
}

function buildTrie(terms: readonly JargonTerm[], foldCase: boolean): Trie {
  const trie: Trie = { edges: new Map(), separator: [], term: [], foldCase, startsAscii: new Uint8Array(128) };
  addNode(trie);
  for (const entry of terms) {
    insert(trie, entry, true);
    // The closed-up spelling too: "co-morbidity" also finds "comorbidity".
    if (foldCase && /[ \-\u2010\u2011]/.test(entry.term)) insert(trie, entry, false);
  }
  for (let c = 0; c < 128; c++) {
    if (trie.edges.has(foldCase ? fold(c) : c)) trie.startsAscii[c] = 1;
  }
  return trie;
}

/** The longest term starting at `start` that ends on a word boundary, with where it ends. */
function longestAt(trie: Trie, text: string, start: number): { term: JargonTerm; end: number } | null {
  let node = 0;
  let best: JargonTerm | null = null;
  let bestEnd = start;
  let j = start;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    let next = trie.edges.get(node * 0x10000 + (trie.foldCase ? fold(c) : c));
    if (next !== undefined) {
      j++;
    } else if (trie.separator[node]! >= 0 && isHyphen(c)) {
      next = trie.separator[node]!;
      j++;
    } else if (trie.separator[node]! >= 0 && isSpace(c)) {
      // Any run of spaces and line breaks: "in order\nto".
      next = trie.separator[node]!;
      do j++;
      while (j < n && isSpace(text.charCodeAt(j)));
    } else {
      break;
    }
    node = next;
    const term = trie.term[node];
    if (term && endsWord(text, j)) {
      best = term;
      bestEnd = j;
    }
  }
  return best ? { term: best, end: bestEnd } : null;
}

/** One pass over `text`, calling `found` for each match in order. Matches never overlap. */
function scan(text: string, tries: readonly Trie[], found: (entry: JargonTerm, index: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    if (startsWord(text, i)) {
      const c = text.charCodeAt(i);
      let best: { term: JargonTerm; end: number } | null = null;
      for (let t = 0; t < tries.length; t++) {
        const trie = tries[t]!;
        if (c < 128 && trie.startsAscii[c] === 0) continue;
        const m = longestAt(trie, text, i);
        if (m && (!best || m.end > best.end)) best = m;
      }
      if (best) {
        found(best.term, i, best.end);
        i = best.end;
        continue;
      }
    }
    // Skip the rest of this word: a term only starts at the start of one.
    do i++;
    while (i < n && isWordChar(text.charCodeAt(i)));
  }
}

// Built on the first call rather than at import, so screens that only import the module (or only
// use readability) do not pay for it at start-up. It takes a few milliseconds, once.
let listTries: readonly Trie[] | null = null;

function jargonTries(): readonly Trie[] {
  listTries ??= [
    buildTrie(
      JARGON.filter((t) => !isAcronym(t.term)),
      true,
    ),
    buildTrie(
      JARGON.filter((t) => isAcronym(t.term)),
      false,
    ),
  ];
  return listTries;
}

/**
 * Every jargon term in `text`, in text order, not overlapping. Where terms overlap the longest
 * wins ("randomised controlled trial" over "randomised"); "trials" is not "trial" and
 * "facilitator" is not "facilitate" (no stemming: only listed forms are found).
 */
export function findJargon(text: string): JargonMatch[] {
  const out: JargonMatch[] = [];
  if (!text) return out;
  scan(text, jargonTries(), (entry, index, end) => {
    const m: JargonMatch = { term: entry.term, plain: entry.plain, index, length: end - index, match: text.slice(index, end) };
    if (entry.note !== undefined) m.note = entry.note;
    out.push(m);
  });
  return out;
}

// --- Replacing ---------------------------------------------------------------------------------

// replaceTerm takes any term, not only listed ones, so its one-term trie is built on demand; a
// small cache keeps repeated "replace all" clicks from rebuilding it.
const replaceCache = new Map<string, readonly Trie[]>();
const REPLACE_CACHE_SIZE = 64;

function triesFor(find: string): readonly Trie[] {
  let tries = replaceCache.get(find);
  if (!tries) {
    const term = find.trim();
    const acronym = isAcronym(term);
    tries = [buildTrie([{ term, plain: '' }], !acronym)];
    if (replaceCache.size >= REPLACE_CACHE_SIZE) replaceCache.clear();
    replaceCache.set(find, tries);
  }
  return tries;
}

/** True when `index` starts a sentence: start of the text or a line, or after . ! or ? and a space. */
function startsSentence(text: string, index: number): boolean {
  // Only the last few characters matter; bullet markers at the start of a line count as line start.
  const before = text.slice(Math.max(0, index - 12), index);
  if (index <= 12 && /^[\s"'\u2018\u201c(]*$/.test(before)) return true;
  return /(?:[.!?]["'\u2019\u201d)]*\s+|\n[ \t]*(?:(?:[-*\u2022\u2013]|\d{1,3}[.)])[ \t]+)?)["'\u2018\u201c(]*$/.test(before);
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The replacement as it should read in place of `original`: a capital is kept when the original
 * started with one ("Utilise the room" → "Use the room"). An acronym is always in capitals, so for
 * one (or a phrase starting with one, "NHS trust") the capital only carries over at the start of a
 * sentence ("Our PPI group" → "Our public involvement group", "PPI matters." → "Public
 * involvement matters.").
 */
function fitCase(text: string, index: number, original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first === first.toLowerCase()) return replacement;
  const firstWord = /^[^\s\-\u2010\u2011]+/.exec(original)?.[0] ?? original;
  if (isAcronym(firstWord) && !startsSentence(text, index)) return replacement;
  return upperFirst(replacement);
}

/**
 * Replaces every whole-word occurrence of `find` (matched as findJargon matches: any case unless
 * it is an acronym, spaces and hyphens interchangeable, -ise/-ize alike) with `replace`.
 */
export function replaceTerm(text: string, find: string, replace: string): string {
  if (!text || !find.trim()) return text;
  let out = '';
  let from = 0;
  scan(text, triesFor(find), (_entry, index, end) => {
    out += text.slice(from, index) + fitCase(text, index, text.slice(index, end), replace);
    from = end;
  });
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Replaces one occurrence found by findJargon. If the text has changed since (the match is no longer
 * at that place), the text is returned unchanged rather than replacing the wrong words.
 */
export function replaceAt(text: string, match: Pick<JargonMatch, 'index' | 'length' | 'match'>, replacement: string): string {
  const { index, length } = match;
  if (index < 0 || text.slice(index, index + length) !== match.match) return text;
  return text.slice(0, index) + fitCase(text, index, match.match, replacement) + text.slice(index + length);
}
