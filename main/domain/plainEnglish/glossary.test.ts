import { describe, expect, it } from 'vitest';
import { glossaryCandidates } from './glossary';

describe('glossaryCandidates', () => {
  it('lists each term once, in order of first appearance across the texts, with counts', () => {
    expect(
      glossaryCandidates([
        'Welcome. Our PPI group will look at the cohort.',
        'Tea break.',
        'Stakeholders and the Cohort, then PPI again. We utilize time.',
        'More stakeholders.',
      ]),
    ).toEqual([
      { term: 'PPI', plain: 'public involvement', count: 2 },
      { term: 'cohort', plain: 'group', count: 2 },
      { term: 'stakeholders', plain: 'people involved', count: 2 },
      { term: 'utilise', plain: 'use', count: 1 },
    ]);
  });

  it('keeps only what is still in the text', () => {
    expect(glossaryCandidates(['We will use plain words.'])).toEqual([]);
    expect(glossaryCandidates([])).toEqual([]);
  });

  it('lists a phrase, not the shorter terms inside it', () => {
    expect(glossaryCandidates(['A randomised controlled trial.']).map((g) => g.term)).toEqual(['randomised controlled trial']);
  });
});
