/**
 * The live hint under a block's Easy Read description: Easy Read sentences have 15 words or fewer,
 * one idea each (PRODUCT.md, after the Department of Health's "Making written information easier
 * to understand"). A suggestion with the numbers, never a verdict.
 */
import { EASY_READ_SENTENCE_WORDS, splitSentences } from '../../../main/domain/plainEnglish';

/** How much of a long sentence to quote so the facilitator can find it. */
const QUOTE_WORDS = 5;

function opening(sentence: string): string {
  const words = sentence.split(/\s+/).filter(Boolean);
  return words.length <= QUOTE_WORDS ? sentence : `${words.slice(0, QUOTE_WORDS).join(' ')}…`;
}

/** A kind note when a sentence has more than 15 words, or null when every sentence is short enough. */
export function easyReadNote(text: string): string | null {
  const long = splitSentences(text).filter((s) => s.words > EASY_READ_SENTENCE_WORDS);
  if (long.length === 0) return null;
  const limit = `Easy Read works best with ${EASY_READ_SENTENCE_WORDS} words or fewer in each sentence`;
  if (long.length === 1) {
    const s = long[0]!;
    return `The sentence starting “${opening(s.text)}” has ${s.words} words. ${limit}: could it be two?`;
  }
  const longest = Math.max(...long.map((s) => s.words));
  return `${long.length} sentences have more than ${EASY_READ_SENTENCE_WORDS} words (the longest has ${longest}). ${limit}: could they be split?`;
}
