import { describe, expect, it } from 'vitest';
import type { PlanFileError } from './planFile';
import { checkPlanFileSize, decodePlanFileBytes, PLAN_FILE_MAX_BYTES, PLAN_FILE_TOO_BIG } from './planFileBytes';

/** What a PlanFileError thrown by `fn` must hold. */
const problem = (fields: Partial<PlanFileError>) => expect.objectContaining({ name: 'PlanFileError', ...fields });

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('plan file bytes', () => {
  it('reads UTF-8, with or without a byte order mark, keeping every character', () => {
    const text = '{"title":"Café für Ølstrup – 😊 عربي"}';
    expect(decodePlanFileBytes(utf8(text))).toBe(text);
    expect(decodePlanFileBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toBe(text);
  });

  it('refuses bytes that are not UTF-8 rather than changing them', () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0x43, 0x61, 0x66, 0xe9, 0x22, 0x7d]); // {"Café"} in Latin-1
    expect(() => decodePlanFileBytes(latin1)).toThrow(problem({ problem: 'not_text', message: expect.stringContaining('not in UTF-8') }));
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00, 0x00, 0xd8]);
    expect(() => decodePlanFileBytes(utf16)).toThrow(problem({ problem: 'not_text' }));
    const lonelyContinuation = new Uint8Array([0x80]);
    expect(() => decodePlanFileBytes(lonelyContinuation)).toThrow(problem({ problem: 'not_text' }));
  });

  it('says an empty file is empty', () => {
    expect(() => decodePlanFileBytes(new Uint8Array())).toThrow(problem({ message: 'This file is empty, so there is no plan in it.' }));
  });

  it('takes up to 20 MB and refuses one byte more, from the size alone', () => {
    expect(() => checkPlanFileSize(PLAN_FILE_MAX_BYTES)).not.toThrow();
    expect(() => checkPlanFileSize(PLAN_FILE_MAX_BYTES + 1)).toThrow(problem({ problem: 'too_big', message: PLAN_FILE_TOO_BIG }));
    expect(() => decodePlanFileBytes(new Uint8Array(PLAN_FILE_MAX_BYTES + 1))).toThrow(problem({ problem: 'too_big' }));
  });
});
