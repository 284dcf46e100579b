import { describe, expect, it } from 'vitest';
import { bytesToBase64, encode } from './base64';

describe('base64 by hand (where there is no Uint8Array.prototype.toBase64)', () => {
  it('matches Node’s encoding whatever the length (0, 1 or 2 bytes left over)', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 6, 1000, 65_537, 65_538]) {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = (i * 131 + 7) % 256;
      expect(encode(bytes), `length ${length}`).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('keeps bytes that are not text (0x00, 0xff) exactly', () => {
    expect(encode(new Uint8Array([0, 255, 254, 128]))).toBe('AP/+gA==');
  });

  it('encodes 20 MB, the largest plan file, in one go', () => {
    const bytes = new Uint8Array(20 * 1024 * 1024).fill(65);
    const started = performance.now();
    const text = encode(bytes);
    const took = performance.now() - started;
    expect(text.length).toBe(Math.ceil(bytes.length / 3) * 4);
    expect(text.startsWith('QUFB')).toBe(true);
    // About 0.3 s here; the bound only catches something pathological (a byte-at-a-time string, say).
    expect(took).toBeLessThan(5000);
  });
});

describe('bytesToBase64', () => {
  it('uses the built-in encoder when there is one, with the same result', () => {
    const bytes = new Uint8Array([1, 2, 3, 250]) as Uint8Array & { toBase64?: () => string };
    expect(bytesToBase64(bytes)).toBe('AQID+g==');
    bytes.toBase64 = () => 'built-in';
    expect(bytesToBase64(bytes)).toBe('built-in');
  });
});
