import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJargon, replaceAt, replaceTerm } from './jargon';
import { JARGON } from './jargonList';

const terms = (text: string) => findJargon(text).map((m) => m.term);
const matches = (text: string) => findJargon(text).map((m) => m.match);

describe('findJargon: whole words', () => {
  it('finds nothing in empty or plain text', () => {
    expect(findJargon('')).toEqual([]);
    expect(findJargon('We will have tea at 10:30 and talk about what matters to you.')).toEqual([]);
  });

  it('does not match inside longer words, and has no stemming', () => {
    // Only listed forms are flagged: "facilitator" is a role, not jargon, and is not listed.
    expect(terms('The facilitator will welcome you.')).toEqual([]);
    expect(terms('cohorting, recruiters, utilisers')).toEqual([]);
    // "trials" on its own is ordinary English; only "clinical trials" is listed.
    expect(terms('Trials and tribulations.')).toEqual([]);
    expect(terms('cohort and cohorts')).toEqual(['cohort', 'cohorts']);
    expect(terms('recruitment')).toEqual(['recruitment']);
    // Plurals are their own entries, so the plain text can be plural too.
    expect(findJargon('clinical trials').map((m) => [m.term, m.plain])).toEqual([['clinical trials', 'studies testing treatments']]);
    expect(terms('clinical trialists')).toEqual([]);
  });

  it('treats letters outside ASCII as part of a word', () => {
    expect(terms('écohort cohortà')).toEqual([]);
  });

  it('does not flag a term joined to another word by a hyphen', () => {
    expect(terms('We co-facilitate the session.')).toEqual([]);
    expect(terms('non-pharmacological support')).toEqual(['non-pharmacological']);
  });

  it('finds terms next to punctuation, quotes and brackets', () => {
    expect(matches('(PPI), "cohort", stakeholders; utilise. \u201cqualitative\u201d? e.g. this')).toEqual([
      'PPI',
      'cohort',
      'stakeholders',
      'utilise',
      'qualitative',
      'e.g.',
    ]);
  });
});

describe('findJargon: case and spelling', () => {
  it('matches words in any case and reports the list term and the text as written', () => {
    const [m] = findJargon('UTILISE the room. Utilise it.');
    expect(m).toMatchObject({ term: 'utilise', plain: 'use', match: 'UTILISE', index: 0, length: 7 });
    expect(terms('Utilise it')).toEqual(['utilise']);
  });

  it('matches acronyms only in capitals', () => {
    expect(terms('PPI and ppi and Ppi')).toEqual(['PPI']);
    expect(terms('NICE guidance says it was nice')).toEqual(['NICE']);
    expect(terms('Ask PALS, or your pals')).toEqual(['PALS']);
    expect(terms('PPIE and RCTs')).toEqual(['PPIE', 'RCTs']);
  });

  it('finds -ize spellings of -ise terms', () => {
    expect(terms('utilize, randomized controlled trial, analyze')).toEqual(['utilise', 'randomised controlled trial', 'analyse']);
  });

  it('treats spaces and hyphens in a term alike, and lets them be left out', () => {
    expect(terms('comorbidity, co morbidity, co-morbidity')).toEqual(['co-morbidity', 'co-morbidity', 'co-morbidity']);
    expect(terms('hard-to-reach groups')).toEqual(['hard to reach']);
    expect(terms('evidence based care')).toEqual(['evidence-based']);
  });

  it('finds a phrase broken over a line or joined by non-breaking spaces', () => {
    const [m] = findJargon('We did this in order\nto learn.');
    expect(m).toMatchObject({ term: 'in order to', match: 'in order\nto' });
    expect(terms('in\u00a0order\u00a0to')).toEqual(['in order to']);
  });

  it('closes up a term only entirely, not in part', () => {
    expect(terms('hardtoreach')).toEqual(['hard to reach']);
    expect(terms('hard toreach')).toEqual([]);
  });

  it('finds a term next to an emoji', () => {
    expect(terms('cohort\u{1F60A} and \u{1F60A}PPI')).toEqual(['cohort', 'PPI']);
  });
});

describe('findJargon: overlapping terms', () => {
  it('prefers the longest term', () => {
    expect(terms('A randomised controlled trial.')).toEqual(['randomised controlled trial']);
    expect(terms('We randomised people.')).toEqual(['randomised']);
    expect(terms('Thematic analysis and analysis')).toEqual(['thematic analysis', 'analysis']);
    expect(terms('Please liaise with Sam, then liaise.')).toEqual(['liaise with', 'liaise']);
    expect(terms('person-centred care is person-centred')).toEqual(['person-centred care', 'person-centred']);
  });

  it('falls back to a shorter term when the longer one is not a whole word', () => {
    expect(terms('randomised controlled trialists')).toEqual(['randomised']);
  });

  it('returns matches in text order without overlaps, mixing words and acronyms', () => {
    const text = 'The PPI group will, in order to help, review the RCT protocol with stakeholders.';
    const found = findJargon(text);
    expect(found.map((m) => m.term)).toEqual(['PPI', 'in order to', 'RCT', 'protocol', 'stakeholders']);
    for (const m of found) expect(text.slice(m.index, m.index + m.length)).toBe(m.match);
  });

  it('includes the note only when the entry has one', () => {
    const [withNote, withoutNote] = findJargon('PPI cohort');
    expect(withNote?.note).toMatch(/patient and public involvement/);
    expect(withoutNote).not.toHaveProperty('note');
  });

  it('gives the same answer when called again (no regex state leaks between calls)', () => {
    const text = 'utilise the cohort';
    expect(findJargon(text)).toEqual(findJargon(text));
    findJargon('stakeholders stakeholders stakeholders');
    expect(terms(text)).toEqual(['utilise', 'cohort']);
  });

  it('always reports ordered, non-overlapping, whole-word matches that point at the text', () => {
    const pieces = [...JARGON.slice(0, 60).map((t) => t.term), 'the', 'and', ' ', ', ', '. ', '\n', '-', 'x', 'PPI'];
    const glue = fc.constantFrom(' ', '', '-', '.');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...pieces), glue), { maxLength: 30 }), (parts) => {
        const text = parts.map(([piece, join]) => piece + join).join('');
        let end = 0;
        for (const m of findJargon(text)) {
          expect(m.index).toBeGreaterThanOrEqual(end);
          expect(text.slice(m.index, m.index + m.length)).toBe(m.match);
          expect(/[\p{L}\p{N}_]/u.test(text.charAt(m.index - 1))).toBe(false);
          expect(/[\p{L}\p{N}_]/u.test(text.charAt(m.index + m.length))).toBe(false);
          // The matched text on its own is the same term.
          expect(findJargon(m.match).map((f) => f.term)).toEqual([m.term]);
          end = m.index + m.length;
        }
      }),
    );
  });
});

describe('replaceTerm', () => {
  it('replaces every whole-word occurrence and keeps a leading capital', () => {
    expect(replaceTerm('Utilise the room, and utilise the time.', 'utilise', 'use')).toBe('Use the room, and use the time.');
  });

  it('leaves longer words alone', () => {
    expect(replaceTerm('cohorts and a cohort', 'cohort', 'group')).toBe('cohorts and a group');
    expect(replaceTerm('The facilitator will facilitate.', 'facilitate', 'help')).toBe('The facilitator will help.');
  });

  it('matches like findJargon: any case, -ize, spaces and hyphens', () => {
    expect(replaceTerm('We UTILIZE it', 'utilise', 'use')).toBe('We use it');
    expect(replaceTerm('Comorbidity and co-morbidity', 'co-morbidity', 'other conditions')).toBe('Other conditions and other conditions');
    expect(replaceTerm('in order\nto', 'in order to', 'to')).toBe('to');
  });

  it('replaces acronyms only in capitals, capitalised only at the start of a sentence or line', () => {
    expect(replaceTerm('Our PPI group. PPI matters, ppi aside.', 'PPI', 'public involvement')).toBe(
      'Our public involvement group. Public involvement matters, ppi aside.',
    );
    expect(replaceTerm('Agenda\n- PPI update\n2. PPI plans', 'PPI', 'public involvement')).toBe(
      'Agenda\n- Public involvement update\n2. Public involvement plans',
    );
  });

  it('treats the find text literally, including dots and $ in the replacement', () => {
    expect(replaceTerm('e.g. this, not eXg. this', 'e.g.', 'for example')).toBe('for example this, not eXg. this');
    expect(replaceTerm('the cohort', 'cohort', '$& $1')).toBe('the $& $1');
  });

  it('leaves the text alone for an empty search', () => {
    expect(replaceTerm('cohort', '', 'group')).toBe('cohort');
    expect(replaceTerm('cohort', '  ', 'group')).toBe('cohort');
    expect(replaceTerm('', 'cohort', 'group')).toBe('');
  });
});

describe('replaceAt', () => {
  it('replaces just the one occurrence, keeping a leading capital', () => {
    const text = 'Stakeholders met. Then stakeholders left.';
    const [first, second] = findJargon(text);
    expect(replaceAt(text, first!, first!.plain)).toBe('People involved met. Then stakeholders left.');
    expect(replaceAt(text, second!, second!.plain)).toBe('Stakeholders met. Then people involved left.');
  });

  it('capitalises an acronym replacement only at the start of a sentence', () => {
    const text = 'PPI helps. Our PPI group.';
    const [start, middle] = findJargon(text);
    expect(replaceAt(text, start!, 'public involvement')).toBe('Public involvement helps. Our PPI group.');
    expect(replaceAt(text, middle!, 'public involvement')).toBe('PPI helps. Our public involvement group.');
  });

  it('leaves the text unchanged when the match is stale', () => {
    const [m] = findJargon('utilise it');
    expect(replaceAt('so utilise it', m!, 'use')).toBe('so utilise it');
    expect(replaceAt('', m!, 'use')).toBe('');
  });
});
