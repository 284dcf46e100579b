import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../main/testing/testPlan';
import { inlineText, packCount, personPacks, uniqueNames } from './plan';

describe('personPacks', () => {
  it('gives everyone but the facilitators a pack in their own format, with readable, unique file names', () => {
    const people = [
      makePerson('Amara', 'public_contributor', { packFormat: 'large_print' }),
      makePerson('Jo', 'facilitator'),
      makePerson('Sam', 'carer', { packFormat: 'easy_read' }),
      makePerson('Sam', 'researcher'),
    ];
    const packs = personPacks('Shaping our next study', people);
    expect(packs.map((p) => [p.name, p.formatLabel, p.fileName])).toEqual([
      ['Amara', 'Large print', 'Shaping our next study – participant pack – large print – Amara.docx'],
      ['Sam', 'Easy Read', 'Shaping our next study – participant pack – Easy Read – Sam.docx'],
      ['Sam', 'Standard clear print', 'Shaping our next study – participant pack – standard – Sam.docx'],
    ]);
  });

  it('keeps names safe and distinct when people share a name and a format', () => {
    const people = [makePerson('Sam / Q', 'carer'), makePerson('Sam / Q', 'carer')];
    const names = personPacks('A: plan?', people).map((p) => p.fileName);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(2);
    for (const n of names) expect(n).not.toMatch(/[/\\:*?"<>|]/);
    expect(uniqueNames(['a.docx', 'A.docx'])).toEqual(['a.docx', 'A (2).docx']);
  });

  it('has nobody to make a pack for when there are only facilitators', () => {
    expect(personPacks('Plan', [makePerson('Jo', 'facilitator')])).toEqual([]);
  });
});

describe('pack words', () => {
  it('reads bold runs as plain words, and counts packs in words', () => {
    expect(inlineText([{ text: 'Start: ', bold: true }, { text: '10:30' }])).toBe('Start: 10:30');
    expect(inlineText('Hello')).toBe('Hello');
    expect(packCount(1)).toBe('1 pack');
    expect(packCount(12)).toBe('12 packs');
  });
});
