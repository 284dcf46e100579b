import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACK_FORMATS } from '../access';
import {
  FALLBACK_STEM,
  MAX_NAME_BYTES,
  MAX_STEM_LENGTH,
  cleanNamePart,
  isReservedWindowsName,
  packFileName,
  safeFileName,
  truncateText,
  uniqueFileNames,
} from './fileNames';
import { PACK_KINDS } from './model';

const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const bytes = (s: string) => new TextEncoder().encode(s).length;

/** Everything a safe pack file name must be, whatever went in. */
function expectSafe(name: string): void {
  expect(name.endsWith('.docx')).toBe(true);
  const stem = name.slice(0, -'.docx'.length);
  expect(stem.length).toBeGreaterThan(0);
  expect(stem.length).toBeLessThanOrEqual(MAX_STEM_LENGTH);
  expect(name.length).toBeLessThanOrEqual(125);
  expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  expect(name).not.toMatch(FORBIDDEN);
  expect(name).not.toMatch(LONE_SURROGATE);
  expect(stem).not.toMatch(/^[\s.]|[\s.]$/);
  expect(stem).not.toMatch(/\s{2}/);
  expect(isReservedWindowsName(name)).toBe(false);
  expect(name).toBe(name.normalize('NFC'));
  // Something a person can see: never a name that looks empty in a folder listing.
  expect(stem).toMatch(VISIBLE);
}

/** A character that shows: not a space, an invisible format character, a lone accent or a blank. */
const VISIBLE = /[^\s\p{Default_Ignorable_Code_Point}\p{M}\u2800]/u;

/** Titles that look empty: zero-width spaces and joiners, bidi marks, fillers, blanks, lone accents. */
const INVISIBLE_TITLES = [
  '\u200b',
  '\u200b\u200c\u200d\u2060',
  '\u200e\u200f\u061c',
  ' \ufeff \u00ad ',
  '\u3164\u115f\u1160\uffa0',
  '\u2800\u2800',
  '\u180e\u034f',
  '\u0301\u0308',
  '\u202e\u200b\u2066',
  '\ufe0f\u{e0041}\u{e007f}',
];

describe('packFileName', () => {
  it('reads as title, pack, format and person', () => {
    expect(packFileName({ title: 'Shaping our next study', kind: 'participant', format: 'large_print', personName: 'Amara' })).toBe(
      'Shaping our next study – participant pack – large print – Amara.docx',
    );
    expect(packFileName({ title: 'Shaping our next study', kind: 'facilitator', format: 'standard' })).toBe(
      'Shaping our next study – facilitator pack – standard.docx',
    );
    expect(packFileName({ title: 'Shaping our next study', kind: 'participant', format: 'easy_read', personName: 'Jo' })).toBe(
      'Shaping our next study – participant pack – Easy Read – Jo.docx',
    );
    expect(packFileName({ title: 'Shaping our next study', kind: 'participant', format: 'dyslexia' })).toBe(
      'Shaping our next study – participant pack – dyslexia-friendly.docx',
    );
  });

  it('takes out the characters Windows refuses, and tidies the spaces they leave', () => {
    expect(packFileName({ title: 'Q1/Q2 review: what * works? "yes" <no> | a\\b', kind: 'participant', format: 'standard' })).toBe(
      'Q1 Q2 review what works yes no a b – participant pack – standard.docx',
    );
  });

  it('takes out control characters and tabs and line breaks', () => {
    expect(packFileName({ title: 'Line one\nline\ttwo\u0000\u0007\u009f', kind: 'participant', format: 'standard', personName: 'Sam\r\n' })).toBe(
      'Line one line two – participant pack – standard – Sam.docx',
    );
  });

  it('keeps emoji, accents and right-to-left letters, but not characters that reverse the name', () => {
    expect(packFileName({ title: 'Café 🌱 planning 👩🏽‍🦯', kind: 'participant', format: 'standard', personName: 'Zoë' })).toBe(
      'Café 🌱 planning 👩🏽‍🦯 – participant pack – standard – Zoë.docx',
    );
    expect(packFileName({ title: 'ورشة عمل', kind: 'participant', format: 'standard', personName: 'سارة' })).toBe(
      'ورشة عمل – participant pack – standard – سارة.docx',
    );
    // "Invoice\u202Excod.docx" would show as "Invoicecod.exe" reversed: the override goes.
    const name = packFileName({ title: 'Invoice\u202excod.exe\u2066\u2069\u202a', kind: 'participant', format: 'standard' });
    expect(name).toBe('Invoicexcod.exe – participant pack – standard.docx');
  });

  it('never ends the title with dots or spaces, nor starts the name with a dot', () => {
    expect(packFileName({ title: '...hidden...  ', kind: 'participant', format: 'standard', personName: 'Sam. ' })).toBe(
      'hidden – participant pack – standard – Sam.docx',
    );
  });

  it('calls a title with nothing usable "Kindred"', () => {
    expect(packFileName({ title: '', kind: 'participant', format: 'standard' })).toBe('Kindred – participant pack – standard.docx');
    expect(packFileName({ title: '/\\:*?"<>| ...\u202e', kind: 'facilitator', format: 'easy_read', personName: '???' })).toBe(
      'Kindred – facilitator pack – Easy Read.docx',
    );
  });

  it('shortens a long title first, so pack, format and person stay', () => {
    const title = 'A very long workshop title '.repeat(20);
    const name = packFileName({ title, kind: 'participant', format: 'large_print', personName: 'Amara' });
    expectSafe(name);
    expect(name.endsWith(' – participant pack – large print – Amara.docx')).toBe(true);
    expect(name.startsWith('A very long workshop title A very')).toBe(true);
    expect(name.length).toBe(name.trim().length);
  });

  it('shortens a 10,000-word title and an enormous name without breaking an emoji in half', () => {
    const title = '🌱'.repeat(10_000);
    const name = packFileName({ title, kind: 'participant', format: 'standard', personName: '👩🏽‍🦯'.repeat(500) });
    expectSafe(name);
    expect(name.startsWith('🌱')).toBe(true);
  });

  it('keeps within the byte limit for scripts that take three bytes a letter', () => {
    const name = packFileName({ title: '共同制作ワークショップ'.repeat(30), kind: 'participant', format: 'standard', personName: '佐藤' });
    expectSafe(name);
    expect(name.endsWith(' – 佐藤.docx')).toBe(true);
  });

  it('never gives a reserved Windows name', () => {
    for (const reserved of ['CON', 'con', 'PRN', 'AUX', 'NUL', 'COM1', 'com9', 'LPT1', 'LPT9', 'nul.txt', 'CON .tar.gz']) {
      expect(isReservedWindowsName(reserved), reserved).toBe(true);
      expect(isReservedWindowsName(safeFileName(reserved)), reserved).toBe(false);
    }
    expect(safeFileName('CON')).toBe('Kindred – CON.docx');
    expect(safeFileName('lpt3.notes')).toBe('Kindred – lpt3.notes.docx');
    expect(safeFileName('nul....')).toBe('Kindred – nul.docx');
    // A name that merely starts with one is fine.
    expect(isReservedWindowsName('CONSULTATION.docx')).toBe(false);
    expect(isReservedWindowsName('COM10.docx')).toBe(false);
    // In a pack name the title is followed by the pack words, except before a dot in the title.
    expectSafe(packFileName({ title: 'con.txt', kind: 'participant', format: 'standard' }));
    expectSafe(packFileName({ title: 'AUX', kind: 'participant', format: 'standard' }));
  });
});

describe('a title made only of invisible characters', () => {
  it.each(INVISIBLE_TITLES)('never gives a name that looks empty (%j)', (title) => {
    expect(safeFileName(title)).toBe(`${FALLBACK_STEM}.docx`);
    expect(packFileName({ title, kind: 'participant', format: 'standard', personName: title })).toBe('Kindred – participant pack – standard.docx');
    expect(cleanNamePart(title)).toBe('');
  });

  it('loses invisible characters at the edges, but keeps joiners inside emoji and words', () => {
    expect(cleanNamePart('\u200b\u200eOur day\u200b\u2060')).toBe('Our day');
    expect(cleanNamePart('👩‍👩‍👧 family day')).toBe('👩‍👩‍👧 family day');
    expect(cleanNamePart('می\u200cخواهم')).toBe('می\u200cخواهم');
  });
});

describe('safeFileName', () => {
  it('is "Kindred pack.docx" when nothing is left', () => {
    expect(safeFileName('')).toBe(`${FALLBACK_STEM}.docx`);
    expect(safeFileName(' . / \\ \u202e \u0000 ')).toBe('Kindred pack.docx');
  });

  it('drops a lone surrogate half', () => {
    expect(safeFileName('a\ud83cb')).toBe('ab.docx');
    expect(safeFileName('\udc00')).toBe('Kindred pack.docx');
  });
});

describe('truncateText', () => {
  it('cuts between whole characters', () => {
    expect(truncateText('ab🌱cd', 3)).toBe('ab');
    expect(truncateText('ab🌱cd', 4)).toBe('ab🌱');
    expect(truncateText('👩🏽‍🦯x', 6)).toBe('');
    expect(truncateText('e\u0301e\u0301', 3)).toBe('e\u0301');
    expect(truncateText('one two three', 8)).toBe('one two');
    expect(truncateText('short', 50)).toBe('short');
  });

  it('respects a UTF-8 byte budget', () => {
    expect(truncateText('ééé', 10, 4)).toBe('éé');
  });
});

describe('cleanNamePart', () => {
  it('turns odd spaces into single ordinary ones', () => {
    expect(cleanNamePart('a\u00a0\u2028\u2029  b')).toBe('a b');
  });
});

describe('uniqueFileNames', () => {
  it('numbers the second Sam, ignoring case', () => {
    expect(uniqueFileNames(['W – Sam.docx', 'W – Amara.docx', 'w – sam.docx', 'W – SAM.docx'])).toEqual([
      'W – Sam.docx',
      'W – Amara.docx',
      'w – sam (2).docx',
      'W – SAM (3).docx',
    ]);
  });

  it('never makes a name that is already in the list', () => {
    expect(uniqueFileNames(['Sam.docx', 'Sam.docx', 'Sam (2).docx'])).toEqual(['Sam.docx', 'Sam (3).docx', 'Sam (2).docx']);
  });

  it('leaves different names alone, and keeps numbered names within the limits', () => {
    expect(uniqueFileNames(['a.docx', 'b.docx'])).toEqual(['a.docx', 'b.docx']);
    const long = packFileName({ title: 'x'.repeat(300), kind: 'participant', format: 'standard', personName: 'Sam' });
    const names = uniqueFileNames(Array.from({ length: 12 }, () => long));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(12);
    for (const name of names) expectSafe(name);
    expect(names[11]).toMatch(/ \(12\)\.docx$/);
  });

  it('treats composed and decomposed accents as the same name, as macOS does', () => {
    expect(uniqueFileNames(['Zoë.docx', 'Zoe\u0308.docx'])).toEqual(['Zoë.docx', 'Zoe\u0308 (2).docx']);
  });
});

describe('properties', () => {
  const nasty = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({
      unit: fc.constantFrom(
        '/',
        '\\',
        ':',
        '*',
        '?',
        '"',
        '<',
        '>',
        '|',
        '.',
        ' ',
        '\u202e',
        '\u2066',
        '\u200b',
        '\u200d',
        '\u200f',
        '\u2800',
        '\u0301',
        '\u0000',
        '\n',
        'a',
        '🌱',
        '\ud83c',
        'ب',
        'C',
        'O',
        'N',
        'L',
        'P',
        'T',
        '1',
      ),
      maxLength: 200,
    }),
    fc.constantFrom('CON', 'nul', 'Com1', 'LPT9.txt', 'aux ', 'PRN.', '', ' ', '...', 'CONIN$'),
  );

  it('every pack file name is non-empty, short, safe, a .docx and never reserved', () => {
    fc.assert(
      fc.property(
        nasty,
        fc.option(nasty, { nil: undefined }),
        fc.constantFrom(...PACK_KINDS),
        fc.constantFrom(...PACK_FORMATS),
        (title, personName, kind, format) => {
          expectSafe(packFileName({ title, kind, format, personName }));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('every safe file name is safe', () => {
    fc.assert(
      fc.property(nasty, (stem) => {
        expectSafe(safeFileName(stem));
      }),
      { numRuns: 500 },
    );
  });

  it('unique names are unique, ignoring case, and keep their order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Sam', 'sam', 'SAM', 'Sam (2)', 'Amara', 'Jo'), { maxLength: 20 }), (people) => {
        const names = people.map((personName) => packFileName({ title: 'W', kind: 'participant', format: 'standard', personName }));
        const unique = uniqueFileNames(names);
        expect(unique).toHaveLength(names.length);
        expect(new Set(unique.map((n) => n.toLowerCase())).size).toBe(unique.length);
        unique.forEach((name, i) => {
          expectSafe(name);
          expect(name.startsWith(names[i]!.slice(0, -'.docx'.length))).toBe(true);
        });
      }),
    );
  });
});
