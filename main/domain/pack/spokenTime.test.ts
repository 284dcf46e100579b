import { describe, expect, it } from 'vitest';
import { spokenTime } from './spokenTime';

describe('spokenTime', () => {
  it('says times the way people say them', () => {
    expect(spokenTime('10:00', true)).toBe('10 o’clock in the morning');
    expect(spokenTime('14:30')).toBe('half past 2');
    expect(spokenTime('14:30', true)).toBe('half past 2 in the afternoon');
    expect(spokenTime('09:15')).toBe('quarter past 9');
    expect(spokenTime('11:45', true)).toBe('quarter to 12 in the morning');
    expect(spokenTime('10:20')).toBe('20 past 10');
    expect(spokenTime('10:50')).toBe('10 to 11');
    expect(spokenTime('10:07')).toBe('7 minutes past 10');
    expect(spokenTime('10:59')).toBe('1 minute to 11');
    expect(spokenTime('12:00', true)).toBe('12 o’clock midday');
    expect(spokenTime('12:30', true)).toBe('half past 12 in the afternoon');
    expect(spokenTime('18:30', true)).toBe('half past 6 in the evening');
    expect(spokenTime('23:45')).toBe('quarter to 12');
  });

  it('leaves text that is not a clock time as it is', () => {
    expect(spokenTime('')).toBe('');
    expect(spokenTime('soon')).toBe('soon');
  });
});
