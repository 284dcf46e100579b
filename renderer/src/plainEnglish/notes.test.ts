import { describe, expect, it } from 'vitest';
import { lengthNote, readabilityNote, suggestionsFor } from './notes';

describe('suggestionsFor', () => {
  it('lists each term once, in order of first use, with how often it appears', () => {
    const s = suggestionsFor('We will facilitate a discussion and utilise your ideas. Facilitate means help.');
    expect(s.map((x) => [x.term, x.count])).toEqual([
      ['facilitate', 2],
      ['utilise', 1],
    ]);
    expect(s[0]!.first).toMatchObject({ index: 8, match: 'facilitate' });
    expect(s[0]!.plain).toBe('help');
  });

  it('finds nothing in plain text', () => {
    expect(suggestionsFor('We talk together about what matters most to you.')).toEqual([]);
  });
});

describe('readabilityNote', () => {
  it('says nothing about short texts', () => {
    expect(readabilityNote('')).toBeNull();
    expect(readabilityNote('Tea and a chat. Then we start.')).toBeNull();
  });

  it('asks whether a long sentence could be two', () => {
    const long = Array.from({ length: 31 }, (_, i) => (i === 0 ? 'We' : 'talk')).join(' ') + '.';
    expect(readabilityNote(long)).toMatch(/^The longest sentence has 31 words: could it be two\?/);
  });

  it('counts several long sentences', () => {
    const s = Array.from({ length: 27 }, () => 'word').join(' ') + '. ';
    expect(readabilityNote(s + s)).toMatch(/^2 sentences have more than 25 words \(the longest has 27\): could they be split\?/);
  });

  it('gives the average and the reading ease in plain words for longer texts', () => {
    const text =
      'We meet to talk about the new clinic. You can tell us what works for you. We will listen and take notes. ' +
      'Then we agree what to change first. Tea and cake are at the back of the room.';
    const note = readabilityNote(text)!;
    expect(note).toMatch(/^Sentences average 8 words; the longest has 10\. Reading ease: /);
    expect(note).not.toMatch(/difficult/i);
  });

  it('offers a tip when the text is hard going', () => {
    const text =
      'Methodological considerations regarding implementation necessitate comprehensive organisational deliberation. ' +
      'Institutional stakeholders anticipate substantial operational modifications. Interdisciplinary collaboration facilitates improvement. ' +
      'Evaluation determines effectiveness comprehensively. Participation is voluntary and confidential throughout. ' +
      'Organisational representatives will systematically communicate recommendations. Additional documentation is available electronically.';
    expect(readabilityNote(text)).toMatch(/Reading ease: (fairly difficult|difficult|very difficult)\. Shorter words and sentences would help\.$/);
  });
});

describe('long texts', () => {
  const easy = 'We sit and talk. You can have a cup of tea. ';
  const pasted = easy.repeat(Math.ceil(5000 / easy.length)).slice(0, 5000);

  it('never calls a very long text easy to read, though its words are short', () => {
    expect(readabilityNote(easy.repeat(5))).toMatch(/Reading ease: (very easy|easy|fairly easy) to read\./);
    const note = readabilityNote(pasted)!;
    expect(note).not.toMatch(/easy/i);
    expect(note).toMatch(/the words and sentences are plain, but 1,\d{3} words is a lot to read\./);
  });

  it('nudges gently when a sentence-or-two field holds far more', () => {
    expect(lengthNote('We meet to plan the next study together. Your experience shapes what we ask.')).toBeNull();
    expect(lengthNote(pasted)).toMatch(/^This is long for a sentence or two \(1,\d{3} words\)\. Participants read it first/);
    // Text with few spaces is measured in characters.
    expect(lengthNote('x'.repeat(5000))).toMatch(/\(5,000 characters\)/);
  });
});
