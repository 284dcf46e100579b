import { describe, expect, it } from 'vitest';
import { plural } from './words';

describe('plural', () => {
  it('reads right for 1 and for many, and for none', () => {
    expect(plural(1, 'block', 'blocks')).toBe('1 block');
    expect(plural(2, 'block', 'blocks')).toBe('2 blocks');
    expect(plural(0, 'block', 'blocks')).toBe('0 blocks');
    expect(plural(1, 'person', 'people')).toBe('1 person');
  });
  it('writes large numbers the UK way', () => {
    expect(plural(1200, 'minute', 'minutes')).toBe('1,200 minutes');
  });
});
