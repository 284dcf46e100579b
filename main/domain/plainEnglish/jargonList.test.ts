import { describe, expect, it } from 'vitest';
import { findJargon, isAcronym, termKey } from './jargon';
import { JARGON } from './jargonList';

describe('JARGON list', () => {
  it('has at least 170 entries', () => {
    expect(JARGON.length).toBeGreaterThanOrEqual(170);
  });

  it('has no duplicate terms, counting case, spaces, hyphens and -ise/-ize as the same', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { term } of JARGON) {
      const key = isAcronym(term) ? term : termKey(term);
      const earlier = seen.get(key);
      if (earlier !== undefined) clashes.push(`${earlier} / ${term}`);
      seen.set(key, term);
    }
    expect(clashes).toEqual([]);
  });

  it('gives every entry a plain alternative that differs from the term', () => {
    for (const { term, plain, note } of JARGON) {
      expect(term.trim(), term).toBe(term);
      expect(term.length, term).toBeGreaterThan(0);
      expect(plain.trim(), term).toBe(plain);
      expect(plain.length, term).toBeGreaterThan(0);
      expect(plain.toLowerCase(), term).not.toBe(term.toLowerCase());
      if (note !== undefined) expect(note.trim().length, term).toBeGreaterThan(0);
    }
  });

  it('finds every term as itself, alone and inside a sentence', () => {
    for (const { term, plain } of JARGON) {
      expect(
        findJargon(term).map((m) => [m.term, m.match, m.plain]),
        term,
      ).toEqual([[term, term, plain]]);
      const sentence = `We talked about ${term} today.`;
      const found = findJargon(sentence);
      expect(
        found.map((m) => m.term),
        term,
      ).toEqual([term]);
      expect(found[0]!.index).toBe('We talked about '.length);
    }
  });

  it('offers plain alternatives that are not themselves on the list', () => {
    const flagged = JARGON.filter((t) => findJargon(t.plain).length > 0).map((t) => `${t.term} → ${t.plain}`);
    expect(flagged).toEqual([]);
  });

  it('writes acronyms in capitals so they match only in capitals', () => {
    const acronyms = JARGON.filter((t) => isAcronym(t.term)).map((t) => t.term);
    expect(acronyms).toEqual(expect.arrayContaining(['PPI', 'PPIE', 'RCT', 'NIHR']));
    for (const a of acronyms) expect(findJargon(a.toLowerCase()), a).toEqual([]);
  });
});
