import { describe, expect, it } from 'vitest';
import { formatHours, hoursCheck, parseHours, parsePounds, poundsCheck, poundsText } from './money';

describe('parsePounds', () => {
  it('reads amounts as people type them', () => {
    expect(parsePounds('12.50')).toBe(1250);
    expect(parsePounds('£12.50')).toBe(1250);
    expect(parsePounds(' £ 12.5 ')).toBe(1250);
    expect(parsePounds('12')).toBe(1200);
    expect(parsePounds('£1,234.05')).toBe(123405);
    expect(parsePounds('.5')).toBe(50);
    expect(parsePounds('0')).toBe(0);
    expect(parsePounds('20 pounds')).toBe(2000);
  });
  it('refuses what is not an amount', () => {
    for (const t of ['', 'abc', '12.505', '1,5', '-3', '1e3', '12..5', '£', '0x10', '12,34']) expect(parsePounds(t)).toBeNull();
  });
  it('round-trips through the text it shows', () => {
    for (const p of [0, 5, 50, 1250, 1200, 123405]) expect(parsePounds(poundsText(p))).toBe(p);
  });
});

describe('parseHours', () => {
  it('reads decimals with a point or a comma', () => {
    expect(parseHours('1.5')).toBe(1.5);
    expect(parseHours('1,5')).toBe(1.5);
    expect(parseHours('2')).toBe(2);
    expect(parseHours('.25')).toBe(0.25);
  });
  it('refuses what is not a number of hours', () => {
    for (const t of ['', 'two', '-1', '1e2', '1.5.2']) expect(parseHours(t)).toBeNull();
  });
});

describe('checks', () => {
  it('explain kindly and treat an empty box as none', () => {
    expect(poundsCheck('The expense')('')).toEqual({ ok: true, value: 0 });
    expect(poundsCheck('The expense')('£6.40')).toEqual({ ok: true, value: 640 });
    const bad = poundsCheck('The expense')('six pounds');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toBe('The expense needs to be an amount in pounds, like 12.50.');
    expect(hoursCheck('Preparation time')('1,5')).toEqual({ ok: true, value: 1.5 });
    const tooMany = hoursCheck('Preparation time')('5000');
    expect(!tooMany.ok && tooMany.message).toMatch(/up to 1,000 hours/);
  });
  it('formats hours', () => {
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(7)).toBe('7 hours');
    expect(formatHours(1.5)).toBe('1.5 hours');
  });
});
