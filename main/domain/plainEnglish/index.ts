// The plain-English helpers: jargon finding and replacing, readability, and the pack glossary.
// Pure TypeScript, shared by the renderer and Node.
export { JARGON, type JargonTerm } from './jargonList';
export { findJargon, replaceTerm, replaceAt, isAcronym, type JargonMatch } from './jargon';
export {
  readability,
  splitSentences,
  BAND_LABELS,
  STANDARD_SENTENCE_WORDS,
  EASY_READ_SENTENCE_WORDS,
  type Readability,
  type ReadabilityBand,
  type Sentence,
} from './readability';
export { glossaryCandidates, type GlossaryEntry } from './glossary';
