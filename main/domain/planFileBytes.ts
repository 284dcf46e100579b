/**
 * A plan file's bytes, as they arrive from disk or a drop, turned into text: at most 20 MB, and
 * UTF-8 (with or without the byte order mark some Windows editors add). Anything else is refused
 * before a single character is parsed, with a message that says why.
 */
import { PlanFileError } from './planFile';

/** The largest plan file Kindred takes in. A plan at every limit (500 blocks, 300 people) is far smaller. */
export const PLAN_FILE_MAX_BYTES = 20 * 1024 * 1024;

export const PLAN_FILE_TOO_BIG = 'This file is too big to be a Kindred plan (the limit is 20 MB).';

/** Refuses the file when it is over the limit; `size` in bytes, so it can be checked before reading. */
export function checkPlanFileSize(size: number): void {
  if (size > PLAN_FILE_MAX_BYTES) throw new PlanFileError(PLAN_FILE_TOO_BIG, 'too_big');
}

/** The text of a plan file's bytes; throws PlanFileError when it is too big, empty or not UTF-8. */
export function decodePlanFileBytes(bytes: Uint8Array): string {
  checkPlanFileSize(bytes.byteLength);
  if (bytes.byteLength === 0) throw new PlanFileError('This file is empty, so there is no plan in it.', 'not_plan');
  try {
    // fatal: a byte sequence that is not UTF-8 is refused rather than quietly replaced with �,
    // which would change names and notes without anyone noticing. The BOM, if any, is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PlanFileError(
      'This file’s text is not in UTF-8, so Kindred cannot read it as a plan. If it was edited by hand, save it again as UTF-8.',
      'not_text',
    );
  }
}
