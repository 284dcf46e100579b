import { flesch } from 'flesch';
import { syllable } from 'syllable';

/**
 * How easy a piece of text is to read: sentence lengths against the pack rules (PRODUCT.md:
 * "split above 25 words" for every format, "15 words or fewer" for Easy Read) and the Flesch
 * reading ease score as a rough overall guide.
 */

/** Sentences longer than this should be split (clear print, large print, dyslexia-friendly). */
export const STANDARD_SENTENCE_WORDS = 25;
/** Easy Read: 15 words or fewer, one idea each. */
export const EASY_READ_SENTENCE_WORDS = 15;

export type ReadabilityBand = 'very_easy' | 'easy' | 'fairly_easy' | 'standard' | 'fairly_difficult' | 'difficult' | 'very_difficult';

export interface Sentence {
  text: string;
  /** Offset of the sentence's first character in the text. */
  index: number;
  words: number;
}

export interface Readability {
  sentences: number;
  words: number;
  /** Rounded to one decimal place; 0 when there are no sentences. */
  averageSentenceWords: number;
  longestSentenceWords: number;
  /** Sentences with more words than the limit, in text order. */
  longSentences: { text: string; words: number; index: number }[];
  /** Flesch reading ease, rounded to one decimal place; higher is easier. Null when there are no words. */
  fleschReadingEase: number | null;
  band: ReadabilityBand | null;
}

/** The bands in plain words, for the facilitator. */
export const BAND_LABELS: Readonly<Record<ReadabilityBand, string>> = {
  very_easy: 'Very easy to read',
  easy: 'Easy to read',
  fairly_easy: 'Fairly easy to read',
  standard: 'Plain English',
  fairly_difficult: 'Fairly difficult',
  difficult: 'Difficult',
  very_difficult: 'Very difficult',
};

// A word: letters and numbers, joined through apostrophes, hyphens and the dots, commas and colons
// inside "e.g.", "10.30", "1,000" and "10:30", so each of those counts once.
const WORD = /[\p{L}\p{N}]+(?:['\u2019.,:\-\u2010\u2011][\p{L}\p{N}]+)*/gu;

// Bullets and list numbers at the start of a line are not words and must not end a sentence
// ("1. Welcome" is one sentence, not "1." and "Welcome").
const LIST_MARKER = /^[ \t]*(?:(?:[-*+\u2022\u2023\u25e6\u2043\u2219\u25aa\u25cf\u2013\u2014]|\(?\d{1,3}[.)]|\(?[a-z]\))[ \t]+)?/;

// Sentence-ending punctuation, with any closing quotes or brackets, followed by a space or the end
// of the line. "10.30" and "nhs.uk" have no space after the dot, so they never end a sentence.
const TERMINATOR = /[.!?\u2026]+["'\u2019\u201d)\]]*(?=\s|$)/g;

// Abbreviations after which a full stop never ends a sentence (lower case, without the last dot).
const NEVER_ENDS = new Set([
  'e.g',
  'eg',
  'i.e',
  'ie',
  'cf',
  'vs',
  'approx',
  'incl',
  'esp',
  'dept',
  'tel',
  'ext',
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'rev',
  'cllr',
  'st',
  'fig',
]);
// Abbreviations that often come at the end of a sentence too: they end one only when the next word
// starts with a capital ("pens, paper etc. Then we start" but "etc. and so on").
const ENDS_BEFORE_CAPITAL = new Set(['etc', 'a.m', 'p.m', 'am', 'pm', 'al']);

const LETTER_OR_DOT = /[\p{L}.]/u;
const CAPITAL = /\p{Lu}/u;
const SPACE = /\s/;
/** Longer than any abbreviation we know; a longer run of letters is simply a word. */
const LONGEST_ABBREVIATION = 12;

/** The first non-space character at or after `from`, or '' (no copying: this runs per full stop). */
function nextVisible(line: string, from: number): string {
  for (let i = from; i < line.length; i++) if (!SPACE.test(line[i]!)) return line[i]!;
  return '';
}

/** The letters and dots just before `at` (at most a few more than the longest abbreviation). */
function lettersBefore(line: string, at: number): string {
  let i = at;
  while (i > 0 && at - i <= LONGEST_ABBREVIATION && LETTER_OR_DOT.test(line[i - 1]!)) i--;
  return line.slice(i, at);
}

/** Whether the terminator found at `at` (length `length`) in `line` ends a sentence. */
function endsSentence(line: string, at: number, length: number): boolean {
  const punct = line.slice(at, at + length);
  if (punct.includes('!') || punct.includes('?')) return true;
  const next = nextVisible(line, at + length);
  const nextIsCapital = next !== '' && CAPITAL.test(next);
  // An ellipsis trails off mid-sentence as often as it ends one.
  if (punct.includes('\u2026') || punct.includes('..')) return nextIsCapital || next === '';
  const before = lettersBefore(line, at);
  const abbreviation = before.toLowerCase();
  if (NEVER_ENDS.has(abbreviation)) return false;
  if (ENDS_BEFORE_CAPITAL.has(abbreviation)) return nextIsCapital || next === '';
  // An initial, as in "J. Smith".
  if (before.length === 1 && CAPITAL.test(before)) return false;
  return true;
}

interface SentenceWords {
  text: string;
  index: number;
  words: string[];
}

function sentencesWithWords(text: string): SentenceWords[] {
  const out: SentenceWords[] = [];
  const push = (raw: string, at: number) => {
    const words = raw.match(WORD);
    if (!words) return;
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), index: at + lead, words });
  };
  // Every line ends a sentence: agenda text is often a list, and a list item rarely ends in a full stop.
  for (const lineMatch of text.matchAll(/[^\r\n]+/g)) {
    const lineStart = lineMatch.index;
    const marker = LIST_MARKER.exec(lineMatch[0])?.[0].length ?? 0;
    const line = lineMatch[0].slice(marker);
    const base = lineStart + marker;
    let from = 0;
    for (const t of line.matchAll(TERMINATOR)) {
      const end = t.index + t[0].length;
      if (endsSentence(line, t.index, t[0].length)) {
        push(line.slice(from, end), base + from);
        from = end;
      }
    }
    push(line.slice(from), base + from);
  }
  return out;
}

/**
 * The sentences of `text`, in order, each with where it starts and how many words it has. Lines
 * always end a sentence; list markers are left out; pieces with no words (a lone "-") are dropped.
 */
export function splitSentences(text: string): Sentence[] {
  return sentencesWithWords(text).map((s) => ({ text: s.text, index: s.index, words: s.words.length }));
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function bandFor(score: number): ReadabilityBand {
  if (score >= 90) return 'very_easy';
  if (score >= 80) return 'easy';
  if (score >= 70) return 'fairly_easy';
  if (score >= 60) return 'standard';
  if (score >= 50) return 'fairly_difficult';
  if (score >= 30) return 'difficult';
  return 'very_difficult';
}

/**
 * Sentence and word counts, long sentences and the Flesch reading ease of `text`.
 * `longSentenceWords` is the most words a sentence may have before it counts as long: 25 for the
 * standard formats, 15 for Easy Read.
 */
/** Longer than any English word; such a "word" (a pasted link, a row of x's) is estimated instead. */
const LONGEST_WORD = 40;
const CACHE_LIMIT = 20_000;
const syllableCache = new Map<string, number>();

/**
 * Syllables in one word. Counting is the slow part of readability (the counter runs several
 * regular expressions per word, and takes seconds on a 100,000-character run without spaces), so
 * real words are remembered (text repeats its words) and overlong ones are estimated from length.
 */
function syllablesIn(word: string): number {
  if (word.length > LONGEST_WORD) return Math.ceil(word.length / 3);
  const key = word.toLowerCase();
  let n = syllableCache.get(key);
  if (n === undefined) {
    // Every word has at least one syllable; the counter gives 0 for numbers such as "10:30".
    n = Math.max(1, syllable(key));
    if (syllableCache.size >= CACHE_LIMIT) syllableCache.clear();
    syllableCache.set(key, n);
  }
  return n;
}

export function readability(text: string, longSentenceWords: number = STANDARD_SENTENCE_WORDS): Readability {
  const sentences = sentencesWithWords(text);
  let words = 0;
  let syllables = 0;
  let longest = 0;
  const longSentences: Readability['longSentences'] = [];
  for (const s of sentences) {
    const n = s.words.length;
    words += n;
    if (n > longest) longest = n;
    if (n > longSentenceWords) longSentences.push({ text: s.text, words: n, index: s.index });
    for (const w of s.words) syllables += syllablesIn(w);
  }
  const score = words === 0 ? null : round1(flesch({ sentence: sentences.length, word: words, syllable: syllables }));
  return {
    sentences: sentences.length,
    words,
    averageSentenceWords: sentences.length === 0 ? 0 : round1(words / sentences.length),
    longestSentenceWords: longest,
    longSentences,
    fleschReadingEase: score,
    band: score === null ? null : bandFor(score),
  };
}
