import { findJargon } from './jargon';

export interface GlossaryEntry {
  term: string;
  plain: string;
  /** How many times the term appears across all the texts. */
  count: number;
}

/**
 * Jargon that is still in the pack's text after the facilitator's edits, for the pack's glossary:
 * one entry per term (as the list spells it, so "Utilize" and "utilise" are one entry), in the
 * order the terms first appear, reading the texts in the order given.
 */
export function glossaryCandidates(texts: readonly string[]): GlossaryEntry[] {
  const byTerm = new Map<string, GlossaryEntry>();
  for (const text of texts) {
    for (const m of findJargon(text)) {
      const entry = byTerm.get(m.term);
      if (entry) entry.count++;
      else byTerm.set(m.term, { term: m.term, plain: m.plain, count: 1 });
    }
  }
  // A Map keeps insertion order, which is the order of first appearance.
  return [...byTerm.values()];
}
