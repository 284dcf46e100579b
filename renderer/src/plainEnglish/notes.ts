/**
 * The words the plain-English field shows under participant-facing text: the jargon it found,
 * grouped by term, and one line about how easy the text is to read. Pure, so it is unit-tested.
 */
import {
  BAND_LABELS,
  STANDARD_SENTENCE_WORDS,
  findJargon,
  readability,
  type JargonMatch,
  type ReadabilityBand,
} from '../../../main/domain/plainEnglish';
import { plural } from '../../../main/domain/words';

/** One listed term found in a text, with how often and where it first appears. */
export interface Suggestion {
  term: string;
  plain: string;
  note?: string;
  count: number;
  /** The first use, as written; replacing a single use goes through `replaceAt` with it. */
  first: JargonMatch;
}

/** The jargon in `text`, one entry per term, in the order the terms first appear. */
export function suggestionsFor(text: string): Suggestion[] {
  const byTerm = new Map<string, Suggestion>();
  for (const m of findJargon(text)) {
    const seen = byTerm.get(m.term);
    if (seen) seen.count++;
    else {
      const s: Suggestion = { term: m.term, plain: m.plain, count: 1, first: m };
      if (m.note !== undefined) s.note = m.note;
      byTerm.set(m.term, s);
    }
  }
  return [...byTerm.values()];
}

/** Below this many words, a reading-ease score says little, so no note unless a sentence is long. */
export const NOTE_MIN_WORDS = 30;

const HARD_BANDS: ReadonlySet<ReadabilityBand> = new Set(['fairly_difficult', 'difficult', 'very_difficult']);

/**
 * Above this many words a text is a lot to read however short its words and sentences, so its
 * reading ease is never called easy: the score measures words and sentences, not length.
 */
export const LONG_TEXT_WORDS = 150;

/** A "sentence or two" (two sentences at the pack limit of 25 words, and a little over). */
export const BRIEF_WORDS = 60;
/** The same in characters, for text without many spaces (a pasted link, a table, a row of codes). */
export const BRIEF_CHARACTERS = 400;

/**
 * A gentle word when a field meant for a sentence or two holds far more (a whole document pasted
 * in), or null. It never blocks: long text is saved like any other.
 */
export function lengthNote(text: string): string | null {
  const trimmed = text.trim();
  const words = readability(trimmed).words;
  if (words <= BRIEF_WORDS && trimmed.length <= BRIEF_CHARACTERS) return null;
  const size = words > BRIEF_WORDS ? plural(words, 'word', 'words') : plural(trimmed.length, 'character', 'characters');
  return `This is long for a sentence or two (${size}). Participants read it first: could the heart of it fit in two sentences, with the rest in your notes?`;
}

/**
 * One or two short sentences on how the text reads, or null for short texts. Never a verdict:
 * a question or a suggestion, with the numbers that prompted it.
 */
export function readabilityNote(text: string): string | null {
  const r = readability(text);
  const long = r.longSentences.length;
  if (r.words < NOTE_MIN_WORDS && long === 0) return null;
  const parts: string[] = [];
  if (long === 1) {
    parts.push(`The longest sentence has ${r.longestSentenceWords} words: could it be two?`);
  } else if (long > 1) {
    parts.push(`${long} sentences have more than ${STANDARD_SENTENCE_WORDS} words (the longest has ${r.longestSentenceWords}): could they be split?`);
  } else if (r.sentences > 1) {
    parts.push(`Sentences average ${Math.round(r.averageSentenceWords)} words; the longest has ${r.longestSentenceWords}.`);
  } else {
    parts.push(`One sentence of ${r.longestSentenceWords} words.`);
  }
  if (r.band) {
    parts.push(
      HARD_BANDS.has(r.band)
        ? `Reading ease: ${BAND_LABELS[r.band].toLowerCase()}. Shorter words and sentences would help.`
        : r.words > LONG_TEXT_WORDS
          ? `Reading ease: the words and sentences are plain, but ${plural(r.words, 'word', 'words')} is a lot to read.`
          : `Reading ease: ${r.band === 'standard' ? 'plain English' : BAND_LABELS[r.band].toLowerCase()}.`,
    );
  }
  return parts.join(' ');
}
