import { describe, expect, it } from 'vitest';
import { conflictWords, positionWords, timeLeftWords } from './dayWords';

describe('the day’s position in words', () => {
  it('says how far behind and when the day finishes against the intended end', () => {
    expect(positionWords({ behindBy: 12, finish: 15 * 60 + 12, intendedEnd: 15 * 60, pastEndBy: 12 }, '24h')).toBe(
      '12 minutes behind; finishing 15:12, 12 minutes past your intended end.',
    );
    expect(positionWords({ behindBy: -1.2, finish: 14 * 60 + 30, intendedEnd: 15 * 60, pastEndBy: -30 }, '12h')).toBe(
      '1 minute ahead; finishing 2:30 pm, 30 minutes before your intended end.',
    );
    expect(positionWords({ behindBy: 0.3, finish: 15 * 60, intendedEnd: 15 * 60, pastEndBy: 0 }, '24h')).toBe(
      'On time; finishing 15:00, right at your intended end.',
    );
    expect(positionWords({ behindBy: 3, finish: 25 * 60, intendedEnd: null, pastEndBy: null }, '24h')).toBe('3 minutes behind; finishing 01:00.');
  });

  it('counts the running block down in whole minutes, then up once it is over', () => {
    expect(timeLeftWords(4.2)).toBe('5 minutes left');
    expect(timeLeftWords(1)).toBe('1 minute left');
    expect(timeLeftWords(-0.5)).toBe('Time is up');
    expect(timeLeftWords(-2.5)).toBe('2 minutes over');
  });

  it('names a conflict and the time it misses', () => {
    expect(conflictWords({ blockId: 'x', at: 750, lateBy: 10 }, 'Lunch', '24h')).toBe('Lunch is pinned to 12:30 and would start 10 minutes late.');
    expect(conflictWords({ blockId: null, at: 900, lateBy: 1 }, null, '24h')).toBe('The day would end 1 minute after your intended end (15:00).');
  });
});
