import { describe, expect, it } from 'vitest';
import { nameKey, sameNameAs, sameNamesById } from './duplicates';

describe('same names', () => {
  it('ignores case, spaces at the ends and doubled spaces', () => {
    expect(nameKey('  Sam  ')).toBe('sam');
    expect(nameKey('Mary  Ann')).toBe(nameKey('mary ann'));
    // The same letters written two ways in Unicode are the same name.
    expect(nameKey('Zoe\u0301')).toBe(nameKey('Zo\u00e9'));
  });

  it('finds another person with the same name, and says nothing for an empty one', () => {
    expect(sameNameAs(' sam', ['Amara', 'Sam '])).toBe('Sam');
    expect(sameNameAs('Sam B', ['Sam'])).toBeNull();
    expect(sameNameAs('   ', ['', '  '])).toBeNull();
    expect(sameNameAs('أمل', ['أمل'])).toBe('أمل');
  });

  it('marks each person who shares a name with someone else', () => {
    const map = sameNamesById([
      { id: 'a', name: 'Sam' },
      { id: 'b', name: 'SAM' },
      { id: 'c', name: 'Amara' },
    ]);
    expect(map.get('a')).toBe('SAM');
    expect(map.get('b')).toBe('Sam');
    expect(map.get('c')).toBeNull();
  });
});
