import { describe, expect, it } from 'vitest';
import { METHODS } from '../../../main/domain/library/methods';
import { ANY_FILTER, filterMethods, formatGroupSize } from './methodSearch';

describe('filterMethods', () => {
  it('shows every method with no filter', () => {
    expect(filterMethods(METHODS, ANY_FILTER)).toHaveLength(METHODS.length);
  });

  it('matches every word typed, in any case, across name and purpose', () => {
    const found = filterMethods(METHODS, { ...ANY_FILTER, query: 'WORLD café' });
    expect(found.map((m) => m.id)).toContain('world-cafe');
    expect(filterMethods(METHODS, { ...ANY_FILTER, query: 'nothing matches this zzz' })).toEqual([]);
  });

  it('filters by kind and by where people take part', () => {
    const checkIns = filterMethods(METHODS, { ...ANY_FILTER, kind: 'check_in' });
    expect(checkIns.length).toBeGreaterThan(0);
    expect(checkIns.every((m) => m.kind === 'check_in')).toBe(true);
    const inPerson = filterMethods(METHODS, { ...ANY_FILTER, setting: 'in_person' });
    expect(inPerson.some((m) => m.id === 'chat-check-in')).toBe(false);
  });
});

describe('formatGroupSize', () => {
  it('says group sizes plainly', () => {
    expect(formatGroupSize({ min: 4, max: 30 })).toBe('4 to 30 people');
    expect(formatGroupSize({ min: 12, max: null })).toBe('12 or more people');
    expect(formatGroupSize({ min: 1, max: null })).toBe('Any number of people');
  });
});
