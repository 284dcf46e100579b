import { describe, expect, it } from 'vitest';
import { PLAN_FILE_BASE64_LIMIT } from '../../../main/contract/contract';
import { PLAN_FILE_MAX_BYTES, isPlanFileName, problemBeforeReading, sortOutFiles } from './checks';

describe('plan file checks before reading', () => {
  it('knows a plan file by its extension, whatever its case', () => {
    expect(isPlanFileName('Shaping our next study.kindred')).toBe(true);
    expect(isPlanFileName('PLAN.KINDRED')).toBe(true);
    expect(isPlanFileName('plan.kindred.docx')).toBe(false);
    expect(isPlanFileName('kindred')).toBe(false);
    expect(isPlanFileName('photo.jpg')).toBe(false);
  });

  it('reads files up to 20 MB and no further, the same limit the service keeps', () => {
    expect(PLAN_FILE_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(problemBeforeReading({ size: PLAN_FILE_MAX_BYTES })).toBeNull();
    expect(problemBeforeReading({ size: PLAN_FILE_MAX_BYTES + 1 })).toMatch(/too big .*20 MB/);
    // An empty file is the service's to describe (it says so kindly).
    expect(problemBeforeReading({ size: 0 })).toBeNull();
    // A file the client lets through is never one the service refuses unread for its length.
    expect(Math.ceil(PLAN_FILE_MAX_BYTES / 3) * 4).toBeLessThanOrEqual(PLAN_FILE_BASE64_LIMIT);
  });

  it('sorts dropped files into plan files and others, keeping their order', () => {
    const files = [{ name: 'b.kindred' }, { name: 'x.pdf' }, { name: 'a.kindred' }, { name: 'y.png' }];
    expect(sortOutFiles(files)).toEqual({
      planFiles: [{ name: 'b.kindred' }, { name: 'a.kindred' }],
      others: [{ name: 'x.pdf' }, { name: 'y.png' }],
    });
  });
});
