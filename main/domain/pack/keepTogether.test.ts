import { describe, expect, it } from 'vitest';
import { keepTogether } from './keepTogether';

const NB = '\u00A0';
/** Shows non-breaking spaces as "~" so the expectations read easily. */
const shown = (text: string) => keepTogether(text).replaceAll(NB, '~');

describe('keepTogether', () => {
  it('keeps postcodes on one line, in any case', () => {
    expect(shown('Kindred House, 1 Leeds Road, LS1 4AP.')).toBe('Kindred House, 1 Leeds Road, LS1~4AP.');
    expect(shown('SW1A 1AA and m1 1ae')).toBe('SW1A~1AA and m1~1ae');
  });

  it('keeps clock and spoken times together', () => {
    expect(shown('We start at 10 o’clock and stop at 4 pm.')).toBe('We start at 10~o’clock and stop at 4~pm.');
    expect(shown("half past 2, quarter to 11 and 10 o'clock")).toBe("half~past~2, quarter~to~11 and 10~o'clock");
    expect(shown('a break of 15 minutes, then 1 hour')).toBe('a break of 15~minutes, then 1~hour');
  });

  it('does not glue a range of clock times into one long phrase', () => {
    expect(shown('10:30 to 12:00')).toBe('10:30 to 12:00');
  });

  it('keeps "Room 2"-style phrases, dates and phone numbers together', () => {
    expect(shown('Go to Room 2 on Floor 3. Take bus 47.')).toBe('Go to Room~2 on Floor~3. Take bus~47.');
    expect(shown('Friday 12 March 2027')).toBe('Friday~12~March 2027');
    expect(shown('Call 020 7946 0000 or 07700 900123.')).toBe('Call 020~7946~0000 or 07700~900123.');
  });

  it('leaves ordinary words and numbers alone', () => {
    const text = 'We will meet 12 people in a room with 2 doors. Lunch is at noon.';
    expect(keepTogether(text)).toBe(text);
    expect(keepTogether('')).toBe('');
  });

  it('changes nothing but spaces', () => {
    const text = 'Room 2, LS1 4AP, 10 am, half past 2, 12 March, 020 7946 0000';
    expect(keepTogether(text).replaceAll(NB, ' ')).toBe(text);
  });
});
