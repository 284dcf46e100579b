import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { base64ToBytes, problemMessage, zipPacks } from './saving';

const b64 = (bytes: number[]) => Buffer.from(Uint8Array.from(bytes)).toString('base64');

describe('saving packs in browser mode', () => {
  it('turns the service’s base64 back into the same bytes', () => {
    const bytes = [0x50, 0x4b, 3, 4, 0, 255, 128];
    expect(Array.from(base64ToBytes(b64(bytes)))).toEqual(bytes);
  });

  it('zips every pack under its own name, names with dashes and emoji included', () => {
    const zip = zipPacks([
      { fileName: 'Plan – participant pack – standard – Amara.docx', base64: b64([1, 2, 3]) },
      { fileName: 'Plan – participant pack – Easy Read – Sam 🌻.docx', base64: b64([4, 5]) },
    ]);
    expect(String.fromCharCode(zip[0]!, zip[1]!)).toBe('PK');
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['Plan – participant pack – standard – Amara.docx', 'Plan – participant pack – Easy Read – Sam 🌻.docx']);
    expect(Array.from(files['Plan – participant pack – Easy Read – Sam 🌻.docx']!)).toEqual([4, 5]);
  });

  it('passes on the service’s kind words, or a kind sentence of its own', () => {
    expect(problemMessage(new ApiError({ code: 'not_found', message: 'We couldn’t find that plan.' }), 'x')).toBe('We couldn’t find that plan.');
    expect(problemMessage(new Error('boom'), 'We couldn’t save the pack.')).toBe('We couldn’t save the pack.');
  });
});
