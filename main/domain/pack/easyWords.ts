/**
 * The Easy Read checks, used for every sentence an Easy Read pack takes from the facilitator (and
 * for its glossary): 15 words or fewer a sentence, no term from the jargon list, and at least
 * "plain English" on the Flesch reading-ease scale (60), so a short sentence of long words fails too.
 */
import { EASY_READ_SENTENCE_WORDS, findJargon, readability, splitSentences } from '../plainEnglish';

/** The lowest Flesch reading ease an Easy Read sentence may have: the "plain English" band. */
export const EASY_READ_MIN_READING_EASE = 60;

/** True when every sentence of `text` has 15 words or fewer and there are no more than `maxSentences`. */
export function isEasyEnough(text: string, maxSentences = 3): boolean {
  const sentences = splitSentences(text);
  return sentences.length > 0 && sentences.length <= maxSentences && sentences.every((s) => s.words <= EASY_READ_SENTENCE_WORDS);
}

/** Short sentences, no jargon, and easy to read: the facilitator's words may go into Easy Read as they are. */
export function passesEasyReadChecks(text: string, maxSentences = 3): boolean {
  if (!isEasyEnough(text, maxSentences) || findJargon(text).length > 0) return false;
  const ease = readability(text, EASY_READ_SENTENCE_WORDS).fleschReadingEase;
  return ease === null || ease >= EASY_READ_MIN_READING_EASE;
}
