import { describe, expect, it } from 'vitest';
import { SHOW_STEP, nextShown, showMoreWords, showingWords, shownToInclude } from './shownCount';

describe('how much of a long list is drawn', () => {
  it('adds one step each time, stopping at the end of the list', () => {
    expect(nextShown(SHOW_STEP, 182)).toBe(2 * SHOW_STEP);
    expect(nextShown(180, 182)).toBe(182);
    expect(nextShown(182, 182)).toBe(182);
  });

  it('grows to the end of the step holding an item that must be seen, and never shrinks', () => {
    expect(shownToInclude(3, SHOW_STEP)).toBe(SHOW_STEP);
    expect(shownToInclude(SHOW_STEP, SHOW_STEP)).toBe(2 * SHOW_STEP);
    expect(shownToInclude(5 * SHOW_STEP + 7, SHOW_STEP)).toBe(6 * SHOW_STEP);
    expect(shownToInclude(25, 100)).toBe(100);
  });

  it('says how many are shown of how many, and what the button adds', () => {
    expect(showingWords(20, 182)).toBe('Showing 20 of 182.');
    expect(showingWords(40, 30)).toBe('Showing 30 of 30.');
    expect(showMoreWords(20, 182)).toBe(`Show ${SHOW_STEP} more`);
    expect(showMoreWords(180, 182)).toBe('Show the last 2');
    expect(showMoreWords(181, 182)).toBe('Show the last one');
  });
});
