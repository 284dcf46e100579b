import { describe, expect, it } from 'vitest';
import { easyReadNote } from './easyRead';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i + 1}`).join(' ');

describe('easyReadNote', () => {
  it('says nothing for short sentences, or for no text', () => {
    expect(easyReadNote('')).toBeNull();
    expect(easyReadNote('We meet at 10:30. We have tea first. You can ask us anything.')).toBeNull();
    expect(easyReadNote(`${words(15)}.`)).toBeNull();
  });

  it('names the one long sentence by how it starts, with its length', () => {
    const note = easyReadNote(`We have tea. We will talk about the new study and what you think about how we ask people to take part.`);
    expect(note).toBe(
      'The sentence starting “We will talk about the…” has 19 words. Easy Read works best with 15 words or fewer in each sentence: could it be two?',
    );
  });

  it('counts several long sentences and gives the longest', () => {
    expect(easyReadNote(`${words(16)}. Short one. ${words(20)}.`)).toBe(
      '2 sentences have more than 15 words (the longest has 20). Easy Read works best with 15 words or fewer in each sentence: could they be split?',
    );
  });

  it('treats each line as its own sentence, as a list is written', () => {
    expect(easyReadNote(`- ${words(10)}\n- ${words(10)}`)).toBeNull();
  });
});
