import { describe, expect, it } from 'vitest';
import { tallySentence, thingsWorthALook } from './useReview';

describe('the review tally', () => {
  it('counts things worth a look, never violations', () => {
    expect(thingsWorthALook(1)).toBe('1 thing worth a look');
    expect(thingsWorthALook(3)).toBe('3 things worth a look');
  });

  it('says how many are important, when any are', () => {
    expect(tallySentence({ open: 3, important: 2, consider: 1, considered: 0 })).toBe('3 things worth a look, 2 important.');
    expect(tallySentence({ open: 2, important: 0, consider: 2, considered: 0 })).toBe('2 things worth a look.');
  });

  it('is warm when nothing is open', () => {
    expect(tallySentence({ open: 0, important: 0, consider: 0, considered: 0 })).toBe('Nothing to look at just now.');
    expect(tallySentence({ open: 0, important: 0, consider: 0, considered: 2 })).toMatch(/^Nothing left to look at/);
  });
});
