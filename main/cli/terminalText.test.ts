import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminalText';

describe('terminalSafe', () => {
  it('shows escape sequences, OSC window titles and C1 controls escaped, so none reaches the terminal', () => {
    expect(terminalSafe('\u001b[2J\u001b]0;pwned\u0007Amara')).toBe('\\x1b[2J\\x1b]0;pwned\\x07Amara');
    expect(terminalSafe('a\u009b31mb\u0085c')).toBe('a\\x9b31mb\\x85c');
    expect(terminalSafe('line\r\nnext\tcol\u0000\u007f')).toBe('line\\r\\nnext\\tcol\\x00\\x7f');
  });

  it('escapes text-direction overrides and Unicode line separators', () => {
    expect(terminalSafe('pay \u202eeerf\u202c now\u2028\u2066x\u2069')).toBe('pay \\u202eeerf\\u202c now\\u2028\\u2066x\\u2069');
  });

  it('leaves ordinary text alone: accents, curly quotes, other scripts, emoji', () => {
    const text = 'Zoë’s café — “lunch” at 12:30 · 你好 · مرحبا · 🙂 · back\\slash';
    expect(terminalSafe(text)).toBe(text);
  });

  it('leaves no control character in any string it is given', () => {
    let all = '';
    for (let c = 0; c < 0x3000; c++) all += String.fromCharCode(c);
    const safe = terminalSafe(all);
    expect(safe).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    // Nothing else is touched: 0x3000 characters, 39 of them unsafe ones turned into escapes.
    expect(safe.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|[nrt])/g, '').length).toBe(0x3000 - (32 + 33 + 5 + 4 + 2));
  });
});
