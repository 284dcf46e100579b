import { describe, expect, it } from 'vitest';
import { BAND_LABELS, EASY_READ_SENTENCE_WORDS, readability, splitSentences } from './readability';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on full stops, question marks and exclamation marks', () => {
    expect(splitSentences('Welcome to the day. Are you comfy? Good!')).toEqual([
      { text: 'Welcome to the day.', index: 0, words: 4 },
      { text: 'Are you comfy?', index: 20, words: 3 },
      { text: 'Good!', index: 35, words: 1 },
    ]);
  });

  it('does not split after abbreviations, initials, times or decimals', () => {
    expect(texts('Bring snacks, e.g. fruit or crisps. We mean i.e. food. Dr. Patel and J. Smith join at 10.30 today.')).toEqual([
      'Bring snacks, e.g. fruit or crisps.',
      'We mean i.e. food.',
      'Dr. Patel and J. Smith join at 10.30 today.',
    ]);
  });

  it('lets "etc." and "p.m." end a sentence only before a capital', () => {
    expect(texts('Bring pens, paper etc. and snacks. Pens, paper etc. Then tea.')).toEqual([
      'Bring pens, paper etc. and snacks.',
      'Pens, paper etc.',
      'Then tea.',
    ]);
    expect(texts('We finish at 3 p.m. on Friday. We finish at 3 p.m. Then home.')).toEqual([
      'We finish at 3 p.m. on Friday.',
      'We finish at 3 p.m.',
      'Then home.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(texts('She said "Yes." Then we left. (It was late.) Home!')).toEqual(['She said "Yes."', 'Then we left.', '(It was late.)', 'Home!']);
  });

  it('counts each line of a list as its own sentence and leaves out the markers', () => {
    const text = 'Agenda\n- Welcome\n* Tea break\n\u2022 Small groups\n1. Lunch\n2) Close\n(a) Travel home\n---\n\n';
    expect(splitSentences(text)).toEqual([
      { text: 'Agenda', index: 0, words: 1 },
      { text: 'Welcome', index: 9, words: 1 },
      { text: 'Tea break', index: 19, words: 2 },
      { text: 'Small groups', index: 31, words: 2 },
      { text: 'Lunch', index: 47, words: 1 },
      { text: 'Close', index: 56, words: 1 },
      { text: 'Travel home', index: 66, words: 2 },
    ]);
  });

  it('copes with Windows line endings and a time at the start of a line', () => {
    expect(texts('10.30 Welcome\r\n11:00 Tea\r\nWe talk.')).toEqual(['10.30 Welcome', '11:00 Tea', 'We talk.']);
  });

  it('points each sentence at where it starts in the text', () => {
    const text = '  Hello there.   How are you?\n\n  - Fine, thanks';
    for (const s of splitSentences(text)) expect(text.slice(s.index).startsWith(s.text)).toBe(true);
  });

  it('counts "e.g.", "10:30", "co-production" and "don\u2019t" as one word each', () => {
    // Co-production | e.g. | at | 10:30 | don't | you | think
    expect(splitSentences('Co-production, e.g. at 10:30, don\u2019t you think')[0]?.words).toBe(7);
  });

  it('finds nothing in empty text or text with no words', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n - \n ... ')).toEqual([]);
  });
});

describe('readability', () => {
  it('scores a short easy text as counted by hand', () => {
    // 2 sentences, 9 words, 10 syllables (only "hap-py" has two).
    // 206.835 - 1.015 * 9/2 - 84.6 * 10/9 = 108.2675
    const r = readability('The cat sat on the mat. It was happy.');
    expect(r).toEqual({
      sentences: 2,
      words: 9,
      averageSentenceWords: 4.5,
      longestSentenceWords: 6,
      longSentences: [],
      fleschReadingEase: 108.3,
      band: 'very_easy',
    });
  });

  it('scores a longer sentence as counted by hand', () => {
    // 23 words, 34 syllables: Pub-lic in-volve-ment in re-search is re-search be-ing car-ried out with
    // or by mem-bers of the pub-lic ra-ther than to, a-bout or for them.
    // 206.835 - 1.015 * 23 - 84.6 * 34/23 = 58.4263...
    const text = 'Public involvement in research is research being carried out with or by members of the public rather than to, about or for them.';
    const r = readability(text);
    expect(r.sentences).toBe(1);
    expect(r.words).toBe(23);
    expect(r.fleschReadingEase).toBe(58.4);
    expect(r.band).toBe('fairly_difficult');
    expect(r.longSentences).toEqual([]);
    // Easy Read wants 15 words or fewer.
    expect(readability(text, EASY_READ_SENTENCE_WORDS).longSentences).toEqual([{ text, words: 23, index: 0 }]);
  });

  it('flags sentences above the limit, not at it', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'tea').join(' ') + '.';
    const text = `${words(25)} ${words(26)}`;
    const r = readability(text);
    expect(r.longestSentenceWords).toBe(26);
    expect(r.averageSentenceWords).toBe(25.5);
    expect(r.longSentences).toEqual([{ text: words(26), words: 26, index: words(25).length + 1 }]);
  });

  it('gives every word at least one syllable, so numbers still count', () => {
    // "Lunch at 12:30": 3 words, 3 syllables, 1 sentence: 206.835 - 1.015 * 3 - 84.6 = 119.19
    expect(readability('Lunch at 12:30').fleschReadingEase).toBe(119.2);
  });

  it('has no score or band when there are no words', () => {
    expect(readability('')).toEqual({
      sentences: 0,
      words: 0,
      averageSentenceWords: 0,
      longestSentenceWords: 0,
      longSentences: [],
      fleschReadingEase: null,
      band: null,
    });
    expect(readability('  \n- \n').fleschReadingEase).toBeNull();
  });

  it('reads difficult academic text as difficult', () => {
    const r = readability(
      'The methodological considerations underpinning participatory epistemologies necessitate comprehensive institutional accountability.',
    );
    expect(r.band).toBe('very_difficult');
  });

  it('has a plain label for every band', () => {
    expect(Object.keys(BAND_LABELS).sort()).toEqual([
      'difficult',
      'easy',
      'fairly_difficult',
      'fairly_easy',
      'standard',
      'very_difficult',
      'very_easy',
    ]);
    expect(BAND_LABELS.easy).toBe('Easy to read');
    expect(BAND_LABELS.fairly_difficult).toBe('Fairly difficult');
  });
});

describe('very long text (a pasted document, a row of x’s)', () => {
  it('still counts sentences and words, with a score', () => {
    const run = readability('x'.repeat(100_000));
    expect(run).toMatchObject({ sentences: 1, words: 1 });
    expect(run.fleschReadingEase).not.toBeNull();
    const long = readability('We will talk together. '.repeat(4_000));
    expect(long).toMatchObject({ sentences: 4_000, words: 16_000, averageSentenceWords: 4, longestSentenceWords: 4 });
  });
});
