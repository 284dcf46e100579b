import { describe, expect, it } from 'vitest';
import { alreadyDrafted, draftChange, hasWords } from './notes';

describe('notes on the day as drafts', () => {
  it('draft a "you said, we did" row from the note’s own words, trimmed', () => {
    expect(draftChange({ heard: '  Mornings are hard. ', willDo: '\nStart at 11.' }, 'id-1')).toEqual({
      id: 'id-1',
      youSaid: 'Mornings are hard.',
      weDid: 'Start at 11.',
    });
  });

  it('know a note already drafted, whatever the spaces around it, and not one since edited', () => {
    const note = { heard: 'Mornings are hard.', willDo: 'Start at 11.' };
    expect(alreadyDrafted(note, [{ youSaid: ' Mornings are hard.', weDid: 'Start at 11. ' }])).toBe(true);
    expect(alreadyDrafted(note, [{ youSaid: 'Mornings are hard.', weDid: 'We started at 11 in May.' }])).toBe(false);
    expect(alreadyDrafted(note, [])).toBe(false);
  });

  it('count a note with only spaces as empty', () => {
    expect(hasWords({ heard: '  ', willDo: '\n' })).toBe(false);
    expect(hasWords({ heard: '', willDo: 'Write to Sam' })).toBe(true);
  });
});
