import { describe, expect, it } from 'vitest';
import { minutesCheck, planTitleCheck } from './checks';

describe('form checks', () => {
  it.each([
    ['45', { ok: true, value: 45 }],
    [' 90 ', { ok: true, value: 90 }],
    ['1440', { ok: true, value: 1440 }],
  ])('accepts %j minutes', (draft, expected) => expect(minutesCheck(draft)).toEqual(expected));

  it.each([
    ['', 'A block needs a length between 1 minute and 24 hours.'],
    ['0', 'A block needs a length between 1 minute and 24 hours.'],
    ['-5', 'A block needs a length between 1 minute and 24 hours.'],
    ['1441', 'A block needs a length between 1 minute and 24 hours.'],
    ['abc', 'A block needs a length between 1 minute and 24 hours.'],
    ['1.5', 'Use whole minutes, like 15 or 90.'],
    [',5', 'Use whole minutes, like 15 or 90.'],
    ['0x3C', 'A block needs a length between 1 minute and 24 hours.'],
    ['1e2', 'A block needs a length between 1 minute and 24 hours.'],
    ['99999999', 'A block needs a length between 1 minute and 24 hours.'],
  ])('explains %j kindly', (draft, message) => expect(minutesCheck(draft)).toEqual({ ok: false, message }));

  it('asks for a plan name in the words of the tone table', () => {
    expect(planTitleCheck('   ')).toEqual({ ok: false, message: 'Give the plan a name so you can find it later.' });
    expect(planTitleCheck('Shaping our next study').ok).toBe(true);
  });
});
